using KnowledgeGraph.Extraction.Cleaning;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// What a run did and met: articles passed on or stored, statements, inputs skipped, warnings, refused batches. Each
/// problem is printed once as it comes, on stderr, at most <see cref="ShownPerFile"/> per input file (the rest are
/// counted), and the counts make the summary and the exit code.
/// </summary>
internal sealed class RunTally
{
    /// <summary>Beyond this many messages about one input file, further ones are counted but not shown.</summary>
    public const int ShownPerFile = 20;

    /// <summary>Beyond this many warnings in a run, further ones are counted but not shown.</summary>
    public const int WarningsShown = 200;

    private readonly Dictionary<string, int> _shown = new(StringComparer.Ordinal);
    private long _warningsShown;

    /// <summary>Articles extracted (extract) or stored (ingest, load).</summary>
    public long Articles { get; private set; }

    /// <summary>Statements in those articles.</summary>
    public long Statements { get; private set; }

    /// <summary>Articles the store already held with the same text, left as they were.</summary>
    public long AlreadyStored { get; private set; }

    /// <summary>Files, lines and articles skipped.</summary>
    public long Skipped { get; private set; }

    /// <summary>Warnings: input read with a caveat (e.g. decoded as Windows-1252), extraction notes.</summary>
    public long Warnings { get; private set; }

    /// <summary>Batches the store refused, and the articles in them.</summary>
    public long RefusedBatches { get; private set; }

    public long RefusedArticles { get; private set; }

    /// <summary>True when the run was stopped by a signal.</summary>
    public bool Interrupted { get; set; }

    /// <summary>Everything that was done, in articles: what the exit code calls "done".</summary>
    public long Done => Articles + AlreadyStored;

    /// <summary>Everything that went wrong (warnings aside).</summary>
    public long Problems => Skipped + RefusedBatches;

    public int ExitCode => ExitCodes.For(Done, Problems, Interrupted);

    public void Passed(long articles, long statements)
    {
        Articles += articles;
        Statements += statements;
    }

    public void Stored(long articles, long statements) => Passed(articles, statements);

    public void Unchanged() => AlreadyStored++;

    public void Refused(int articles, string message)
    {
        RefusedBatches++;
        RefusedArticles += articles;
        Terminal.Error(message);
    }

    public void Problem(ArticleReaderProblem problem)
    {
        if (problem.Skipped)
        {
            Skipped++;
        }
        else
        {
            Warnings++;
        }

        if (Show(problem.Source, warning: !problem.Skipped))
        {
            if (problem.Skipped)
            {
                Terminal.Error(problem.Message);
            }
            else
            {
                Terminal.Warn(problem.Message);
            }
        }
    }

    /// <summary>An extraction warning about one article (<c>file</c> or <c>file.jsonl#line</c>).</summary>
    public void Warning(string article, string message)
    {
        Warnings++;
        if (Show(article, warning: true))
        {
            Terminal.Warn($"{article}: {message}");
        }
    }

    /// <summary>The tail of the summary line: what was skipped, refused or warned about, if anything.</summary>
    public string ProblemsTail()
    {
        var parts = new List<string>();
        if (Skipped > 0)
        {
            parts.Add($"{Skipped} input(s) skipped");
        }

        if (RefusedBatches > 0)
        {
            parts.Add($"{RefusedBatches} batch(es) of {RefusedArticles} article(s) refused");
        }

        if (Warnings > 0)
        {
            parts.Add($"{Warnings} warning(s)");
        }

        return parts.Count == 0 ? "" : "; " + string.Join(", ", parts);
    }

    private bool Show(string source, bool warning)
    {
        if (warning && ++_warningsShown > WarningsShown)
        {
            if (_warningsShown == WarningsShown + 1)
            {
                Terminal.Warn($"More than {WarningsShown} warnings; further ones are counted in the summary but not shown.");
            }

            return false;
        }

        if (_shown.Count > 10_000)
        {
            _shown.Clear(); // Bounded memory on a corpus of broken files; the per-file limit is a courtesy, not a count.
        }

        var hash = source.LastIndexOf('#');
        var file = hash > 0 ? source[..hash] : source;
        var count = _shown[file] = _shown.GetValueOrDefault(file) + 1;
        if (count == ShownPerFile + 1)
        {
            Terminal.Warn($"{file}: more problems; they are counted in the summary but not shown.");
        }

        return count <= ShownPerFile;
    }
}
