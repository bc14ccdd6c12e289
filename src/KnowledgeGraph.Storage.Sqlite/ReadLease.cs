using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>A read connection for one store call; disposing it hands the connection back to its pool (or closes it when it has none).</summary>
internal sealed class ReadLease(SqliteConnection connection, ReadConnectionPool? pool) : IAsyncDisposable
{
    private int _disposed;

    /// <summary>The open connection.</summary>
    public SqliteConnection Connection { get; } = connection;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (pool is null)
        {
            await Connection.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            pool.Return(Connection);
        }
    }
}
