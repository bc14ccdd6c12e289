using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>A load of fewer articles than this never defers the indexes: building them again costs more than it saves.</summary>
    public const long MinBulkLoadArticles = 2_000;

    private SqliteConnection? _loadConnection;

    /// <summary>
    /// Starts a bulk load when <paramref name="expectedArticles"/> at least doubles the store (and is at least
    /// <see cref="MinBulkLoadArticles"/>): the secondary and full-text indexes are dropped, batches write only the tables,
    /// and <see cref="CompleteBulkLoadAsync"/> builds the indexes once at the end (<see cref="DeferredIndexes"/>).
    /// Meanwhile reads are slow and search does not see the new rows; a load that dies before completing leaves a store whose
    /// next opening builds the indexes. Nothing else changes: every batch is still one transaction with its counts.
    /// </summary>
    /// <param name="expectedArticles">About how many articles the load will write.</param>
    /// <param name="cancellationToken">Cancels before the indexes are dropped.</param>
    /// <returns>True when the indexes are now deferred (by this call or an earlier load that did not complete).</returns>
    public async Task<bool> BeginBulkLoadAsync(long expectedArticles, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            bool deferred;
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                using var transaction = connection.BeginTransaction(deferred: false);
                deferred = DeferredIndexes.AreDeferred(connection, transaction);
                if (!deferred && expectedArticles >= MinBulkLoadArticles && StoredArticles(connection, transaction) < expectedArticles)
                {
                    DeferredIndexes.Defer(connection, transaction);
                    deferred = true;
                }

                transaction.Commit();
            }

            if (deferred && _loadConnection is null)
            {
                _loadConnection = await OpenAsync(cancellationToken).ConfigureAwait(false);
                // Copy the write-ahead log into the file every 64 MB instead of every 4 MB: a page that several batches write is
                // copied (and synced) once. Durability is unchanged: a committed batch is in the log either way.
                Pragma(_loadConnection, "PRAGMA wal_autocheckpoint = 16384");
            }

            return deferred;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Ends a bulk load: builds the deferred secondary and full-text indexes from the finished tables, in one transaction.
    /// Safe to call when no load is under way (it does nothing) and after a failed load.
    /// </summary>
    /// <returns>True when indexes were built.</returns>
    public async Task<bool> CompleteBulkLoadAsync(CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await CloseLoadConnectionAsync().ConfigureAwait(false);
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                try
                {
                    // Sorting for the index builds spills to temporary files rather than memory; a second thread helps the sort.
                    // Each sorter buffers up to the cache size per thread: building a 600k-article store's indexes with 16 MB
                    // peaked at 76 MB and took 117 CPU s, with 128 MB at 552 MB and 127 CPU s (sqlite3 shell, same statements).
                    Pragma(connection, "PRAGMA temp_store = FILE; PRAGMA threads = 2; PRAGMA cache_size = -16384");
                    using var transaction = connection.BeginTransaction(deferred: false);
                    var built = DeferredIndexes.Complete(connection, transaction);
                    transaction.Commit();
                    return built;
                }
                finally
                {
                    Pragma(connection, "PRAGMA temp_store = DEFAULT; PRAGMA threads = 0; PRAGMA cache_size = -2000");
                }
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task CloseLoadConnectionAsync()
    {
        if (_loadConnection is { } connection)
        {
            _loadConnection = null;
            Pragma(connection, "PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = 1000");
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static long StoredArticles(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT articles FROM totals";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
