using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>Looks into a SQLite store file directly, the way an investigator's sqlite3 would, while kg may be writing it.</summary>
internal static class StoreFile
{
    /// <summary>Articles stored so far; 0 while the file or its schema does not exist yet.</summary>
    public static long Articles(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            return (long)Scalar(path, "SELECT count(*) FROM article")!;
        }
        catch (SqliteException)
        {
            return 0; // The schema is being created.
        }
    }

    /// <summary>What <c>PRAGMA integrity_check</c> says: "ok" for an intact file.</summary>
    public static string IntegrityCheck(string path) => (string)Scalar(path, "PRAGMA integrity_check")!;

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
