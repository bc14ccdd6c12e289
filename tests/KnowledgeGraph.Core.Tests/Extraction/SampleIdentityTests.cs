using System.Text.Json;
using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// One id per real-world entity: what the extractor finds in the seed articles and what the reviewed sample facts
/// say about them name each entity the same way, so ingesting a seed raw into the sample store adds no second
/// Associated Press (or anyone else) beside the sample's.
/// </summary>
public sealed class SampleIdentityTests
{
    private static string SampleFacts => Path.Combine(Seeds.RepoRoot, "src", "KnowledgeGraph.Composition", "Sample", "seeds.facts.json");

    [Fact]
    public void An_entity_the_extractor_and_the_sample_both_name_has_one_id()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SampleFacts));
        var sampleIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var doc in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            foreach (var e in doc.GetProperty("entities").EnumerateArray())
            {
                sampleIds.TryAdd(e.GetProperty("name").GetString()!, e.GetProperty("id").GetString()!);
            }
        }

        Assert.Contains("Associated Press", sampleIds.Keys);
        var disagreements = Seeds.All.SelectMany(s => s.Doc.Entities)
            .Where(e => sampleIds.TryGetValue(e.Name, out var id) && id != e.Id)
            .Select(e => $"{e.Name}: extracted {e.Id}, sample {sampleIds[e.Name]}")
            .Distinct()
            .ToList();
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }
}
