using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>Store files written by an earlier schema version are upgraded in place, keeping what they hold.</summary>
public sealed class SqliteSchemaUpgradeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_version_1_store_gains_the_rule_column_keeps_its_statements_and_takes_new_rules()
    {
        var path = _folder.File("v1.db");
        await WriteVersion1StoreAsync(path);

        await using (var store = new SqliteGraphStore(path))
        {
            Assert.Equal(Some.CorpusCounts, await store.GetCountsAsync(Ct));
            var before = await store.QueryStatementsAsync(new StatementFilter(), PageRequest.First(100), Ct);
            Assert.Equal(Some.CorpusCounts.Statements, before.TotalCount);
            Assert.All(before.Items, s => Assert.Null(s.Rule));

            var article = Some.UnrelatedArticle();
            article = article with { Statements = [article.Statements[0] with { Rule = "verb-subject" }] };
            await store.UpsertAsync([article], Ct);
            var added = await store.QueryStatementsAsync(new StatementFilter { ArticleIds = [article.Source.Id] }, PageRequest.First(10), Ct);
            Assert.Equal("verb-subject", Assert.Single(added.Items).Rule);
        }

        await using var raw = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        await raw.OpenAsync(Ct);
        Assert.Equal((long)SqliteGraphStore.SchemaVersion, await ScalarAsync(raw, "PRAGMA user_version"));
        Assert.Equal(SqliteGraphStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await ScalarAsync(raw, "SELECT value FROM meta WHERE key = 'schema_version'"));
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

    /// <summary>
    /// A store as version 1 wrote it: today's schema without the statement's rule column (the only difference between
    /// the two versions), holding <see cref="Some.Corpus"/>.
    /// </summary>
    private static async Task WriteVersion1StoreAsync(string path)
    {
        await using (var store = new SqliteGraphStore(path))
        {
            await store.UpsertAsync(Some.Corpus(), Ct);
        }

        await using var raw = new SqliteConnection($"Data Source={path};Pooling=False");
        await raw.OpenAsync(Ct);
        await using var command = raw.CreateCommand();
        command.CommandText = """
            ALTER TABLE statement DROP COLUMN rule;
            UPDATE meta SET value = '1' WHERE key = 'schema_version';
            PRAGMA user_version = 1;
            PRAGMA wal_checkpoint(TRUNCATE);
            """;
        await command.ExecuteNonQueryAsync(Ct);
        Assert.Equal(1L, await ScalarAsync(raw, "PRAGMA user_version"));
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
