using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// An INSERT whose rows are gathered and written many per statement (<c>VALUES (…), (…), …</c>) through the SQLite
/// statement handle itself, parameters bound by position. Bulk loads spend most of their time per command, not per row:
/// Microsoft.Data.Sqlite looks every parameter up by name and allocates a data reader per execution. Rows are written in
/// the order they were added, so conflicts resolve as if they were inserted one by one.
/// </summary>
internal sealed class MultiRowInsert : IDisposable
{
    /// <summary>Rows per full statement: from 16 to 256 measured alike; 64 keeps the statement text small.</summary>
    public const int RowsPerCommand = 64;

    private readonly sqlite3 _db;
    private readonly int _columns;
    private readonly sqlite3_stmt _many;
    private readonly sqlite3_stmt _one;
    private readonly object?[] _pending;
    private byte[] _utf8 = new byte[256];
    private int _rows;

    /// <summary>Prepares the statements on <paramref name="connection"/>, which must be open; they run in its current transaction.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="head">The statement up to VALUES, e.g. <c>INSERT OR IGNORE INTO t(a, b)</c>.</param>
    /// <param name="columns">How many values a row has.</param>
    /// <param name="tail">What follows the values, e.g. an ON CONFLICT clause; may be empty.</param>
    public MultiRowInsert(SqliteConnection connection, string head, int columns, string tail = "")
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        _columns = columns;
        _pending = new object?[RowsPerCommand * columns];
        _many = Prepare(_db, Sql(head, columns, RowsPerCommand, tail));
        _one = Prepare(_db, Sql(head, columns, 1, tail));
    }

    /// <summary>Rows the written statements inserted or changed so far (ignored conflicts do not count).</summary>
    public long Changes { get; private set; }

    /// <summary>Adds one row; the values (text, integers or null) are in column order.</summary>
    public void Add(params ReadOnlySpan<object?> values)
    {
        values[.._columns].CopyTo(_pending.AsSpan(_rows * _columns));
        if (++_rows == RowsPerCommand)
        {
            Execute(_many, _pending);
            _rows = 0;
        }
    }

    /// <summary>Writes the rows still pending; returns <see cref="Changes"/>.</summary>
    public long Flush()
    {
        for (var row = 0; row < _rows; row++)
        {
            Execute(_one, _pending.AsSpan(row * _columns, _columns));
        }

        _rows = 0;
        return Changes;
    }

    public void Dispose()
    {
        _many.Dispose();
        _one.Dispose();
    }

    private void Execute(sqlite3_stmt statement, Span<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Check(values[i] switch
            {
                null => raw.sqlite3_bind_null(statement, i + 1),
                string text => BindText(statement, i + 1, text),
                int number => raw.sqlite3_bind_int64(statement, i + 1, number),
                long number => raw.sqlite3_bind_int64(statement, i + 1, number),
                var other => throw new ArgumentException($"A value of type {other.GetType().Name} cannot be written by a bulk insert."),
            });
        }

        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            Check(rc);
        }

        Changes += raw.sqlite3_changes(_db);
        values.Clear();
    }

    private int BindText(sqlite3_stmt statement, int index, string text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (length > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(statement, index, _utf8.AsSpan(0, written));
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    private static sqlite3_stmt Prepare(sqlite3 db, string sql)
    {
        var rc = raw.sqlite3_prepare_v2(db, sql, out var statement);
        if (rc != raw.SQLITE_OK)
        {
            statement.Dispose();
            SqliteException.ThrowExceptionForRC(rc, db);
        }

        return statement;
    }

    private static string Sql(string head, int columns, int rows, string tail)
    {
        var sql = new StringBuilder(head).Append(" VALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns; column++)
            {
                sql.Append(column == 0 ? "?" : ", ?");
            }

            sql.Append(')');
        }

        return sql.Append(' ').Append(tail).ToString();
    }
}
