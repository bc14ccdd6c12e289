using KnowledgeGraph.Composition;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Settings of the API host, bound from the configuration root. Defaults: <c>Store</c> = <c>./knowledge.db</c>,
/// no <c>ApiKey</c> (ingestion disabled), <c>LoadSampleWhenEmpty</c> = true, no CORS origins,
/// <c>RequestTimeoutSeconds</c> = 30, <c>MaxRequestBytes</c> = 262144 (256 KiB).
/// </summary>
public sealed class ApiOptions
{
    /// <summary>
    /// Shortest accepted API key. The key unlocks writes to the graph; 16 random characters are out of reach of
    /// guessing even before the per-client limit on wrong keys (<see cref="RateLimits.FailedKeyAttemptsPerMinute"/>).
    /// </summary>
    public const int MinApiKeyLength = 16;

    /// <summary>Store spec: a SQLite file path or a Neo4j URL (see <see cref="GraphStoreFactory"/>).</summary>
    public string Store { get; set; } = GraphStoreFactory.DefaultSpec;

    /// <summary>Key that enables the ingestArticle mutation (header <c>X-Api-Key</c>), at least <see cref="MinApiKeyLength"/> characters; env <c>KG_API_KEY</c> also works.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Load the embedded sample facts when the store has no articles at start.</summary>
    public bool LoadSampleWhenEmpty { get; set; } = true;

    /// <summary>Seconds a GraphQL request may run before it is stopped with a TIMEOUT error (1–600).</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Largest accepted request body in bytes (1 KiB – 16 MiB); ingested articles must fit.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;
}
