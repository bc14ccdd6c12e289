using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Exports;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export --format &lt;f&gt; [-o file-or-folder] [--center id --depth n]</c>: the graph for visualization tools.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = $"One of: {string.Join(", ", GraphExporter.Formats.Select(f => f.Name))} "
                + $"({string.Join(", ", GraphExporter.FormatAliases.Select(a => $"{a.Key} also means {a.Value}"))}).",
            Required = true,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "A file, or a folder (an existing one, or a path ending in /) to write the export into. csv is a ZIP of "
                + "nodes.csv and relationships.csv: give it a .zip file, or a folder to get the two CSV files. Default: stdout "
                + "(for csv only when redirected).",
        };
        var center = new Option<string?>("--center") { Description = "Export only this entity's neighbourhood (id or name)." };
        var depth = new Option<int>("--depth") { Description = "Hops from --center, 1 to 3 (default 1).", DefaultValueFactory = _ => 1 };
        var store = CliOptions.Store();
        var command = new Command("export", "Export the graph as GraphML, GEXF, Cytoscape JSON, CSV (neo4j-admin, zipped) or DOT.")
        {
            format, output, center, depth, store,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var path = parse.GetValue(output);
            ExportFormat exportFormat;
            try
            {
                exportFormat = GraphExporter.GetFormat(parse.GetValue(format)!);
                CheckDestination(exportFormat, path);
            }
            catch (ExportException ex)
            {
                Terminal.Error(ex.Message);
                return ExitCodes.Failed;
            }

            await using var graph = await StoreSession.OpenExistingAsync(parse.GetValue(store)!, cancellationToken).ConfigureAwait(false);
            try
            {
                var job = await GraphExporter.PrepareAsync(graph, exportFormat.Name, parse.GetValue(center), parse.GetValue(depth), cancellationToken)
                    .ConfigureAwait(false);
                if (path is null)
                {
                    await using var stdout = Console.OpenStandardOutput();
                    await job.WriteAsync(stdout, cancellationToken).ConfigureAwait(false);
                }
                else if (IsFolder(path))
                {
                    foreach (var file in await job.WriteToPathAsync(path, cancellationToken).ConfigureAwait(false))
                    {
                        Terminal.Info($"Wrote {file}.");
                    }
                }
                else
                {
                    await WriteFileAsync(job, path, cancellationToken).ConfigureAwait(false);
                    Terminal.Info($"Wrote {path}.");
                }

                return ExitCodes.Ok;
            }
            catch (ExportException ex)
            {
                Terminal.Error(ex.Message);
                return ExitCodes.Failed;
            }
        }));
        return command;
    }

    /// <summary>Refuses, before anything is opened, destinations that would surprise: a ZIP in a .csv file or on a terminal.</summary>
    private static void CheckDestination(ExportFormat format, string? path)
    {
        var isZip = format.FileExtension == ".zip";
        if (path is null)
        {
            if (isZip && !Console.IsOutputRedirected)
            {
                throw new ExportException(
                    $"The {format.Name} export is a ZIP archive, which a terminal cannot show. Give -o {format.Name}-export.zip, "
                    + "or -o a folder/ for nodes.csv and relationships.csv, or redirect the output to a file.");
            }

            return;
        }

        if (isZip && !IsFolder(path) && !path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            throw new ExportException(
                $"The {format.Name} export is a ZIP archive of nodes.csv and relationships.csv, so -o must name a .zip file "
                + $"or a folder (ending in /), got \"{path}\".");
        }
    }

    private static bool IsFolder(string path) =>
        Directory.Exists(path) || path.EndsWith(Path.DirectorySeparatorChar) || path.EndsWith(Path.AltDirectorySeparatorChar);

    private static async Task WriteFileAsync(ExportJob job, string path, CancellationToken cancellationToken)
    {
        // Written aside and moved at the end, so a failed export never leaves a truncated file behind.
        var temporary = path + ".partial";
        try
        {
            await using (var stream = File.Create(temporary))
            {
                await job.WriteAsync(stream, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
