using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The ordinals of named result columns, looked up once per reader (by name, so that reordering a SELECT list cannot
/// silently shift a mapping) and remembered for the reader's other rows. A column the query lacks fails with its name.
/// </summary>
/// <param name="names">The result column names a mapping reads, in the order it asks for them.</param>
internal sealed class ColumnOrdinals(params string[] names)
{
    private readonly ConditionalWeakTable<SqliteDataReader, int[]> _byReader = [];

    /// <summary>For each name given at construction, its ordinal in <paramref name="reader"/>'s result.</summary>
    public int[] Of(SqliteDataReader reader) => _byReader.GetValue(reader, Lookup);

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
