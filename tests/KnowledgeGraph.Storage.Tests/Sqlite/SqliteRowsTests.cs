using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>Rows map to records by column name: a reordered or widened SELECT list maps the same way.</summary>
public sealed class SqliteRowsTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private string _path = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _path = _folder.File("rows.db");
        await using var store = new SqliteGraphStore(_path);
        await store.UpsertAsync(Some.Corpus(), Ct);
    }

    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Every_record_reads_the_same_from_its_columns_in_reverse_order_behind_an_extra_column()
    {
        List<object> expected;
        await using (var store = new SqliteGraphStore(_path))
        {
            expected =
            [
                .. await store.GetEntitiesAsync([Some.Lopez, Some.Carter], Ct),
                .. await store.GetClaimsAsync([Some.Talks], Ct),
                .. await store.GetArticlesAsync([Some.A1], Ct),
                .. (await store.QueryStatementsAsync(new StatementFilter { ArticleIds = [Some.A3] }, PageRequest.First(10), Ct)).Items,
            ];
        }

        var actual = new List<object>();
        await using var raw = new SqliteConnection($"Data Source={_path};Pooling=False;Mode=ReadOnly");
        await raw.OpenAsync(Ct);
        actual.AddRange(await ReadAsync(raw, SqliteRows.EntityColumns, "entity e", $"e.id IN ('{Some.Lopez}', '{Some.Carter}')", SqliteRows.Entity));
        actual.AddRange(await ReadAsync(raw, SqliteRows.ClaimColumns, "claim c", $"c.id = '{Some.Talks}'", SqliteRows.Claim));
        actual.AddRange(await ReadAsync(raw, SqliteRows.ArticleColumns, "article a", $"a.id = '{Some.A1}'", SqliteRows.Article));
        actual.AddRange(await ReadAsync(raw, SqliteRows.StatementColumns, "statement s", $"s.article_id = '{Some.A3}'", SqliteRows.Statement));

        Assert.Equal(expected.Select(Describe).Order(StringComparer.Ordinal), actual.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_query_without_a_column_the_record_needs_fails_naming_it()
    {
        await using var raw = new SqliteConnection($"Data Source={_path};Pooling=False;Mode=ReadOnly");
        await raw.OpenAsync(Ct);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ReadAsync(raw, "c.id, c.text", "claim c", "1 = 1", SqliteRows.Claim));

        Assert.Contains("'said_count'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Runs SELECT with <paramref name="columns"/> reversed, after an extra column that shares a name with none of them.</summary>
    private static async Task<List<object>> ReadAsync<T>(SqliteConnection connection, string columns, string from, string where, Func<SqliteDataReader, T> map)
        where T : notnull
    {
        // Split at top-level commas only: the statement columns hold a sub-select with commas of its own.
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < columns.Length; i++)
        {
            depth += columns[i] == '(' ? 1 : columns[i] == ')' ? -1 : 0;
            if (columns[i] == ',' && depth == 0)
            {
                parts.Add(columns[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(columns[start..].Trim());
        parts.Reverse();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT 'x' AS extra_first, {string.Join(", ", parts)} FROM {from} WHERE {where}";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<object>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static string Describe(object record) => record switch
    {
        StatementRecord s => $"{s with { ReportedBy = [] }} [{string.Join(",", s.ReportedBy)}]",
        EntityRecord e => $"{e with { Aliases = [] }} [{string.Join(",", e.Aliases)}]",
        _ => record.ToString()!,
    };
}
