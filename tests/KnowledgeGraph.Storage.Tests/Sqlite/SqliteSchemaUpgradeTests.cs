using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>Store files written by an earlier schema version: refused when they cannot be upgraded; a reopened store keeps what it holds.</summary>
public sealed class SqliteSchemaUpgradeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_store_keyed_by_content_is_refused_with_a_reason_and_left_untouched(int version)
    {
        // Versions 1 and 2 keyed articles by their content hash; version 3 keys them by URL or file.
        var path = _folder.File($"v{version}.db");
        await WriteOlderStoreAsync(path, version);
        var before = await File.ReadAllBytesAsync(path, Ct);
        await using var store = new SqliteGraphStore(path);

        var error = await Assert.ThrowsAsync<StoreFormatException>(() => store.InitializeAsync(Ct));

        Assert.Contains($"schema version {version}", error.Message, StringComparison.Ordinal);
        Assert.Contains("Ingest or load your articles again", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path, Ct));
    }

    [Fact]
    public async Task A_reopened_store_still_knows_each_statements_rule()
    {
        var path = _folder.File("kept.db");
        var article = Some.UnrelatedArticle();
        article = article with { Statements = [article.Statements[0] with { Rule = "quote-then-verb" }] };
        await using (var store = new SqliteGraphStore(path))
        {
            await store.UpsertAsync([article], Ct);
        }

        await using var reopened = new SqliteGraphStore(path);
        var page = await reopened.QueryStatementsAsync(new StatementFilter(), PageRequest.First(10), Ct);
        Assert.Equal("quote-then-verb", Assert.Single(page.Items).Rule);
    }

    [Fact]
    public async Task A_version_3_store_is_upgraded_in_place_keeping_what_it_holds_and_then_bulk_loads()
    {
        // Version 3 had no staging tables for a bulk load's links (version 4 added them).
        var path = _folder.File("v3.db");
        await WriteOlderStoreAsync(path, 3, "DROP TABLE mention_load; DROP TABLE claim_reporter_load; DROP TABLE claim_about_load; DROP TABLE statement_reporter_load;");
        var mentions = await RowsAsync(path, "SELECT article_id || ' ' || entity_id FROM mention ORDER BY 1");
        Assert.NotEmpty(mentions);

        await using (var store = new SqliteGraphStore(path))
        {
            Assert.Equal(Some.CorpusCounts, await store.GetCountsAsync(Ct));
            Assert.True(await store.BeginBulkLoadAsync(5_000, Ct));
            await store.UpsertAsync([Some.UnrelatedArticle()], Ct);
            Assert.True(await store.CompleteBulkLoadAsync(Ct));
        }

        var version = SqliteGraphStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([version], await RowsAsync(path, "PRAGMA user_version"));
        Assert.Equal([version], await RowsAsync(path, "SELECT value FROM meta WHERE key = 'schema_version'"));
        var after = await RowsAsync(path, "SELECT article_id || ' ' || entity_id FROM mention ORDER BY 1");
        Assert.Superset(mentions.ToHashSet(), after.ToHashSet());
        Assert.Contains(after, m => m.StartsWith(Some.UnrelatedArticle().Source.Id + " ", StringComparison.Ordinal));
        Assert.Equal(["0"], await RowsAsync(path,
            "SELECT (SELECT count(*) FROM mention_load) + (SELECT count(*) FROM claim_reporter_load) + (SELECT count(*) FROM claim_about_load) + (SELECT count(*) FROM statement_reporter_load)"));
    }

    /// <summary>A store file that says it was written by an older schema <paramref name="version"/>.</summary>
    private static async Task WriteOlderStoreAsync(string path, int version, string change = "")
    {
        await using (var store = new SqliteGraphStore(path))
        {
            await store.UpsertAsync(Some.Corpus(), Ct);
        }

        await using var raw = new SqliteConnection($"Data Source={path};Pooling=False");
        await raw.OpenAsync(Ct);
        await using var command = raw.CreateCommand();
        command.CommandText = $"""
            {change}
            UPDATE meta SET value = '{version}' WHERE key = 'schema_version';
            PRAGMA user_version = {version};
            PRAGMA wal_checkpoint(TRUNCATE);
            """;
        await command.ExecuteNonQueryAsync(Ct);
        Assert.Equal((long)version, await ScalarAsync(raw, "PRAGMA user_version"));
    }

    private static async Task<List<string>> RowsAsync(string path, string sql)
    {
        await using var raw = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        await raw.OpenAsync(Ct);
        await using var command = raw.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return rows;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
