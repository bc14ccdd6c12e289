using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>The facts format of <c>kg extract</c> / <c>kg load</c> as docs/facts-format.md describes it.</summary>
public sealed class FactsFormatTests
{
    [Fact]
    public async Task Every_field_kg_extract_writes_is_described_in_docs_facts_format()
    {
        var result = await Kg.RunAsync("extract", Paths.Seeds, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        var doc = await File.ReadAllTextAsync(Path.Combine(Paths.RepoRoot, "docs", "facts-format.md"), TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(result.Stdout);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Collect(json.RootElement, names);

        Assert.Contains("memberships", names);
        Assert.Contains("contentHash", names);
        var undocumented = names.Where(n => !doc.Contains($"`{n}`", StringComparison.Ordinal)).ToList();
        Assert.True(undocumented.Count == 0, "Not described in docs/facts-format.md: " + string.Join(", ", undocumented));
    }

    [Fact]
    public async Task A_facts_file_with_only_the_required_fields_loads()
    {
        using var dir = new TempDir();
        var file = dir.File("minimal.facts.json");
        await File.WriteAllTextAsync(file, """
            { "documents": [ { "source": { "id": "article:minimal", "file": "minimal.txt" },
              "entities": [ { "id": "person:a-b", "kind": "Person", "name": "A B", "aliases": [] } ],
              "statements": [ { "speakerId": "person:a-b", "stance": "said", "claimId": "claim:1", "claim": "it rains",
                                "evidence": "it rains", "start": 0, "end": 8, "reportedBy": [], "about": [] } ] } ] }
            """, TestContext.Current.CancellationToken);

        var result = await Kg.RunAsync("load", file, "--store", dir.File("kg.db"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var stats = await IngestCommandTests.StatsAsync(dir.File("kg.db"));
        Assert.Equal(1, stats.GetProperty("statements").GetInt32());
    }

    [Theory]
    [InlineData("aliases")]
    [InlineData("reportedBy")]
    [InlineData("kind")]
    public async Task A_facts_file_missing_a_required_field_is_refused_naming_the_file_and_the_field(string field)
    {
        using var dir = new TempDir();
        var store = dir.File("kg.db");
        Assert.Equal(0, (await Kg.RunAsync("load", "--sample", "--store", store)).ExitCode);
        var before = await IngestCommandTests.StatsAsync(store);
        var file = dir.File("missing.facts.json");
        var complete = """
            { "documents": [ { "source": { "id": "article:missing", "file": "missing.txt" },
              "entities": [ { "id": "person:a-b", "kind": "Person", "name": "A B", "aliases": [] } ],
              "statements": [ { "speakerId": "person:a-b", "stance": "said", "claimId": "claim:1", "claim": "it rains",
                                "evidence": "it rains", "start": 0, "end": 8, "reportedBy": [], "about": [] } ] } ] }
            """;
        var facts = JsonNode.Parse(complete)!;
        var document = facts["documents"]![0]!;
        var holder = field == "reportedBy" ? document["statements"]![0]! : document["entities"]![0]!;
        Assert.True(holder.AsObject().Remove(field));
        await File.WriteAllTextAsync(file, facts.ToJsonString(), TestContext.Current.CancellationToken);

        var result = await Kg.RunAsync("load", file, "--store", store);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("missing.facts.json", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"'{field}'", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before.ToString(), (await IngestCommandTests.StatsAsync(store)).ToString());
    }

    [Theory]
    [InlineData("02/01/2026")]
    [InlineData("2026-13-01")]
    [InlineData("2026-2-1")]
    public async Task A_publication_date_not_written_yyyy_MM_dd_is_refused_naming_the_field(string date)
    {
        // The stores compare dates as text, which orders only ISO dates: "02/01/2026" would sort after "2026-…".
        using var dir = new TempDir();
        var file = dir.File("dated.facts.json");
        await File.WriteAllTextAsync(file, $$"""
            { "documents": [ { "source": { "id": "article:dated", "file": "dated.txt", "publishedAt": "{{date}}" },
              "entities": [ { "id": "person:a-b", "kind": "Person", "name": "A B", "aliases": [] } ],
              "statements": [ { "speakerId": "person:a-b", "stance": "said", "claimId": "claim:1", "claim": "it rains",
                                "evidence": "it rains", "start": 0, "end": 8, "reportedBy": [], "about": [] } ] } ] }
            """, TestContext.Current.CancellationToken);

        var result = await Kg.RunAsync("load", file, "--store", dir.File("kg.db"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("dated.facts.json: documents[0].source.publishedAt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(date, result.Stderr, StringComparison.Ordinal);
    }

    private static void Collect(JsonElement element, SortedSet<string> names)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    names.Add(property.Name);
                    Collect(property.Value, names);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, names);
                }

                break;
        }
    }
}
