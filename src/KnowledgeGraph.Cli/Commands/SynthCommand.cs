using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Cli.Synthesis;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg synth --articles N [--seed S] -o corpus.jsonl.gz</c>: a deterministic synthetic corpus, for benchmarks only.</summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var articles = CliOptions.Positive("--articles", "How many articles to write.", 1000);
        var seed = new Option<long>("--seed") { Description = "The same seed and size give the same corpus, byte for byte.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The JSON Lines file to write (gzip-compressed when the name ends in .gz), or - for standard output.",
            Required = true,
        };
        var command = new Command("synth",
            "Write a synthetic news corpus for BENCHMARKS ONLY (ingest speed, memory, query speed at scale): never use it for quality " +
            "figures, since its sentences come from our own templates that the extractor handles well. Articles of 300 to 1,200 words " +
            "(mean about 600) in several house styles (wire copy with datelines, newspaper pages with boilerplate, live blogs, press " +
            "releases, fact checks), about five statements each (quotes before and after the speaker, reported speech, \"according to\", " +
            "denials), by speakers from the entity registry and made-up ones, about claims that recur across articles with both stances.")
        {
            articles, seed, output,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(async () =>
        {
            using var interrupt = new Interrupt();
            var clock = Stopwatch.StartNew();
            var path = parse.GetValue(output)!;
            var count = parse.GetValue(articles);
            var lastLine = Stopwatch.StartNew();
            await using (var stream = SyntheticCorpus.Open(path))
            {
                await SyntheticCorpus.WriteAsync(stream, count, parse.GetValue(seed),
                    done =>
                    {
                        if (lastLine.Elapsed >= TimeSpan.FromSeconds(10))
                        {
                            lastLine.Restart();
                            Terminal.Info($"Synthesised {done:N0} of {count:N0} articles.");
                        }
                    }, interrupt.Token).ConfigureAwait(false);
            }

            Terminal.Info($"Wrote {count:N0} synthetic articles to {path} in {clock.Elapsed.TotalSeconds:0.0} s (for benchmarks only).");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
