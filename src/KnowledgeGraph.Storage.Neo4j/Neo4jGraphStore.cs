using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Http;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// <see cref="IGraphStore"/> over Neo4j's HTTP Query API (Neo4j 5.26+ for explicit transactions, and Aura). Every statement comes from the
/// embedded <c>cypher/*.cypher</c> files; values always travel as parameters. Upserts run in one explicit
/// transaction per batch. Thread-safe for concurrent reads; safe to dispose twice.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    /// <summary>
    /// The schema version this adapter writes into the meta node. 2: full-text indexes on the folded keys. 3: counts kept
    /// on claims and entities, fingerprints on articles (per-article replace). Older stores are migrated when opened.
    /// </summary>
    public const int SchemaVersion = 3;

    private readonly QueryApiClient _client;
    private readonly Neo4jOptions _options;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private int _disposed;

    /// <summary>Opens a store; nothing is sent until the first call.</summary>
    /// <param name="options">Address, credentials, database, timeout, retries (validated here).</param>
    /// <param name="httpClient">An HTTP client to use (not disposed by the store); null creates one.</param>
    public Neo4jGraphStore(Neo4jOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _ownsHttp = httpClient is null;
        // The store enforces Options.Timeout per request itself, with a message naming the server.
        _http = httpClient ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _client = new QueryApiClient(options, _http);
        _options = options;
        Description = $"Neo4j at {_client.Server} (database {options.Database})";
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var meta = (await RunAsync("meta", "read-meta", [], cancellationToken).ConfigureAwait(false)).Rows.Single();
        var version = meta["version"] is null ? (int?)null : meta.Int("version");
        if (version > SchemaVersion)
        {
            throw new Neo4jStoreException($"{Description} holds KnowledgeGraph schema version {version}, newer than this program's {SchemaVersion}; upgrade the program.");
        }

        if (version is null && meta.Int("foreignNodes") > 0)
        {
            throw new Neo4jStoreException($"{Description} already holds {meta.Int("foreignNodes")} nodes that are not a KnowledgeGraph; use an empty database (set NEO4J_DATABASE) rather than mixing graphs.");
        }

        foreach (var statement in CypherScripts.File("schema"))
        {
            await _client.WriteAsync(statement, NoParameters, cancellationToken).ConfigureAwait(false);
        }

        await WaitForIndexesAsync(cancellationToken).ConfigureAwait(false);
        if (version is 1)
        {
            await _client.WriteAsync(CypherScripts.Get("meta", "migrate-2-alias-text"), NoParameters, cancellationToken, _options.MaintenanceTimeout).ConfigureAwait(false);
        }

        if (version is 1 or 2)
        {
            await _client.WriteAsync(CypherScripts.Get("meta", "migrate-3-claim-counts"), NoParameters, cancellationToken, _options.MaintenanceTimeout).ConfigureAwait(false);
            await _client.WriteAsync(CypherScripts.Get("meta", "migrate-3-entity-counts"), NoParameters, cancellationToken, _options.MaintenanceTimeout).ConfigureAwait(false);
        }

        await _client.WriteAsync(CypherScripts.Get("meta", "write-meta"), new Dictionary<string, object?> { ["version"] = SchemaVersion }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default)
    {
        var row = (await RunAsync("counts", "counts", [], cancellationToken).ConfigureAwait(false)).Rows.Single();
        return new GraphCounts(row.Int("articles"), row.Int("entities"), row.Int("claims"), row.Int("statements"),
            row.Int("people"), row.Int("institutions"), row.Int("places"));
    }

    /// <summary>Deletes every KnowledgeGraph node and relationship (tests and <c>kg</c> maintenance); the schema stays.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken = default) =>
        await _client.WriteAsync(CypherScripts.Get("meta", "clear-store"), NoParameters, cancellationToken, _options.MaintenanceTimeout).ConfigureAwait(false);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _ownsHttp)
        {
            _http.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private static readonly Dictionary<string, object?> NoParameters = [];

    private Task<QueryResult> RunAsync(string file, string name, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        return _client.ReadAsync(CypherScripts.Get(file, name), parameters, cancellationToken);
    }

    private static string StanceType(Stance stance) => stance == Stance.Said ? GraphLabels.Said : GraphLabels.Denied;

    private static Stance StanceOf(string? type) => type == GraphLabels.Denied ? Stance.Denied : Stance.Said;

    private static List<string> Distinct(IReadOnlyCollection<string> ids) => [.. ids.Distinct(StringComparer.Ordinal)];

    private static string? Lower(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();
}
