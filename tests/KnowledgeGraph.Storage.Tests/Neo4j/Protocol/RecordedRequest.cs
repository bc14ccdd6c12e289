using System.Text.Json.Nodes;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Protocol;

/// <summary>One request as <see cref="FakeQueryApiServer"/> received it.</summary>
internal sealed record RecordedRequest(
    string Method, string Path, string? Authorization, string? Accept, string? ContentType, string? Affinity, JsonObject? Body)
{
    /// <summary>The Cypher statement sent, or null.</summary>
    public string? Statement => Body?["statement"]?.GetValue<string>();

    /// <summary>A top-level field of the body other than the statement (accessMode, bookmarks, includeCounters), or null.</summary>
    public JsonNode? Field(string name) => Body?[name];

    /// <summary>The parameters sent (empty when none).</summary>
    public JsonObject Parameters => Body?["parameters"] as JsonObject ?? [];
}
