using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Evaluation;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg eval &lt;gold-dir&gt; &lt;articles&gt;...</c>: precision, recall and F1 of the extraction against hand gold.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold-dir") { Description = "Folder of *.gold.json files, one per article." };
        var paths = CliOptions.Paths("Article files or folders to extract and score.");
        var registry = CliOptions.Registry();
        var lexicon = CliOptions.Lexicon();
        var command = new Command("eval", "Score the extraction against hand-written gold annotations.") { gold, paths, registry, lexicon };
        command.SetAction((parse, _) => CommandRunner.RunAsync(() =>
        {
            var batch = new ArticleBatch();
            var extractor = ArticleBatch.CreateExtractor(parse.GetValue(registry), parse.GetValue(lexicon));
            var documents = batch.Read(parse.GetValue(paths)!).Select(a => ArticleBatch.Extract(extractor, a)).ToList();
            var report = GoldEvaluator.Evaluate(parse.GetValue(gold)!, documents);
            Console.Out.WriteLine(report.ToString());
            return Task.FromResult(batch.Failures.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed);
        }));
        return command;
    }
}
