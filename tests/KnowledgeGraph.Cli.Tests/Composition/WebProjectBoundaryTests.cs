using System.Text.Json.Nodes;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Composition;

/// <summary>
/// The CLI references the web project for <c>kg serve</c> only. These tests run a copy of kg from which the web
/// project and its GraphQL packages are removed: every other command must still work, so none of them loads
/// ASP.NET Core or GraphQL code by accident.
/// </summary>
public sealed class WebProjectBoundaryTests
{
    private static readonly string[] WebOnlyAssemblies = ["KnowledgeGraph.Api", "GraphQL", "GraphQL.MicrosoftDI", "GraphQL.SystemTextJson", "GraphQL-Parser"];

    [Fact]
    public async Task Load_stats_export_extract_and_ingest_run_without_the_web_project()
    {
        using var dir = new TempDir();
        var kg = CopyWithoutWebProject(dir.File("kg"));
        var store = dir.File("kg.db");

        var load = await Kg.RunDllAsync(kg, "load", "--sample", "--store", store);
        Assert.True(load.ExitCode == 0, load.ToString());
        var stats = await Kg.RunDllAsync(kg, "stats", "--json", "--store", store);
        Assert.True(stats.ExitCode == 0, stats.ToString());
        Assert.Equal(5, JsonNode.Parse(stats.Stdout)!["articles"]!.GetValue<int>());
        var export = await Kg.RunDllAsync(kg, "export", "--format", "graphml", "-o", dir.File("sample.graphml"), "--store", store);
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains("<graphml", await File.ReadAllTextAsync(dir.File("sample.graphml"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var seed = Directory.GetFiles(Paths.Seeds).Order(StringComparer.Ordinal).First();
        var extract = await Kg.RunDllAsync(kg, "extract", seed);
        Assert.True(extract.ExitCode == 0, extract.ToString());
        var ingest = await Kg.RunDllAsync(kg, "ingest", seed, "--store", dir.File("raw.db"));
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
    }

    [Fact]
    public async Task The_copy_without_the_web_project_really_lacks_it()
    {
        // Guards the test above: if the copy still carried the API, serve would start instead of failing.
        using var dir = new TempDir();
        var kg = CopyWithoutWebProject(dir.File("kg"));

        var serve = await Kg.RunDllAsync(kg, "serve", "--store", dir.File("kg.db"), "--urls", "http://127.0.0.1:0");

        Assert.NotEqual(0, serve.ExitCode);
        Assert.Contains("KnowledgeGraph.Api", serve.Stderr + serve.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Copies kg next to the tests into <paramref name="target"/>, minus the web project, and returns kg.dll's path.</summary>
    private static string CopyWithoutWebProject(string target)
    {
        var source = AppContext.BaseDirectory;
        var deps = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "kg.deps.json")))!.AsObject();
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, targetNode) in deps["targets"]!.AsObject())
        {
            var libraries = targetNode!.AsObject();
            foreach (var key in libraries.Select(l => l.Key).Where(k => WebOnlyAssemblies.Contains(k.Split('/')[0])).ToList())
            {
                foreach (var file in libraries[key]!["runtime"]?.AsObject().Select(f => f.Key) ?? [])
                {
                    removed.Add(Path.GetFileName(file));
                }

                libraries.Remove(key);
            }

            foreach (var (_, library) in libraries)
            {
                var dependencies = library!["dependencies"]?.AsObject();
                foreach (var name in WebOnlyAssemblies)
                {
                    dependencies?.Remove(name);
                }
            }
        }

        var catalogue = deps["libraries"]!.AsObject();
        foreach (var key in catalogue.Select(l => l.Key).Where(k => WebOnlyAssemblies.Contains(k.Split('/')[0])).ToList())
        {
            catalogue.Remove(key);
        }

        Assert.Contains("KnowledgeGraph.Api.dll", removed);
        Assert.Contains("GraphQL.dll", removed);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (removed.Contains(relative) || relative.StartsWith("wwwroot", StringComparison.Ordinal))
            {
                continue;
            }

            var copy = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        File.WriteAllText(Path.Combine(target, "kg.deps.json"), deps.ToJsonString());
        return Path.Combine(target, "kg.dll");
    }
}
