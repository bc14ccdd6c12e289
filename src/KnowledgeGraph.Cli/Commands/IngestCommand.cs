using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Cli.Infrastructure;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg ingest &lt;file-or-folder&gt;... [--store]</c>: extract and load, with progress and a one-line summary.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = CliOptions.Paths("Article files (.txt, .html, .jsonl) or folders holding them.");
        var store = CliOptions.Store();
        var registry = CliOptions.Registry();
        var lexicon = CliOptions.Lexicon();
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Articles per transaction (default 100). A failing batch is rolled back whole.",
            DefaultValueFactory = _ => 100,
        };
        batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() <= 0)
            {
                r.AddError($"The batch size must be greater than zero, got {r.GetValueOrDefault<int>()}.");
            }
        });
        var command = new Command("ingest", "Extract articles and load the result into the store.")
        {
            paths, store, registry, lexicon, batchSize,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var clock = Stopwatch.StartNew();
            var batch = new ArticleBatch();
            var extractor = ArticleBatch.CreateExtractor(parse.GetValue(registry), parse.GetValue(lexicon));
            var articles = batch.Read(parse.GetValue(paths)!);
            await using var graph = await StoreSession.OpenAsync(parse.GetValue(store)!, cancellationToken).ConfigureAwait(false);
            var loader = new BatchWriter(graph, parse.GetValue(batchSize));
            await Terminal.ProgressAsync("Ingesting articles", articles.Count, async progress =>
            {
                foreach (var article in articles)
                {
                    await loader.AddAsync(ArticleBatch.Extract(extractor, article), cancellationToken).ConfigureAwait(false);
                    progress.Increment(1);
                }

                await loader.FlushAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            }).ConfigureAwait(false);
            return await loader.SummariseAsync(clock.Elapsed, batch.Failures.Count, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }
}
