using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// An explicit Query API transaction. Disposing without <see cref="CommitAsync"/> rolls back
/// (<c>DELETE /db/{db}/query/v2/tx/{id}</c>), so an exception anywhere in a batch leaves nothing written.
/// The cluster affinity header from the opening answer is echoed on every later request.
/// </summary>
internal sealed class QueryApiTransaction : IAsyncDisposable
{
    private readonly QueryApiClient _client;
    private readonly string _path;
    private string? _affinity;
    private bool _closed;

    internal QueryApiTransaction(QueryApiClient client, string path, string id, string? affinity)
    {
        _client = client;
        _path = path;
        Id = id;
        _affinity = affinity;
    }

    /// <summary>The server's transaction id.</summary>
    public string Id { get; }

    /// <summary>Runs a statement inside the transaction.</summary>
    public async Task<QueryResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        try
        {
            var (result, _, affinity) = await _client.SendRawAsync(HttpMethod.Post, _path, QueryApiClient.Body(statement, parameters), statement, _affinity, cancellationToken).ConfigureAwait(false);
            _affinity = affinity;
            return result;
        }
        catch
        {
            await RollbackAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Makes the transaction's changes permanent.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _client.SendRawAsync(HttpMethod.Post, _path + "/commit", null, null, _affinity, cancellationToken).ConfigureAwait(false);
            _closed = true;
        }
        catch
        {
            await RollbackAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Discards the transaction; best effort, since the server may already have closed it after an error.</summary>
    public async Task RollbackAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _client.SendRawAsync(HttpMethod.Delete, _path, null, null, _affinity, timeout.Token).ConfigureAwait(false);
        }
        catch (Neo4jStoreException)
        {
            // The server rolls back on its own when a statement fails or the transaction expires.
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await RollbackAsync().ConfigureAwait(false);
}
