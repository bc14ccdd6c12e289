using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Cli.Infrastructure;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg extract &lt;file-or-folder&gt;... [--format json|jsonl]</c>: the facts format (docs/facts-format.md) on stdout, nothing else there.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CliOptions.Paths();
        var format = new Option<string>("--format")
        {
            Description = "json: one facts document (docs/facts-format.md) with every article, in input order; " +
                "jsonl: one article's facts per line, for batch engines and kg load.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var registry = CliOptions.Registry();
        var lexicon = CliOptions.Lexicon();
        var workers = CliOptions.Workers();
        var timings = CliOptions.Timings();
        var command = new Command("extract",
            "Extract entities and attributed statements from articles and print them as JSON on stdout, in input order. " +
            "Reads lazily and extracts on every core; Ctrl+C ends the output early but still as valid JSON.")
        {
            paths, format, registry, lexicon, workers, timings,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(async () =>
        {
            using var interrupt = new Interrupt();
            var clock = Stopwatch.StartNew();
            var tally = new RunTally();
            var pipeline = new ArticlePipeline(ArticlePipeline.CreateExtractor(parse.GetValue(registry), parse.GetValue(lexicon)), new PipelineOptions(parse.GetValue(workers)));
            await using (var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16))
            {
                await using var facts = new FactsWriter(stdout, parse.GetValue(format)!);
                await PipelineRunner.RunAsync("Extracting", parse.GetValue(paths)!, pipeline, tally, interrupt, async document =>
                {
                    await facts.WriteAsync(document, CancellationToken.None).ConfigureAwait(false);
                    tally.Passed(1, document.Statements.Count);
                }).ConfigureAwait(false);
            }

            Terminal.Info((tally.Interrupted ? "Interrupted. " : "") +
                $"Extracted {tally.Articles} article(s), {tally.Statements} statement(s) in {clock.Elapsed.TotalSeconds:0.00} s{tally.ProblemsTail()}.");
            if (parse.GetValue(timings))
            {
                Terminal.Info(Timings.Describe(clock.Elapsed, pipeline, parse.GetValue(workers), store: null));
            }

            return tally.ExitCode;
        }));
        return command;
    }
}
