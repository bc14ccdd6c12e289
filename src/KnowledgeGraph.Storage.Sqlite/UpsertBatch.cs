using System.Globalization;
using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// One upsert transaction: prepared commands reused for every row, write-only rows sent many per statement
/// (<see cref="MultiRowInsert"/>), and what the batch has already seen so that repeated entities and claims cost one
/// lookup. In bulk mode the secondary and full-text indexes are built once at the end instead of being maintained row by row.
/// </summary>
internal sealed partial class UpsertBatch : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly bool _bulk;
    private readonly List<SqliteCommand> _commands = [];
    private readonly List<MultiRowInsert> _inserts = [];
    private readonly long _claimsBefore;
    private readonly long _statementsBefore;
    private readonly bool _entitiesStored;
    private readonly Dictionary<string, EntityState> _entities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claims = new(StringComparer.Ordinal);
    private readonly HashSet<string> _touchedClaims = new(StringComparer.Ordinal);
    private readonly HashSet<(string Claim, string Target)> _claimReporters = [];
    private readonly HashSet<(string Claim, string Entity)> _claimAbouts = [];
    private readonly Dictionary<(string Person, string Relation, string Institution), bool> _membershipHasRole = [];
    private int _newArticles;
    private int _newEntities;

    public UpsertBatch(SqliteConnection connection, SqliteTransaction transaction, bool bulk)
    {
        _connection = connection;
        _transaction = transaction;
        _bulk = bulk;
        // New rows get row numbers above the largest stored one: that is how the batch finds its new claims and statements.
        _claimsBefore = LastRowNumber("claim");
        _statementsBefore = LastRowNumber("statement");
        _entitiesStored = LastRowNumber("entity") > 0;
        if (bulk)
        {
            // Before preparing: a schema change would make every prepared command compile again.
            DropSecondaryIndexes();
        }

        PrepareEntityCommands();
        PrepareArticleCommands();
        PrepareStatementCommands();
    }

    public void Add(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var source = document.Source ?? throw new ArgumentException("A document has no source object.");
        if (string.IsNullOrWhiteSpace(source.Id))
        {
            throw new ArgumentException($"The document read from '{source.File}' has no source id.");
        }

        var where = $"Document {source.Id} ({source.File})";
        foreach (var entity in document.Entities ?? [])
        {
            MergeEntity(entity, where);
        }

        AddArticle(source, document.Entities ?? []);
        var index = 0;
        foreach (var statement in document.Statements ?? [])
        {
            AddStatement(source, statement, where, ++index);
        }
    }

    /// <summary>Brings the claims' counts up to date and the search indexes in line; returns what was new.</summary>
    public UpsertResult Finish(int documents)
    {
        foreach (var insert in _inserts)
        {
            insert.Flush();
        }

        if (!_bulk)
        {
            using var fullText = Command(
                "INSERT INTO claim_fts(rowid, text) SELECT n, text FROM claim WHERE n > $claims; " +
                "INSERT INTO statement_fts(rowid, evidence) SELECT n, evidence FROM statement WHERE n > $statements");
            fullText.Parameters.AddWithValue("$claims", _claimsBefore);
            fullText.Parameters.AddWithValue("$statements", _statementsBefore);
            fullText.ExecuteNonQuery();
        }

        // The counts read statements by claim (that index first) and write the claim columns (those indexes after).
        RecreateSecondaryIndexes(table => table != "claim");
        Run(_claimStats, System.Text.Json.JsonSerializer.Serialize(_touchedClaims));
        RecreateSecondaryIndexes(_ => true);

        if (_bulk)
        {
            using var rebuild = Command(SqliteSchema.RebuildFullText);
            rebuild.ExecuteNonQuery();
        }

        return new UpsertResult(documents, _newArticles, _newEntities, (int)_insertClaim.Changes, (int)_insertStatement.Changes);
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }

        foreach (var insert in _inserts)
        {
            insert.Dispose();
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }

    private MultiRowInsert Rows(string head, int columns, string tail = "")
    {
        var insert = new MultiRowInsert(_connection, head, columns, tail);
        _inserts.Add(insert);
        return insert;
    }

    private long LastRowNumber(string table)
    {
        using var command = Command($"SELECT coalesce(max(n), 0) FROM {table}");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private SqliteCommand Prepared(string sql, int parameters)
    {
        var command = Command(sql);
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        _commands.Add(command);
        return command;
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    /// <summary>Runs a prepared command; returns the number of rows it changed.</summary>
    private static int Run(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
    }
}
