using System.Text.Json;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task Ingesting_the_seeds_twice_leaves_the_counts_unchanged()
    {
        using var dir = new TempDir();
        var store = dir.File("kg.db");

        var first = await Kg.RunAsync("ingest", Paths.Seeds, "--store", store);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Matches(@"Loaded 5 article\(s\) with \d+ statement\(s\) in [\d.]+ s", first.Stdout);
        var before = await StatsAsync(store);
        var second = await Kg.RunAsync("ingest", Paths.Seeds, "--store", store);
        Assert.True(second.ExitCode == 0, second.ToString());
        var after = await StatsAsync(store);

        Assert.Equal(5, before.GetProperty("articles").GetInt32());
        Assert.True(before.GetProperty("statements").GetInt32() > 10, before.ToString());
        Assert.Equal(before.ToString(), after.ToString());
    }

    [Fact]
    public async Task Loading_the_sample_gives_five_articles_and_every_reviewed_statement()
    {
        using var dir = new TempDir();
        var store = dir.File("kg.db");

        var result = await Kg.RunAsync("load", "--sample", "--store", store);

        Assert.True(result.ExitCode == 0, result.ToString());
        var stats = await StatsAsync(store);
        Assert.Equal(5, stats.GetProperty("articles").GetInt32());
        Assert.Equal(SampleStatementCount(), stats.GetProperty("statements").GetInt32());
    }

    [Fact]
    public async Task A_bad_facts_file_is_refused_by_name_and_field_and_loses_nothing_stored()
    {
        using var dir = new TempDir();
        var store = dir.File("kg.db");
        Assert.Equal(0, (await Kg.RunAsync("load", "--sample", "--store", store)).ExitCode);
        var before = await StatsAsync(store);
        var bad = dir.File("bad.facts.json");
        await File.WriteAllTextAsync(bad, """
            { "documents": [ { "source": { "id": "article:x", "file": "x.txt", "title": null, "publisher": null, "url": null, "publishedAt": null, "author": null },
              "entities": [ { "id": "person:a", "kind": "Person", "name": "A", "aliases": [] } ],
              "statements": [ { "speakerId": "person:nobody", "stance": "said", "claimId": "claim:1", "claim": "c", "evidence": "e",
                                "start": 0, "end": 1, "reportedBy": [], "about": [] } ] } ] }
            """, TestContext.Current.CancellationToken);

        var result = await Kg.RunAsync("load", bad, "--store", store);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("bad.facts.json", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("speakerId", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before.ToString(), (await StatsAsync(store)).ToString());
    }

    [Fact]
    public async Task Ingest_skips_unreadable_files_by_name_loads_the_rest_and_exits_with_one()
    {
        using var dir = new TempDir();
        var input = Directory.CreateDirectory(dir.File("in")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(input, "zero.txt"), [], TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(input, "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00], TestContext.Current.CancellationToken);
        foreach (var seed in Directory.GetFiles(Paths.Seeds).Order(StringComparer.Ordinal).Take(2))
        {
            File.Copy(seed, Path.Combine(input, Path.GetFileName(seed)));
        }

        var result = await Kg.RunAsync("ingest", input, "--store", dir.File("kg.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("zero.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("image.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, (await StatsAsync(dir.File("kg.db"))).GetProperty("articles").GetInt32());
    }

    internal static async Task<JsonElement> StatsAsync(string store)
    {
        var result = await Kg.RunAsync("stats", "--store", store, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    private static int SampleStatementCount()
    {
        var path = Path.Combine(Paths.RepoRoot, "src", "KnowledgeGraph.Composition", "Sample", "seeds.facts.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("documents").EnumerateArray().Sum(d => d.GetProperty("statements").GetArrayLength());
    }
}
