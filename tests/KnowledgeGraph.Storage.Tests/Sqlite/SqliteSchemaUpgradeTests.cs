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

    /// <summary>A store file that says it was written by an older schema <paramref name="version"/>.</summary>
    private static async Task WriteOlderStoreAsync(string path, int version)
    {
        await using (var store = new SqliteGraphStore(path))
        {
            await store.UpsertAsync(Some.Corpus(), Ct);
        }

        await using var raw = new SqliteConnection($"Data Source={path};Pooling=False");
        await raw.OpenAsync(Ct);
        await using var command = raw.CreateCommand();
        command.CommandText = $"""
            UPDATE meta SET value = '{version}' WHERE key = 'schema_version';
            PRAGMA user_version = {version};
            PRAGMA wal_checkpoint(TRUNCATE);
            """;
        await command.ExecuteNonQueryAsync(Ct);
        Assert.Equal((long)version, await ScalarAsync(raw, "PRAGMA user_version"));
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
