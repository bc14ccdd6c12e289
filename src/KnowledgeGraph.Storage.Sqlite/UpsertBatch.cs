using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// One upsert transaction. First <see cref="Plan"/> decides what each document does (a new article, an unchanged one that
/// writes nothing, or a new version that replaces what its article held) and removes the replaced versions; then
/// <see cref="Begin"/>, <see cref="Add"/> for every document to write, and <see cref="Finish"/>, which brings every
/// maintained count up to date from the deltas the batch gathered. Prepared commands are reused for every row and
/// write-only rows go many per statement (<see cref="MultiRowInsert"/>); in bulk mode the secondary and full-text
/// indexes are built once at the end instead of being maintained row by row.
/// </summary>
internal sealed partial class UpsertBatch : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly List<SqliteCommand> _commands = [];
    private readonly List<MultiRowInsert> _inserts = [];
    private readonly long _claimsBefore;
    private readonly long _statementsBefore;
    private readonly bool _entitiesStored;
    private readonly Dictionary<string, EntityState> _entities = new(StringComparer.Ordinal);
    private readonly HashSet<(string Claim, string Target)> _claimReporters = [];
    private readonly HashSet<(string Claim, string Entity)> _claimAbouts = [];
    private readonly Dictionary<(string Person, string Relation, string Institution), bool> _membershipHasRole = [];
    private bool _bulk;
    private bool _deferred;
    private int _newArticles;
    private int _newEntities;
    private int _newStatements;

    public UpsertBatch(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        // New rows get row numbers above the largest stored one: that is how the batch finds its new claims and statements.
        _claimsBefore = LastRowNumber("claim");
        _statementsBefore = LastRowNumber("statement");
        _entitiesStored = LastRowNumber("entity") > 0;
        _deferred = DeferredIndexes.AreDeferred(connection, transaction);
    }

    /// <summary>Prepares the writing commands; in bulk mode drops the secondary indexes first (after <see cref="Plan"/>, whose deletes seek on them).</summary>
    public void Begin(bool bulk)
    {
        // While a bulk load defers the indexes, every batch is a bulk one whose indexes are built at the end of the load.
        _bulk = bulk || _deferred;
        if (bulk && !_deferred)
        {
            // Before preparing: a schema change would make every prepared command compile again.
            DropSecondaryIndexes();
        }

        PrepareEntityCommands();
        PrepareArticleCommands();
        PrepareStatementCommands();
    }

    /// <summary>Writes one planned document.</summary>
    public void Add(PlannedDocument planned)
    {
        var document = planned.Document;
        var source = document.Source;
        var where = $"Document {source.Id} ({source.File})";
        foreach (var entity in document.Entities ?? [])
        {
            MergeEntity(entity, where);
        }

        AddArticle(planned);
        _documentStatements.Clear();
        _documentClaims.Clear();
        var index = 0;
        foreach (var statement in document.Statements ?? [])
        {
            AddStatement(planned, statement, where, ++index);
        }
    }

    /// <summary>Brings the maintained counts up to date and the search indexes in line; returns what was new.</summary>
    public UpsertResult Finish(int documents)
    {
        foreach (var insert in _inserts)
        {
            insert.Flush();
        }

        // The claim dates and reporters are read from statements by claim (those indexes first); claim and entity rows are
        // written next (their indexes after).
        RecreateSecondaryIndexes(table => table is not ("claim" or "entity"));
        var newClaims = ApplyClaimDeltas();
        ApplyEntityDeltas();
        ApplyBreakdownDeltas();
        UpdateTotals(newClaims);
        RecreateSecondaryIndexes(_ => true);

        // While a bulk load defers the indexes (DeferredIndexes), it rebuilds the search indexes once, when it completes.
        if (_bulk && !_deferred)
        {
            using var rebuild = Command(SqliteSchema.RebuildFullText);
            rebuild.ExecuteNonQuery();
        }
        else if (!_bulk)
        {
            // Replaced articles' statements may reuse row numbers below the mark (their old rows were the last ones).
            using var fullText = Command(
                "INSERT INTO claim_fts(rowid, text) SELECT n, text FROM claim WHERE n > $claims; " +
                "INSERT INTO statement_fts(rowid, evidence) SELECT n, evidence FROM statement WHERE n > $statements " +
                "UNION ALL SELECT n, evidence FROM statement WHERE n <= $statements AND article_id IN (SELECT value FROM json_each($replaced))");
            fullText.Parameters.AddWithValue("$claims", _claimsBefore);
            fullText.Parameters.AddWithValue("$statements", _statementsBefore);
            fullText.Parameters.AddWithValue("$replaced", System.Text.Json.JsonSerializer.Serialize(_replaced));
            fullText.ExecuteNonQuery();
        }

        return new UpsertResult(documents, _newArticles, _newEntities, newClaims, _newStatements) { ReplacedArticles = _replaced.Count };
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

    /// <summary>Runs one statement with named parameters.</summary>
    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command.ExecuteNonQuery();
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

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
