using System.Text.Json;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>What the README promises about the reviewed sample versus a raw ingest of the same five seeds.</summary>
public sealed class SampleVersusRawTests
{
    [Fact]
    public async Task Raw_extraction_of_the_seeds_differs_from_the_reviewed_sample_as_the_README_says()
    {
        var extract = await Kg.RunAsync("extract", Paths.Seeds, "--format", "json");
        Assert.True(extract.ExitCode == 0, extract.ToString());
        using var raw = JsonDocument.Parse(extract.Stdout);
        using var sample = JsonDocument.Parse(await File.ReadAllTextAsync(
            Path.Combine(Paths.RepoRoot, "src", "KnowledgeGraph.Composition", "Sample", "seeds.facts.json"), TestContext.Current.CancellationToken));

        var rawFacts = Summarise(raw.RootElement);
        var sampleFacts = Summarise(sample.RootElement);

        Assert.Equal(5, rawFacts.Articles);
        Assert.Equal(5, sampleFacts.Articles);
        Assert.True(rawFacts.Claims > sampleFacts.Claims, $"raw {rawFacts}, sample {sampleFacts}");
        Assert.True(rawFacts.Contested <= sampleFacts.Contested, $"raw {rawFacts}, sample {sampleFacts}");
        Assert.True(sampleFacts.Contested > 0, $"sample {sampleFacts}");
        // "Mostly the same people and institutions": more than half of the sample's entities are found raw.
        Assert.True(2 * sampleFacts.Entities.Count(rawFacts.Entities.Contains) > sampleFacts.Entities.Count, $"raw {rawFacts}, sample {sampleFacts}");
        Assert.Contains(sampleFacts.ClaimTexts, c => c == "Cuba is a threat to the security of the United States");
        Assert.True(rawFacts.ClaimTexts.Count(c => c.Contains("threat", StringComparison.OrdinalIgnoreCase)) > 1, $"raw claims: {string.Join(" | ", rawFacts.ClaimTexts)}");
    }

    private static Facts Summarise(JsonElement root)
    {
        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        var statements = documents.SelectMany(d => d.GetProperty("statements").EnumerateArray()).ToList();
        var stances = statements.GroupBy(s => s.GetProperty("claimId").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(s => s.GetProperty("stance").GetString()!).ToHashSet());
        return new Facts(
            documents.Count,
            stances.Count,
            stances.Values.Count(v => v.Count == 2),
            documents.SelectMany(d => d.GetProperty("entities").EnumerateArray()).Select(e => e.GetProperty("id").GetString()!).ToHashSet(),
            statements.Select(s => s.GetProperty("claim").GetString()!).ToHashSet());
    }

    private sealed record Facts(int Articles, int Claims, int Contested, HashSet<string> Entities, HashSet<string> ClaimTexts)
    {
        public override string ToString() => $"{Articles} articles, {Claims} claims, {Contested} contested, {Entities.Count} entities";
    }
}
