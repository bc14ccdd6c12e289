using KnowledgeGraph.Api;
using KnowledgeGraph.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>The reviewed facts of the five seed articles, embedded in the API assembly.</summary>
internal static class SampleFacts
{
    private const string ResourceName = "KnowledgeGraph.Api.Sample.seeds.facts.json";

    public static FactsFile Load()
    {
        using var stream = typeof(ApiHost).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The sample facts resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return ContractJson.Deserialize(reader.ReadToEnd(), "the built-in sample");
    }
}
