using KnowledgeGraph.Model;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Scores extracted documents against gold files with the rules of <c>../shared/dev/score.py</c>, so that
/// <c>kg eval</c> and score.py report the same totals. A statement is correct when some gold claim of its file has the
/// same stance, a speaker whose name or aliases match (accent- and case-insensitive, or same first and last word),
/// and an evidence span (evidence or altEvidence) that overlaps the statement's span by at least 30% of the shorter
/// one, or whose words have Jaccard ≥ 0.5 with the statement's evidence. Recall counts the gold claims some statement
/// matches; <c>found</c> those whose evidence some statement overlaps whatever its speaker and stance. Offsets are
/// into the whole file text, <c>URL:</c> header included.
/// </summary>
public static class GoldEvaluator
{
    /// <summary>The rule name shown for statements that record none.</summary>
    public const string NoRule = "(none)";

    /// <summary>score.py <c>GOLD_DIR TEXT_DIR</c>: gold files from one folder, article texts from another (or the same).</summary>
    public static EvaluationReport Evaluate(string goldDir, string textDir, IReadOnlyList<ExtractedDocument> documents) =>
        Evaluate(goldDir, name => Path.Combine(textDir, name), documents);

    /// <summary>Gold files from <paramref name="goldDir"/>; <paramref name="textPath"/> finds the article a gold file names (null: not found).</summary>
    public static EvaluationReport Evaluate(string goldDir, Func<string, string?> textPath, IReadOnlyList<ExtractedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(textPath);
        var gold = GoldReader.LoadFolder(goldDir);
        return Evaluate(gold.Select(g => g.Gold).ToList(), name =>
        {
            var path = textPath(name);
            if (path is null || !File.Exists(path))
            {
                throw new GoldFormatException($"{Path.Combine(goldDir, name)}.gold.json: its article {name} was not found{(path is null ? "" : $" at {path}")}.");
            }

            try
            {
                return ScoreRules.ReadText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
            {
                throw new GoldFormatException($"{path}: the article could not be read as UTF-8 text ({ex.Message}).", ex);
            }
        }, documents);
    }

    /// <summary>Scores <paramref name="documents"/> against <paramref name="gold"/> (in the order given); <paramref name="text"/> gives the article text of a file name as score.py reads it.</summary>
    internal static EvaluationReport Evaluate(IReadOnlyList<GoldFile> gold, Func<string, PythonText> text, IReadOnlyList<ExtractedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(documents);
        var problems = new List<string>();

        // score.py keys documents by the base name of source.file; a later document with the same name wins.
        var byFile = new Dictionary<string, ExtractedDocument>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            byFile[Path.GetFileName(d.Source.File)] = d;
        }

        var rules = new Dictionary<string, (int Produced, int Correct)>(StringComparer.Ordinal);
        var perFile = new List<FileScore>();
        foreach (var g in gold)
        {
            var articleText = text(g.File);
            problems.AddRange(GoldChecks.Check(g, articleText.Value));
            var doc = byFile.GetValueOrDefault(g.File);
            if (doc is null)
            {
                problems.Add($"{g.File}: no extracted document with that file name; counted as missing, all its gold unmatched.");
            }

            perFile.Add(FileScorer.Score(g, articleText, doc, rules));
        }

        var scored = gold.Select(g => g.File).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(byFile.Keys.Where(f => !scored.Contains(f)).Order(StringComparer.Ordinal).Select(f => $"{f}: no gold file, not scored."));
        var perRule = rules.Select(r => new RuleScore(r.Key, r.Value.Produced, r.Value.Correct))
            .OrderByDescending(r => r.Produced).ThenBy(r => r.Rule, StringComparer.Ordinal).ToList();
        return new EvaluationReport(perFile.Aggregate(EvaluationCounts.Zero, (a, f) => a + f.Counts), perFile, perRule, problems);
    }
}
