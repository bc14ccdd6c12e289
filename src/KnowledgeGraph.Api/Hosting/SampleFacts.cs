using KnowledgeGraph.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>The reviewed facts of the sample articles, embedded from Sample/seeds.facts.json.</summary>
public static class SampleFacts
{
    /// <summary>Manifest name of the embedded sample.</summary>
    public const string ResourceName = "KnowledgeGraph.Api.Sample.seeds.facts.json";

    /// <summary>The sample facts, or null when the build carries none.</summary>
    public static FactsFile? Load()
    {
        using var stream = typeof(SampleFacts).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return ContractJson.Deserialize(reader.ReadToEnd(), "Sample/seeds.facts.json");
    }
}
