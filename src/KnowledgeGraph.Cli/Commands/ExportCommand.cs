using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Exports;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export --format &lt;f&gt; [-o file] [--center id --depth n]</c>: the graph for visualization tools.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = $"One of: {string.Join(", ", GraphExporter.Formats.Select(f => f.Name))}.",
            Required = true,
        };
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: stdout)." };
        var center = new Option<string?>("--center") { Description = "Export only this entity's neighbourhood (id or name)." };
        var depth = new Option<int>("--depth") { Description = "Hops from --center, 1 to 3 (default 1).", DefaultValueFactory = _ => 1 };
        var store = CliOptions.Store();
        var command = new Command("export", "Export the graph as GraphML, GEXF, Cytoscape JSON, CSV (neo4j-admin) or DOT.")
        {
            format, output, center, depth, store,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var graph = await StoreSession.OpenExistingAsync(parse.GetValue(store)!, cancellationToken).ConfigureAwait(false);
            var path = parse.GetValue(output);
            var temporary = path is null ? null : path + ".partial";
            try
            {
                await using (var stream = temporary is null ? Console.OpenStandardOutput() : File.Create(temporary))
                {
                    await GraphExporter.ExportAsync(graph, parse.GetValue(format)!, parse.GetValue(center), parse.GetValue(depth), stream, cancellationToken)
                        .ConfigureAwait(false);
                }

                if (temporary is not null)
                {
                    // Written aside and moved at the end, so a failed export never leaves a truncated file behind.
                    File.Move(temporary, path!, overwrite: true);
                    Terminal.Info($"Wrote {path}.");
                }

                return ExitCodes.Ok;
            }
            catch (ExportException ex)
            {
                Terminal.Error(ex.Message);
                return ExitCodes.Failed;
            }
            finally
            {
                if (temporary is not null && File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }));
        return command;
    }
}
