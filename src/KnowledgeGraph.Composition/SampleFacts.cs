using KnowledgeGraph.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Composition;

/// <summary>
/// The sample graph: the hand-reviewed facts of the five seed articles (Sample/seeds.facts.json, embedded).
/// These are corrected facts, not raw extraction output: <c>kg ingest</c> of the same articles gives a different graph.
/// </summary>
public static class SampleFacts
{
    /// <summary>Manifest name of the embedded sample.</summary>
    public const string ResourceName = "KnowledgeGraph.Composition.Sample.seeds.facts.json";

    /// <summary>Reads the embedded sample.</summary>
    /// <exception cref="InvalidOperationException">The build carries no sample (the resource is missing).</exception>
    public static FactsFile Load()
    {
        using var stream = typeof(SampleFacts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The sample facts resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return ContractJson.Deserialize(reader.ReadToEnd(), "the built-in sample (Sample/seeds.facts.json)");
    }
}
