using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Extraction.Cleaning;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg ingest &lt;file-or-folder&gt;... [--store]</c>: extract and load, with progress and a one-line summary.</summary>
internal static class IngestCommand
{
    /// <summary>Input bytes per article for the size estimate of a bulk load: about a plain article's; a gzipped corpus holds more.</summary>
    private const int BytesPerArticle = 4096;

    public static Command Create()
    {
        var paths = CliOptions.Paths();
        var store = CliOptions.Store();
        var registry = CliOptions.Registry();
        var lexicon = CliOptions.Lexicon();
        var batchSize = CliOptions.BatchSize("Articles");
        var workers = CliOptions.Workers();
        var timings = CliOptions.Timings();
        var command = new Command("ingest",
            "Extract articles and load the result into the store. Reads files and folders lazily, extracts on every core and writes in " +
            "batches; articles the store already holds with the same text are not extracted again. Ctrl+C finishes the batch in progress.")
        {
            paths, store, registry, lexicon, batchSize, workers, timings,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(async () =>
        {
            using var interrupt = new Interrupt();
            var clock = Stopwatch.StartNew();
            var inputs = parse.GetValue(paths)!;
            var extractor = ArticlePipeline.CreateExtractor(parse.GetValue(registry), parse.GetValue(lexicon));
            await using var graph = await StoreSession.OpenAsync(parse.GetValue(store)!, interrupt.Token).ConfigureAwait(false);
            var tally = new RunTally();
            var size = BatchWriter.DefaultSize(parse.GetValue(batchSize), parse.GetValue(store)!);
            var writer = new BatchWriter(graph, size, tally);
            var pipeline = new ArticlePipeline(extractor, new PipelineOptions(
                parse.GetValue(workers), SlotSize: 16, Window: Math.Max(1024, 2 * size), Stored: new StoredArticles(graph)));

            var bulk = await BulkLoad.BeginAsync(graph, ArticleReader.MeasureBytes(inputs), BytesPerArticle, interrupt.Token).ConfigureAwait(false);
            try
            {
                await PipelineRunner.RunAsync("Ingesting", inputs, pipeline, tally, interrupt, writer.AddAsync).ConfigureAwait(false);
                await writer.FlushAsync().ConfigureAwait(false);
            }
            finally
            {
                await bulk.CompleteAsync().ConfigureAwait(false);
            }

            var counts = await graph.GetCountsAsync(CancellationToken.None).ConfigureAwait(false);
            var elapsed = clock.Elapsed;
            var unchanged = tally.AlreadyStored == 0 ? "" : $"; {tally.AlreadyStored} already stored with the same text";
            Console.Out.WriteLine(
                (tally.Interrupted ? "Interrupted. " : "") +
                $"Loaded {tally.Articles} article(s) with {tally.Statements} statement(s) in {elapsed.TotalSeconds:0.00} s " +
                $"({tally.Done / Math.Max(elapsed.TotalSeconds, 0.001):0} articles/s){unchanged}. " +
                $"Store now holds {counts.Articles} articles, {counts.Entities} entities, {counts.Claims} claims, {counts.Statements} statements{tally.ProblemsTail()}.");
            if (parse.GetValue(timings))
            {
                Terminal.Info(Timings.Describe(elapsed, pipeline, parse.GetValue(workers), writer.StoreTime, bulk.IndexTime));
            }

            return tally.ExitCode;
        }));
        return command;
    }
}
