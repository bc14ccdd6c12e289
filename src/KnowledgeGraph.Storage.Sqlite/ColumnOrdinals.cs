using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The ordinals of named result columns, looked up once per compiled statement (by name, so that reordering a SELECT list
/// cannot silently shift a mapping) and remembered for its other rows and runs. A column the query lacks fails with its name.
/// </summary>
/// <param name="names">The result column names a mapping reads, in the order it asks for them.</param>
internal sealed class ColumnOrdinals(params string[] names)
{
    // By compiled statement, not by reader: a kept command (PreparedCommands) runs the same statement on every call, so
    // its columns are looked up by name once, not once per call (a reader of one row, an entity by id or name, paid six
    // name lookups and a table insert on every call, about 1% of the CPU of a small nested query). The statement asked
    // about last is checked first, as one object so that a thread never pairs one statement with another's ordinals.
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3_stmt, int[]> _byStatement = [];
    private Last? _last;

    /// <summary>For each name given at construction, its ordinal in <paramref name="reader"/>'s result.</summary>
    public int[] Of(SqliteDataReader reader)
    {
        if (reader.Handle is not { } statement)
        {
            return Lookup(reader);
        }

        if (Volatile.Read(ref _last) is { } last && ReferenceEquals(last.Statement, statement))
        {
            return last.Ordinals;
        }

        if (!_byStatement.TryGetValue(statement, out var ordinals))
        {
            ordinals = Lookup(reader);
            _byStatement.AddOrUpdate(statement, ordinals);
        }

        Volatile.Write(ref _last, new Last(statement, ordinals));
        return ordinals;
    }

    private sealed record Last(SQLitePCL.sqlite3_stmt Statement, int[] Ordinals);

    private int[] Lookup(SqliteDataReader reader)
    {
        var ordinals = new int[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            try
            {
                ordinals[i] = reader.GetOrdinal(names[i]);
            }
            catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException)
            {
                throw new InvalidOperationException($"The query's result has no column '{names[i]}' (it has: {string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetName))}).");
            }
        }

        return ordinals;
    }
}
