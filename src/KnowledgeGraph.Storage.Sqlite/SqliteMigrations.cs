using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Upgrades a store written by an older schema version in place, when the change only adds to it: one write
/// transaction per opening, so a failed upgrade leaves the file as it was.
/// </summary>
internal static class SqliteMigrations
{
    /// <summary>Step i upgrades schema version i + 1 to i + 2.</summary>
    /// <remarks>
    /// Version 4 adds the bulk load's staging tables (<see cref="SqliteSchema.StagedLinks"/>). Version 2 added the
    /// statement's rule column (<c>ALTER TABLE statement ADD COLUMN rule TEXT</c>), but version 3 keys articles by URL or
    /// file instead of content, and a store keyed by content cannot be re-keyed by SQL alone, so stores older than 3 are
    /// refused (<see cref="SqliteSchemaCheck"/>) and ingested again.
    /// </remarks>
    private static readonly string[] Steps = [SqliteSchema.LinkLoadTables];

    /// <summary>The oldest version <see cref="UpgradeAsync"/> can upgrade.</summary>
    public static int OldestUpgradable => SqliteGraphStore.SchemaVersion - Steps.Length;

    public static async Task UpgradeAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        var transaction = connection.BeginTransaction(deferred: false);
        await using (transaction.ConfigureAwait(false))
        {
            // Read again under the write lock: another process may have upgraded the file meanwhile.
            var version = Convert.ToInt32(await ScalarAsync(connection, transaction, "PRAGMA user_version", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (version >= SqliteGraphStore.SchemaVersion)
            {
                return;
            }

            if (version < OldestUpgradable)
            {
                throw new StoreFormatException(
                    $"The store {path} was written by an old version of KnowledgeGraph (schema version {version}) that this version cannot upgrade. Ingest or load your articles again into a new store; the file was left untouched.");
            }

            for (var v = version; v < SqliteGraphStore.SchemaVersion; v++)
            {
                await ScalarAsync(connection, transaction, Steps[v - OldestUpgradable], cancellationToken).ConfigureAwait(false);
            }

            var target = SqliteGraphStore.SchemaVersion.ToString(CultureInfo.InvariantCulture);
            await ScalarAsync(connection, transaction,
                $"UPDATE meta SET value = '{target}' WHERE key = 'schema_version'; PRAGMA user_version = {target};", cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
