using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Composition;
using KnowledgeGraph.Extraction.Cleaning;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg load &lt;facts&gt;... [--sample] [--store]</c>: load reviewed facts files (the extract contract).</summary>
internal static class LoadCommand
{
    /// <summary>Input bytes per document for the size estimate of a bulk load: about an uncompressed facts line's.</summary>
    private const int BytesPerDocument = 8192;

    public static Command Create()
    {
        var files = new Argument<string[]>("facts")
        {
            Description = "Facts files as kg extract writes them (--format json or jsonl, gzipped or not), e.g. reviewed and corrected by hand; " +
                "folders of them (.json, .jsonl, .json.gz, .jsonl.gz; links to folders are not followed); - reads standard input. " +
                "Read one document at a time: a document that is not valid is reported by file and index (or line) and skipped, the rest is loaded.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var sample = new Option<bool>("--sample")
        {
            Description = "Also load the reviewed facts of the five sample articles shipped with kg.",
        };
        var store = CliOptions.Store();
        var batchSize = CliOptions.BatchSize("Documents");
        var command = new Command("load", "Load facts files (reviewed extraction output) into the store. Ctrl+C finishes the batch in progress.")
        {
            files, sample, store, batchSize,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(async () =>
        {
            using var interrupt = new Interrupt();
            var clock = Stopwatch.StartNew();
            var paths = parse.GetValue(files) ?? [];
            if (paths.Length == 0 && !parse.GetValue(sample))
            {
                Terminal.Error("Name at least one facts file, or pass --sample.");
                return ExitCodes.Failed;
            }

            await using var graph = await StoreSession.OpenAsync(parse.GetValue(store)!, interrupt.Token).ConfigureAwait(false);
            var tally = new RunTally();
            var writer = new BatchWriter(graph, BatchWriter.DefaultSize(parse.GetValue(batchSize), parse.GetValue(store)!), tally);
            var documents = parse.GetValue(sample) ? SampleFacts.Load().Documents.Select(d => (Path: "sample", Entry: new FactsEntry(d, null))) : [];
            var facts = FactsFiles.Expand(paths, tally.Problem);
            var bulk = await BulkLoad.BeginAsync(graph, FactsBytes(paths), BytesPerDocument, interrupt.Token).ConfigureAwait(false);
            documents = documents.Concat(facts.SelectMany(path => FactsReader.Read(path, Console.OpenStandardInput).Select(entry => (Path: path, Entry: entry))));
            try
            {
                foreach (var (path, entry) in documents)
                {
                    if (interrupt.Requested)
                    {
                        tally.Interrupted = true;
                        break;
                    }

                    if (entry.Document is { } document)
                    {
                        await writer.AddAsync(document).ConfigureAwait(false);
                    }
                    else
                    {
                        tally.Problem(new ArticleReaderProblem(path, entry.Line, entry.Error!, Skipped: true));
                    }
                }

                await writer.FlushAsync().ConfigureAwait(false);
            }
            finally
            {
                await bulk.CompleteAsync().ConfigureAwait(false);
            }

            var counts = await graph.GetCountsAsync(CancellationToken.None).ConfigureAwait(false);
            Console.Out.WriteLine(
                (tally.Interrupted ? "Interrupted. " : "") +
                $"Loaded {tally.Articles} article(s) with {tally.Statements} statement(s) in {clock.Elapsed.TotalSeconds:0.00} s. " +
                $"Store now holds {counts.Articles} articles, {counts.Entities} entities, {counts.Claims} claims, {counts.Statements} statements{tally.ProblemsTail()}.");
            return tally.ExitCode;
        }));
        return command;
    }

    /// <summary>The total size of the facts files (a link's target's, not the link's), or null when one is standard input.</summary>
    internal static long? FactsBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in FactsFiles.Expand(paths, _ => { }))
        {
            if (path == "-")
            {
                return null;
            }

            total += File.Exists(path) ? TargetLength(new FileInfo(path)) : 0;
        }

        return total;
    }

    private static long TargetLength(FileInfo file)
    {
        try
        {
            return file.LinkTarget is null ? file.Length : (file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo)?.Length ?? 0;
        }
        catch (IOException)
        {
            return 0; // A broken link or a file that went away: reading it reports the problem.
        }
    }
}
