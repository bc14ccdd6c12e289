using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// A bulk load's deferred indexes. While a large load fills a young store, the secondary and full-text indexes are not
/// kept up to date row by row: they are dropped once, the batches write only the tables (and the unique keys the upserts
/// need), and the indexes are built once from the finished tables, which costs a fraction of maintaining them. The
/// dropped definitions are kept in the store itself (<c>meta</c> key <see cref="Key"/>), in the transaction that drops
/// them, so a load that dies half-way leaves a store whose next opening builds them (<see cref="SqliteSchemaCheck"/>),
/// and any writer, in any process, sees the state: a batch that must replace stored articles builds them first, because
/// removing rows seeks on them.
/// </summary>
internal static class DeferredIndexes
{
    /// <summary>The <c>meta</c> key that holds the dropped index definitions (a JSON array of CREATE INDEX statements).</summary>
    public const string Key = "deferred_indexes";

    /// <summary>Tables whose secondary indexes a bulk load defers: every table a batch writes many rows to.</summary>
    private static readonly string[] Tables = ["entity", "claim", "statement", "claim_reporter", "claim_about", "mention", "article", "published_by"];

    /// <summary>True when the store's indexes are deferred (read inside the caller's transaction).</summary>
    public static bool AreDeferred(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = Command(connection, transaction, "SELECT count(*) FROM meta WHERE key = $key");
        command.Parameters.AddWithValue("$key", Key);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>Drops the secondary indexes and remembers them in the store, in the caller's transaction; nothing when already deferred.</summary>
    public static void Defer(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (AreDeferred(connection, transaction))
        {
            return;
        }

        var indexes = new List<(string Name, string Sql)>();
        using (var list = Command(connection, transaction,
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each($tables)) ORDER BY name"))
        {
            list.Parameters.AddWithValue("$tables", JsonSerializer.Serialize(Tables));
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            Execute(connection, transaction, $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }

        using var remember = Command(connection, transaction, "INSERT INTO meta(key, value) VALUES ($key, $value)");
        remember.Parameters.AddWithValue("$key", Key);
        remember.Parameters.AddWithValue("$value", JsonSerializer.Serialize(indexes.Select(i => i.Sql)));
        remember.ExecuteNonQuery();
    }

    /// <summary>Builds the deferred indexes and the full-text indexes, in the caller's transaction; nothing when none is deferred.</summary>
    /// <returns>True when indexes were built.</returns>
    public static bool Complete(SqliteConnection connection, SqliteTransaction transaction)
    {
        string? definitions;
        using (var read = Command(connection, transaction, "SELECT value FROM meta WHERE key = $key"))
        {
            read.Parameters.AddWithValue("$key", Key);
            definitions = read.ExecuteScalar() as string;
        }

        if (definitions is null)
        {
            return false;
        }

        // The staged links first, so that their tables' secondary indexes are built once from the whole tables.
        Execute(connection, transaction, SqliteSchema.MoveStagedLinks);
        foreach (var sql in JsonSerializer.Deserialize<string[]>(definitions) ?? [])
        {
            Execute(connection, transaction, IfNotExists(sql));
        }

        // The page indexes are created by every opening too: a definition newer than the deferred list is not lost.
        Execute(connection, transaction, SqliteSchema.PageIndexes);
        Execute(connection, transaction, SqliteSchema.RebuildFullText);
        using var forget = Command(connection, transaction, "DELETE FROM meta WHERE key = $key");
        forget.Parameters.AddWithValue("$key", Key);
        forget.ExecuteNonQuery();
        return true;
    }

    /// <summary><c>CREATE [UNIQUE] INDEX name</c> as <c>CREATE [UNIQUE] INDEX IF NOT EXISTS name</c>: an index made meanwhile is kept.</summary>
    private static string IfNotExists(string sql)
    {
        foreach (var head in (string[])["CREATE UNIQUE INDEX ", "CREATE INDEX "])
        {
            if (sql.StartsWith(head, StringComparison.OrdinalIgnoreCase) && !sql[head.Length..].TrimStart().StartsWith("IF NOT EXISTS", StringComparison.OrdinalIgnoreCase))
            {
                return head + "IF NOT EXISTS " + sql[head.Length..];
            }
        }

        return sql;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }
}
