using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The open read connections of a store that answers queries, each with its compiled statements
/// (<see cref="PreparedCommands"/>) and its page cache. Microsoft.Data.Sqlite's own pool closes a connection's commands
/// whenever the connection is handed back, so statements could not outlive one store call; here a connection stays open
/// between calls. The last connection returned is the next one taken, so the busiest stay warm. At most
/// <see cref="MaxIdle"/> wait idle; more are opened under load and closed when they come back to a full pool.
/// </summary>
internal sealed class ReadConnectionPool(Func<CancellationToken, Task<SqliteConnection>> open) : IDisposable
{
    /// <summary>Idle connections kept open at most.</summary>
    public const int MaxIdle = 16;

    private readonly ConcurrentStack<SqliteConnection> _idle = new();
    private int _disposed;

    /// <summary>An open connection for reads; dispose the lease to hand it back.</summary>
    public async Task<ReadLease> RentAsync(CancellationToken cancellationToken) =>
        new(await RentConnectionAsync(cancellationToken).ConfigureAwait(false), this);

    /// <summary>An open connection for reads, without a lease; hand it back with <see cref="Return"/>.</summary>
    public async ValueTask<SqliteConnection> RentConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (_idle.TryPop(out var idle))
        {
            return idle;
        }

        var connection = await open(cancellationToken).ConfigureAwait(false);
        PreparedCommands.Keep(connection);
        return connection;
    }

    /// <summary>Takes a connection back: kept when it is open and the pool has room, else closed.</summary>
    public void Return(SqliteConnection connection)
    {
        if (Volatile.Read(ref _disposed) == 0 && connection.State == System.Data.ConnectionState.Open && _idle.Count < MaxIdle)
        {
            _idle.Push(connection);
            if (Volatile.Read(ref _disposed) == 0)
            {
                return;
            }

            // Disposed meanwhile: close what is left, this connection too.
            Drain();
            return;
        }

        Close(connection);
    }

    /// <summary>Closes every idle connection; connections still rented are closed when they come back.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Drain();
        }
    }

    private void Drain()
    {
        while (_idle.TryPop(out var connection))
        {
            Close(connection);
        }
    }

    /// <summary>Closes a connection that must not go back to the pool (e.g. one whose transaction could not be ended).</summary>
    public static void Close(SqliteConnection connection)
    {
        PreparedCommands.Forget(connection);
        connection.Dispose();
    }
}
