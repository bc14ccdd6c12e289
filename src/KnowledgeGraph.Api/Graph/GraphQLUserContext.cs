namespace KnowledgeGraph.Api.Graph;

/// <summary>Per-request facts the HTTP endpoint hands to resolvers.</summary>
public sealed class GraphQLUserContext : Dictionary<string, object?>
{
    /// <summary>True when the request carried the configured <c>X-Api-Key</c>.</summary>
    public bool HasValidApiKey { get; init; }

    /// <summary>True when the server has an API key configured (mutations are enabled).</summary>
    public bool MutationsEnabled { get; init; }
}
