using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg eval &lt;gold-dir&gt; [articles...]</c>: extracts the articles and scores them against gold files in the format
/// of ../shared/dev, with the rules and totals of ../shared/dev/score.py, plus a per-rule table.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold-dir") { Description = "Folder of <article>.gold.json files (the format of ../shared/dev)." };
        var paths = new Argument<string[]>("articles")
        {
            Description = "Article files or folders; the texts the gold files name are looked up here. Default: the gold folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var facts = new Option<string?>("--facts")
        {
            Description = "Score this facts file (kg extract output, perhaps corrected by hand) instead of extracting the articles.",
        };
        var json = new Option<bool>("--json") { Description = "Print only the totals, as one JSON line like score.py --json." };
        var details = new Option<bool>("--details") { Description = "Also list, per file, the gold claims missed and the statements that match none." };
        var registry = CliOptions.Registry();
        var lexicon = CliOptions.Lexicon();
        var command = new Command("eval", "Score the extraction against hand-written gold, with the rules of ../shared/dev/score.py.")
        {
            gold, paths, facts, json, details, registry, lexicon,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(async () =>
        {
            var goldDir = parse.GetValue(gold)!;
            var articlePaths = parse.GetValue(paths) is { Length: > 0 } given ? given : [goldDir];
            using var interrupt = new Interrupt();
            var tally = new RunTally();
            IReadOnlyList<ExtractedDocument> documents;
            if (parse.GetValue(facts) is { } factsPath)
            {
                documents = ContractJson.Deserialize(await File.ReadAllTextAsync(factsPath).ConfigureAwait(false), factsPath).Documents;
            }
            else
            {
                var extracted = new List<ExtractedDocument>();
                var pipeline = new ArticlePipeline(ArticlePipeline.CreateExtractor(parse.GetValue(registry), parse.GetValue(lexicon)), new PipelineOptions(PipelineOptions.DefaultWorkers));
                await PipelineRunner.RunAsync("Extracting", articlePaths, pipeline, tally, interrupt, document =>
                {
                    extracted.Add(document);
                    tally.Passed(1, document.Statements.Count);
                    return Task.CompletedTask;
                }).ConfigureAwait(false);
                if (tally.Interrupted)
                {
                    return tally.ExitCode;
                }

                documents = extracted;
            }

            var texts = IndexTexts(articlePaths);
            var report = GoldEvaluator.Evaluate(goldDir, name => texts.GetValueOrDefault(name), documents);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(report.ToJson());
            }
            else
            {
                Console.Out.Write(report.ToString());
                if (parse.GetValue(details))
                {
                    WriteDetails(report);
                }
            }

            return tally.ExitCode;
        }));
        return command;
    }

    // The file a gold file names, by file name, anywhere under the given paths (the first in path order wins).
    private static Dictionary<string, string> IndexTexts(IEnumerable<string> paths)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : File.Exists(path) ? [path] : [];
            foreach (var f in files)
            {
                index.TryAdd(Path.GetFileName(f), f);
            }
        }

        return index;
    }

    private static void WriteDetails(EvaluationReport report)
    {
        foreach (var f in report.PerFile.Where(f => f.Missed.Count + f.Spurious.Count > 0))
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine(f.File);
            foreach (var m in f.Missed)
            {
                Console.Out.WriteLine("  missed   " + m);
            }

            foreach (var s in f.Spurious)
            {
                Console.Out.WriteLine("  spurious " + s);
            }
        }
    }
}
