using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>A statement's <c>rule</c> from <c>kg extract</c> through <c>kg load</c> to <c>kg export</c>.</summary>
public sealed class ProvenanceCommandTests
{
    [Fact]
    public async Task Rules_written_by_kg_extract_are_loaded_and_exported_as_extractedBy()
    {
        using var dir = new TempDir();
        var extract = await Kg.RunAsync("extract", Paths.Seeds, "--format", "json");
        Assert.True(extract.ExitCode == 0, extract.ToString());
        var facts = dir.File("seeds.facts.json");
        await File.WriteAllTextAsync(facts, extract.Stdout, TestContext.Current.CancellationToken);
        var written = JsonNode.Parse(extract.Stdout)!["documents"]!.AsArray()
            .SelectMany(d => d!["statements"]!.AsArray()).Select(s => s!["rule"]!.GetValue<string>()).ToList();

        var load = await Kg.RunAsync("load", facts, "--store", dir.File("kg.db"));
        Assert.True(load.ExitCode == 0, load.ToString());
        var export = await Kg.RunAsync("export", "--format", "cyjs", "--store", dir.File("kg.db"));
        Assert.True(export.ExitCode == 0, export.ToString());

        using var json = JsonDocument.Parse(export.Stdout);
        var exported = json.RootElement.GetProperty("elements").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data"))
            .Where(d => d.GetProperty("type").GetString() is "SAID" or "DENIED")
            .Select(d => d.GetProperty("extractedBy").GetString()!).ToList();
        Assert.NotEmpty(exported);
        // A statement found twice in one article is stored once, so the exported rules are the written ones, as a set.
        Assert.Equal(written.Distinct().Order(StringComparer.Ordinal), exported.Distinct().Order(StringComparer.Ordinal));
        Assert.True(exported.Distinct().Count() > 1, string.Join(", ", exported.Distinct()));
    }

    [Fact]
    public async Task An_empty_rule_is_refused_naming_the_file_and_the_field_and_nothing_is_stored()
    {
        using var dir = new TempDir();
        var store = dir.File("kg.db");
        var file = dir.File("blank-rule.facts.json");
        await File.WriteAllTextAsync(file, """
            { "documents": [ { "source": { "id": "article:blank", "file": "blank.txt" },
              "entities": [ { "id": "person:a-b", "kind": "Person", "name": "A B", "aliases": [] } ],
              "statements": [ { "speakerId": "person:a-b", "stance": "said", "claimId": "claim:1", "claim": "it rains",
                                "evidence": "it rains", "start": 0, "end": 8, "reportedBy": [], "about": [], "rule": " " } ] } ] }
            """, TestContext.Current.CancellationToken);

        var result = await Kg.RunAsync("load", file, "--store", store);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("blank-rule.facts.json", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("statements[0].rule", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, (await IngestCommandTests.StatsAsync(store)).GetProperty("statements").GetInt32());
    }
}
