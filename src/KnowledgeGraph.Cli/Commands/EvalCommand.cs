using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg eval &lt;gold-dir&gt; &lt;articles&gt;...</c>: precision, recall and F1 of the extraction against hand gold.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold-dir") { Description = "Folder of *.gold.json files, one per article." };
        var paths = CliOptions.Paths();
        var registry = CliOptions.Registry();
        var command = new Command("eval", "Score the extraction against hand-written gold annotations.") { gold, paths, registry };
        command.SetAction((parse, _) => CommandRunner.RunAsync(async () =>
        {
            using var interrupt = new Interrupt();
            var tally = new RunTally();
            var documents = new List<ExtractedDocument>();
            var pipeline = new ArticlePipeline(ArticlePipeline.CreateExtractor(parse.GetValue(registry)), new PipelineOptions(PipelineOptions.DefaultWorkers));
            await PipelineRunner.RunAsync("Extracting", parse.GetValue(paths)!, pipeline, tally, interrupt, document =>
            {
                documents.Add(document);
                tally.Passed(1, document.Statements.Count);
                return Task.CompletedTask;
            }).ConfigureAwait(false);
            if (!tally.Interrupted)
            {
                Console.Out.WriteLine(GoldEvaluator.Evaluate(parse.GetValue(gold)!, documents).ToString());
            }

            return tally.ExitCode;
        }));
        return command;
    }
}
