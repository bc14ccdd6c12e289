using System.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Decides whether a file may be used as a store, and creates the schema in a new one.</summary>
internal static class SqliteSchemaCheck
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    public static async Task EnsureAsync(string path, string connectionString, CancellationToken cancellationToken)
    {
        RefuseIfNotSqlite(path);
        var connection = new SqliteConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var applicationId = await ScalarAsync(connection, "PRAGMA application_id", cancellationToken).ConfigureAwait(false);
            var version = await ScalarAsync(connection, "PRAGMA user_version", cancellationToken).ConfigureAwait(false);
            var objects = await ScalarAsync(connection, "SELECT count(*) FROM sqlite_schema", cancellationToken).ConfigureAwait(false);

            if (applicationId == SqliteSchema.ApplicationId)
            {
                if (version > SqliteGraphStore.SchemaVersion)
                {
                    throw new StoreFormatException(
                        $"The store {path} was written by a newer version of KnowledgeGraph (schema version {version}; this version reads up to {SqliteGraphStore.SchemaVersion}). Upgrade KnowledgeGraph to open it; the file was left untouched.");
                }

                if (version < SqliteMigrations.OldestUpgradable)
                {
                    throw new StoreFormatException(
                        $"The store {path} was written by an older version of KnowledgeGraph (schema version {version}; this version needs {SqliteGraphStore.SchemaVersion}): " +
                        "its articles are keyed by content, so a corrected article would be stored twice. Ingest or load your articles again into a new store " +
                        "(a new --store path, or delete this file first); the file was left untouched.");
                }

                await ExecuteAsync(connection, "PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);
                if (version < SqliteGraphStore.SchemaVersion)
                {
                    await SqliteMigrations.UpgradeAsync(connection, path, cancellationToken).ConfigureAwait(false);
                }

                if (DeferredIndexes.AreDeferred(connection, null))
                {
                    // A bulk load stopped before building its indexes (or is still running in another process): build them
                    // now, so that this opening reads a complete store; a running load then writes them as usual.
                    var completing = connection.BeginTransaction(deferred: false);
                    await using (completing.ConfigureAwait(false))
                    {
                        DeferredIndexes.Complete(connection, completing);
                        await completing.CommitAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                await ExecuteAsync(connection, SqliteSchema.PageIndexes, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (applicationId != 0 || objects != 0)
            {
                throw new StoreFormatException(
                    $"The file {path} is a SQLite database of another application, not a KnowledgeGraph store. Choose another file name; the file was left untouched.");
            }

            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);
            var transaction = connection.BeginTransaction();
            await using (transaction.ConfigureAwait(false))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = SqliteSchema.Create;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Whether the store's text is stored as UTF-8 (<c>PRAGMA encoding</c>; fixed when the file is created), which <see cref="PackedRows"/> needs.</summary>
    public static async Task<bool> IsUtf8Async(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA encoding";
            return (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) == "UTF-8";
        }
    }

    private static void RefuseIfNotSqlite(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var header = new byte[SqliteHeader.Length];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        if (read > 0 && (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader)))
        {
            throw new StoreFormatException(
                $"The file {path} is not a KnowledgeGraph store: it is not a SQLite database. Choose another file name; the file was left untouched.");
        }
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
