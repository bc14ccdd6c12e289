using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>Batches with at least this many statements (and at least half the stored ones) build the secondary and search indexes once, at the end, instead of row by row.</summary>
    private const int BulkStatements = 5_000;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">A document is malformed; the message names the document and the field, and nothing of the batch is stored.</exception>
    public async Task<UpsertResult> UpsertAsync(IReadOnlyList<ExtractedDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A bulk load writes every batch on one connection, which keeps its page cache from batch to batch.
            var connection = _loadConnection ?? await OpenAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // A large page cache for the batch: index inserts land on random pages, and a small cache spills and re-reads them.
                Pragma(connection, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY");
                try
                {
                    // BEGIN IMMEDIATE: take the write lock up front so that another process cannot make us fail half-way.
                    using var transaction = connection.BeginTransaction(deferred: false);
                    using var batch = new UpsertBatch(connection, transaction);
                    var planned = batch.Plan(documents);
                    var statements = planned.Sum(d => d.Document.Statements?.Count ?? 0);
                    batch.Begin(bulk: statements >= BulkStatements && statements * 2L >= StoredStatements(connection, transaction));
                    foreach (var document in planned)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        batch.Add(document);
                    }

                    var result = batch.Finish(documents.Count);
                    transaction.Commit();
                    return result;
                }
                finally
                {
                    // Pooled connections keep their cache: give the memory back, whether the batch was stored or not. The bulk
                    // load's connection keeps it for the next batch, which writes to the same index pages.
                    if (connection != _loadConnection)
                    {
                        Pragma(connection, "PRAGMA cache_size = -2000");
                    }
                }
            }
            finally
            {
                if (connection != _loadConnection)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static void Pragma(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long StoredStatements(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(n), 0) FROM statement";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
