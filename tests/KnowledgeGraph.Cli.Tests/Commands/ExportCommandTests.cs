using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task Csv_export_to_a_zip_file_holds_nodes_and_relationships()
    {
        using var dir = await SampleStoreAsync();

        var result = await Kg.RunAsync("export", "--format", "csv", "-o", dir.File("sample.zip"), "--store", dir.File("kg.db"));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = ZipFile.OpenRead(dir.File("sample.zip"));
        Assert.Equal(["nodes.csv", "relationships.csv"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Csv_export_to_a_folder_writes_the_two_csv_files()
    {
        using var dir = await SampleStoreAsync();
        var folder = dir.File("csv") + Path.DirectorySeparatorChar;

        var result = await Kg.RunAsync("export", "--format", "csv", "-o", folder, "--store", dir.File("kg.db"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var header = (await File.ReadAllLinesAsync(Path.Combine(folder, "relationships.csv"), TestContext.Current.CancellationToken))[0];
        Assert.StartsWith(":START_ID,:END_ID,:TYPE", header, StringComparison.Ordinal);
        Assert.Contains("evidenceStart:int", header, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "nodes.csv")));
    }

    [Fact]
    public async Task Csv_export_to_a_csv_file_name_is_refused_with_a_hint_and_writes_nothing()
    {
        using var dir = await SampleStoreAsync();

        var result = await Kg.RunAsync("export", "--format", "csv", "-o", dir.File("sample.csv"), "--store", dir.File("kg.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".zip", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("folder", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("sample.csv")));
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task Csv_export_to_a_terminal_is_refused_but_to_a_pipe_it_streams_the_zip()
    {
        using var dir = await SampleStoreAsync();
        Assert.SkipUnless(File.Exists("/usr/bin/script"), "util-linux 'script' (needed to give kg a terminal) is not installed.");

        // script(1) runs kg on a pseudo-terminal, as a person typing the command would.
        var tty = await RunOnTerminalAsync($"dotnet {Kg.Dll} export --format csv --store {dir.File("kg.db")}");
        var piped = await Kg.RunAsync("export", "--format", "csv", "--store", dir.File("kg.db"));

        Assert.True(tty.ExitCode == 2, tty.Output);
        Assert.Contains("ZIP", tty.Output, StringComparison.Ordinal);
        Assert.Contains("-o", tty.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PK", tty.Output, StringComparison.Ordinal);
        Assert.True(piped.ExitCode == 0, piped.ToString());
        Assert.StartsWith("PK", piped.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cyjs_is_accepted_and_gives_Cytoscape_JSON_with_numeric_evidence_offsets()
    {
        using var dir = await SampleStoreAsync();

        var result = await Kg.RunAsync("export", "--format", "cyjs", "-o", dir.File("sample.cyjs"), "--store", dir.File("kg.db"));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(dir.File("sample.cyjs"), TestContext.Current.CancellationToken));
        var edges = json.RootElement.GetProperty("elements").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToList();
        var denials = edges.Where(e => e.GetProperty("type").GetString() == "DENIED").ToList();
        Assert.NotEmpty(denials);
        Assert.All(denials, d => Assert.Equal(JsonValueKind.Number, d.GetProperty("evidenceStart").ValueKind));
        Assert.Contains(denials, d => d.TryGetProperty("date", out var date) && System.Text.RegularExpressions.Regex.IsMatch(date.GetString()!, @"^\d{4}-\d{2}-\d{2}$"));
    }

    private static async Task<TempDir> SampleStoreAsync()
    {
        var dir = new TempDir();
        var load = await Kg.RunAsync("load", "--sample", "--store", dir.File("kg.db"));
        Assert.True(load.ExitCode == 0, load.ToString());
        return dir;
    }

    private static async Task<(int ExitCode, string Output)> RunOnTerminalAsync(string command)
    {
        var info = new ProcessStartInfo("/usr/bin/script")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-qec", command, "/dev/null" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, output + error);
    }
}
