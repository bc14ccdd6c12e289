using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// A read connection for one store call; disposing it hands the connection back: to its <see cref="ReadScope"/> when it
/// is the scope's, else to its pool (or closes it when it has none).
/// </summary>
internal sealed class ReadLease(SqliteConnection connection, ReadConnectionPool? pool, ReadScope? scope = null) : IAsyncDisposable
{
    private int _disposed;

    /// <summary>The open connection.</summary>
    public SqliteConnection Connection { get; } = connection;

    /// <summary>
    /// True when the connection is a <see cref="ReadScope"/>'s, already inside the scope's read transaction: the call must
    /// not begin one of its own (SQLite has no nested transactions), and needs none, since all its reads share the scope's.
    /// </summary>
    public bool InScope => scope is not null;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (scope is not null)
        {
            scope.Release();
        }
        else if (pool is null)
        {
            await Connection.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            pool.Return(Connection);
        }
    }
}
