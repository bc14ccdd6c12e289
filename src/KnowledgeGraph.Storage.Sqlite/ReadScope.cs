using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// One read connection and one read transaction shared by the store calls of one flow (a GraphQL query: see
/// <see cref="IGraphStore.BeginReadScope"/>). Without it every store call rented a pooled connection and ran in a read
/// transaction of its own, and each SQLite read transaction takes and drops the WAL read lock (two <c>fcntl</c> calls
/// and a <c>stat</c> of the file): four of them for <c>entity(name){ denied(first:20) … }</c>. Here the first call rents
/// the connection and runs <c>BEGIN</c> (deferred: the snapshot is taken by its first read); the later calls reuse both;
/// disposing the scope rolls back (nothing was written) and hands the connection back to the pool. A call made while
/// another holds the connection (two loaders resolving at once) takes a pooled connection of its own, as before.
/// </summary>
internal sealed class ReadScope(ReadConnectionPool pool, Action<ReadScope> ended) : IDisposable
{
    private const string Begin = "BEGIN";
    private const string Rollback = "ROLLBACK";

    private SqliteConnection? _connection;
    private int _busy;
    private int _disposed;
    private int _closed;

    /// <summary>
    /// The scope's connection inside its read transaction for one store call (dispose the lease to hand it back), or null
    /// when the scope is over or another call holds it: the caller then takes a pooled connection of its own.
    /// </summary>
    public async ValueTask<ReadLease?> TryTakeAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _disposed) != 0 || Interlocked.CompareExchange(ref _busy, 1, 0) != 0)
        {
            return null;
        }

        try
        {
            if (_connection is null)
            {
                var connection = await pool.RentConnectionAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    Execute(connection, Begin);
                }
                catch
                {
                    ReadConnectionPool.Close(connection);
                    throw;
                }

                _connection = connection;
            }

            return new ReadLease(_connection, pool, this);
        }
        catch
        {
            Release();
            throw;
        }
    }

    /// <summary>Called by a lease of <see cref="TryTakeAsync"/> when its store call is done.</summary>
    public void Release()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            Close(); // The scope ended while this call ran: the call that held the connection ends it.
            return;
        }

        Volatile.Write(ref _busy, 0);
        if (Volatile.Read(ref _disposed) != 0 && Interlocked.CompareExchange(ref _busy, 1, 0) == 0)
        {
            Close();
        }
    }

    /// <summary>Ends the scope: later calls of the flow read on their own; the transaction is rolled back and the connection handed back once no call holds it.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        ended(this);
        if (Interlocked.CompareExchange(ref _busy, 1, 0) == 0)
        {
            Close();
        }
    }

    private void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0 || _connection is not { } connection)
        {
            return;
        }

        _connection = null;
        try
        {
            // A statement interrupted by a cancelled request can leave SQLite out of the transaction already.
            if (connection.Handle is { } handle && SQLitePCL.raw.sqlite3_get_autocommit(handle) == 0)
            {
                Execute(connection, Rollback);
            }
        }
        catch (SqliteException)
        {
            ReadConnectionPool.Close(connection);
            return;
        }

        pool.Return(connection);
    }

    // BEGIN and ROLLBACK as kept commands of the connection (compiled once per connection, not once per request).
    private static void Execute(SqliteConnection connection, string sql)
    {
        var command = PreparedCommands.Get(connection, null, sql, out var owned);
        try
        {
            command.ExecuteNonQuery();
        }
        finally
        {
            if (owned)
            {
                command.Dispose();
            }
        }
    }
}
