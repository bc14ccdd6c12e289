using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// An explicit Query API transaction, opened by <see cref="QueryApiClient.BeginAsync"/> with its first statement.
/// Disposing without <see cref="CommitAsync"/> rolls back (<c>DELETE /db/{db}/query/v2/tx/{id}</c>), so an exception
/// anywhere in a batch leaves nothing written; the rollback is best effort and never hides the error that caused it.
/// The cluster affinity header from the opening answer is echoed on every later request.
/// </summary>
internal sealed class QueryApiTransaction : IAsyncDisposable
{
    private readonly QueryApiClient _client;
    private readonly string _path;
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _rollbackTimeout;
    private string? _affinity;
    private bool _closed;

    internal QueryApiTransaction(QueryApiClient client, string path, string id, string? affinity, TimeSpan timeout, TimeSpan rollbackTimeout)
    {
        _rollbackTimeout = rollbackTimeout;
        _client = client;
        _path = path;
        Id = id;
        _affinity = affinity;
        _timeout = timeout;
    }

    /// <summary>The server's transaction id.</summary>
    public string Id { get; }

    /// <summary>Runs a statement inside the transaction; on failure the transaction is rolled back.</summary>
    public async Task<QueryResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        try
        {
            var (result, _, affinity) = await _client.SendRawAsync(HttpMethod.Post, _path, _client.Body(statement, parameters, QueryMode.Transaction), statement, _affinity, _timeout, cancellationToken).ConfigureAwait(false);
            _affinity = affinity;
            return result;
        }
        catch
        {
            await RollbackAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Runs the last statement and commits in one request (the commit endpoint takes a final statement), making the
    /// transaction's changes permanent; reads sent afterwards carry the commit's bookmarks.
    /// </summary>
    public async Task<QueryResult> CommitAsync(CypherStatement last, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        try
        {
            var (result, _, _) = await _client.SendRawAsync(HttpMethod.Post, _path + "/commit", _client.Body(last, parameters, QueryMode.Transaction), last, _affinity, _timeout, cancellationToken).ConfigureAwait(false);
            _closed = true;
            _client.Committed(result);
            return result;
        }
        catch
        {
            await RollbackAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Discards the transaction; best effort and silent, since the server may already have closed it after an error
    /// (and rolls back by itself when it expires), and the caller is reporting the error that led here.
    /// </summary>
    public async Task RollbackAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        try
        {
            using var timeout = new CancellationTokenSource(_rollbackTimeout);
            await _client.SendRawAsync(HttpMethod.Delete, _path, null, null, _affinity, _rollbackTimeout, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Neo4jStoreException or OperationCanceledException or HttpRequestException)
        {
            // Nothing to add: the original failure is what the caller reports.
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await RollbackAsync().ConfigureAwait(false);
}
