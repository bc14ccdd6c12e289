using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg extract &lt;file-or-folder&gt;... --format json</c>: the facts format (docs/facts-format.md) on stdout, nothing else there.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CliOptions.Paths("Article files (.txt, .html, .jsonl) or folders holding them.");
        var format = new Option<string>("--format")
        {
            Description = "Output format. Only json for now: the facts format described in docs/facts-format.md.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");
        var registry = CliOptions.Registry();
        var lexicon = CliOptions.Lexicon();
        var command = new Command("extract", "Extract entities and attributed statements from articles and print them as JSON.")
        {
            paths, format, registry, lexicon,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var batch = new ArticleBatch();
            var extractor = ArticleBatch.CreateExtractor(parse.GetValue(registry), parse.GetValue(lexicon));
            var articles = batch.Read(parse.GetValue(paths)!);
            var documents = articles.Select(a => ArticleBatch.Extract(extractor, a)).ToList();
            await using var stdout = Console.OpenStandardOutput();
            await ContractJson.WriteAsync(stdout, new FactsFile(documents), cancellationToken).ConfigureAwait(false);
            await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            Terminal.Info($"Extracted {documents.Count} article(s), {documents.Sum(d => d.Statements.Count)} statement(s).");
            return batch.Failures.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        }));
        return command;
    }
}
