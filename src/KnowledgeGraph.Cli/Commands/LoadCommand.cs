using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Composition;
using KnowledgeGraph.Json;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg load &lt;facts.json&gt;... [--sample] [--store]</c>: load reviewed facts files (the extract contract).</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("facts")
        {
            Description = "Facts files in the `kg extract --format json` format, e.g. reviewed and corrected by hand.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var sample = new Option<bool>("--sample")
        {
            Description = "Also load the reviewed facts of the five sample articles shipped with kg.",
        };
        var store = CliOptions.Store();
        var command = new Command("load", "Load facts files (reviewed extraction output) into the store.")
        {
            files, sample, store,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var clock = Stopwatch.StartNew();
            var paths = parse.GetValue(files) ?? [];
            if (paths.Length == 0 && !parse.GetValue(sample))
            {
                Terminal.Error("Name at least one facts file, or pass --sample.");
                return ExitCodes.Failed;
            }

            await using var graph = await StoreSession.OpenAsync(parse.GetValue(store)!, cancellationToken).ConfigureAwait(false);
            // Each facts file is one batch: a file with a bad record is refused whole, the others still load.
            var loader = new BatchWriter(graph, int.MaxValue);
            var skipped = 0;
            if (parse.GetValue(sample))
            {
                foreach (var document in SampleFacts.Load().Documents)
                {
                    await loader.AddAsync(document, cancellationToken).ConfigureAwait(false);
                }

                await loader.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach (var path in paths)
            {
                try
                {
                    var facts = ContractJson.Deserialize(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path);
                    FactsValidator.Validate(facts, path);
                    foreach (var document in facts.Documents)
                    {
                        await loader.AddAsync(document, cancellationToken).ConfigureAwait(false);
                    }

                    await loader.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is FactsFormatException or IOException or UnauthorizedAccessException)
                {
                    skipped++;
                    Terminal.Error(ex is FactsFormatException ? $"{ex.Message}; skipped." : $"{path}: {ex.Message}; skipped.");
                }
            }

            return await loader.SummariseAsync(clock.Elapsed, skipped, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }
}
