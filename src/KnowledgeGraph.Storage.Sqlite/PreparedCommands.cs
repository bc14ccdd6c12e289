using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Compiled statements kept per read connection of <see cref="ReadConnectionPool"/>, by SQL text. Microsoft.Data.Sqlite
/// compiles a command's SQL on its first execution and keeps it until the command is disposed, but every store call made
/// a new command, so every call compiled its SQL again (about a tenth of the CPU of a small nested query at 600k articles,
/// in SQLite's parser and planner). A pooled read connection keeps its commands instead; SQLite compiles a statement again
/// by itself when the schema changes. Other connections (writes, loaders) get a new command as before.
/// </summary>
internal static class PreparedCommands
{
    /// <summary>Distinct SQL texts a connection keeps compiled; past this, it starts again (filters build many texts).</summary>
    public const int PerConnection = 64;

    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Caches = [];

    /// <summary>Lets <paramref name="connection"/> keep its commands (it must be used by one caller at a time).</summary>
    public static void Keep(SqliteConnection connection) => Caches.AddOrUpdate(connection, new Dictionary<string, SqliteCommand>(StringComparer.Ordinal));

    /// <summary>Disposes the commands <paramref name="connection"/> kept.</summary>
    public static void Forget(SqliteConnection connection)
    {
        if (Caches.TryGetValue(connection, out var cache))
        {
            Caches.Remove(connection);
            foreach (var command in cache.Values)
            {
                command.Dispose();
            }
        }
    }

    /// <summary>
    /// A command for <paramref name="sql"/> on <paramref name="connection"/> in <paramref name="transaction"/>, without
    /// parameters: a kept one (do not dispose it; <paramref name="owned"/> is false) or a new one the caller disposes.
    /// </summary>
    public static SqliteCommand Get(SqliteConnection connection, SqliteTransaction? transaction, string sql, out bool owned)
    {
        SqliteCommand command;
        if (Caches.TryGetValue(connection, out var cache))
        {
            if (cache.TryGetValue(sql, out var kept))
            {
                command = kept;
                command.Parameters.Clear();
            }
            else
            {
                if (cache.Count >= PerConnection)
                {
                    foreach (var old in cache.Values)
                    {
                        old.Dispose();
                    }

                    cache.Clear();
                }

                command = connection.CreateCommand();
                command.CommandText = sql;
                cache[sql] = command;
            }

            owned = false;
        }
        else
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            owned = true;
        }

        command.Transaction = transaction;
        return command;
    }
}
