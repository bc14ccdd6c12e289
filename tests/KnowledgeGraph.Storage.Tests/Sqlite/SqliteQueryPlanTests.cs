using System.Text.RegularExpressions;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// The hot traversal and search statements must seek, never walk a whole table: EXPLAIN QUERY PLAN of each, on a real
/// store file. This fails when an index they need is dropped or renamed, or a change of the SQL loses its seeks. It does
/// not reproduce every plan of a large store: there, without CROSS JOIN, SQLite 3.53 chose to walk every statement
/// against a one-node frontier while on this small store it did not (checked by hand with bench/query-figures.sh).
/// </summary>
public sealed partial class SqliteQueryPlanTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // A table of the store read in full ("SCAN statement", "SCAN mention USING COVERING INDEX …"), or an index SQLite builds
    // on the fly over a store table (the join order is wrong). Automatic indexes over the query's own small sets are fine.
    private const string Tables = "(statement|claim|entity|article|mention|claim_about|claim_reporter|published_by|membership|statement_reporter)";

    [GeneratedRegex(@"^(SCAN " + Tables + @"\b|SEARCH " + Tables + @" USING AUTOMATIC)")]
    private static partial Regex WholeTable();

    [Theory]
    [InlineData("neighbours")]
    [InlineData("search Entity")]
    [InlineData("search Claim")]
    [InlineData("search Statement")]
    public async Task A_hot_statement_seeks_and_never_walks_a_table(string statement)
    {
        var path = _folder.File("store.db");
        await using (var store = new SqliteGraphStore(path))
        {
            await store.UpsertAsync(Some.Corpus(), Ct);
        }

        var sql = statement switch
        {
            "neighbours" => SqliteGraphSql.CappedNeighbours("$ids", "$k"),
            _ => SqliteGraphStore.SearchSql(SqliteGraphStore.SearchKinds.Single(k => statement == "search " + k.Name), "$q", "$k", "$k"),
        };
        var plan = await PlanAsync(path, sql);

        Assert.NotEmpty(plan);
        Assert.False(plan.Any(line => WholeTable().IsMatch(line)), "A table is walked in full:\n" + string.Join("\n", plan));
        // Every store table the statement reads is reached through a key or an index.
        Assert.Contains(plan, line => line.StartsWith("SEARCH ", StringComparison.Ordinal));
        if (statement.StartsWith("search", StringComparison.Ordinal))
        {
            // The window walks the matches newest first without sorting them (FTS5 plan flags: ORDER BY rowid DESC).
            Assert.True(plan.Count(line => Regex.IsMatch(line, @"^SCAN \w+_fts VIRTUAL TABLE INDEX 192:")) == 1, string.Join("\n", plan));
        }
    }

    private static async Task<List<string>> PlanAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in (string[])["$ids", "$k", "$q"])
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(name, name == "$k" ? 10 : name == "$q" ? "\"talks\"" : "[\"person:ana-lopez\"]");
            }
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }

    public void Dispose() => _folder.Dispose();
}
