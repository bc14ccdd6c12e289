using System.CommandLine;
using System.Text.Json;
using KnowledgeGraph.Cli.Infrastructure;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg stats [--store] [--json]</c>: node and edge counts.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var store = CliOptions.Store();
        var json = new Option<bool>("--json") { Description = "Print one flat JSON object instead of a table." };
        var command = new Command("stats", "Print counts of articles, entities, claims and statements.") { store, json };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var graph = await StoreSession.OpenExistingAsync(parse.GetValue(store)!, cancellationToken).ConfigureAwait(false);
            var counts = await graph.GetCountsAsync(cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(counts, JsonSerializerOptions.Web));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
            table.AddRow("articles", $"{counts.Articles}");
            table.AddRow("entities", $"{counts.Entities}");
            table.AddRow("  people", $"{counts.People}");
            table.AddRow("  institutions", $"{counts.Institutions}");
            table.AddRow("  places", $"{counts.Places}");
            table.AddRow("claims", $"{counts.Claims}");
            table.AddRow("statements", $"{counts.Statements}");
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
