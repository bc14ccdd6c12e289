using System.Text;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>A bulk load defers the SQLite store's indexes and builds them at the end; what it stores is what batches store without it.</summary>
public sealed class SqliteBulkLoadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_bulk_load_stores_what_plain_batches_store_and_ends_with_every_index_and_search()
    {
        var plain = _folder.File("plain.db");
        var bulk = _folder.File("bulk.db");
        var batches = Batches();
        await UpsertEachAsync(plain, batches);

        await using (var store = new SqliteGraphStore(bulk))
        {
            Assert.True(await store.BeginBulkLoadAsync(10_000, Ct));
            Assert.DoesNotContain("statement_claim_page", await IndexNamesAsync(bulk));
            Assert.DoesNotContain("statement_id", await IndexNamesAsync(bulk));
            foreach (var batch in batches)
            {
                await store.UpsertAsync(batch, Ct);
            }

            Assert.True(await store.CompleteBulkLoadAsync(Ct));
            Assert.False(await store.CompleteBulkLoadAsync(Ct));
            Assert.Contains(await store.SearchAsync("topic123", 5, Ct), h => h.Kind == "Statement");
            Assert.Contains(await store.SearchAsync("speaker 42", 5, Ct), h => h.Id == "person:speaker-42");
        }

        Assert.Equal(await IndexNamesAsync(plain), await IndexNamesAsync(bulk));
        Assert.Equal(await ContentAsync(plain), await ContentAsync(bulk));
        await AssertSearchIndexesMatchTablesAsync(bulk);
        var duplicate = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(bulk, "INSERT INTO statement SELECT NULL, id, speaker_id, stance, claim_id, article_id, evidence, start, \"end\", date, rule FROM statement LIMIT 1"));
        Assert.Contains("UNIQUE", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_whose_statement_ids_are_a_column_constraint_loads_and_bulk_loads_as_before()
    {
        // Stores made before the statement id became a named index hold it as a UNIQUE column constraint, which no load drops.
        var plain = _folder.File("old-plain.db");
        var bulk = _folder.File("old-bulk.db");
        foreach (var path in new[] { plain, bulk })
        {
            await using (var store = new SqliteGraphStore(path))
            {
                await store.InitializeAsync(Ct);
            }

            await ExecuteAsync(path, "DROP INDEX statement_id; ALTER TABLE statement RENAME TO statement_new; " +
                "CREATE TABLE statement(n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, speaker_id TEXT NOT NULL, stance TEXT NOT NULL, claim_id TEXT NOT NULL, " +
                "article_id TEXT NOT NULL, evidence TEXT NOT NULL, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, date TEXT, rule TEXT); DROP TABLE statement_new; " +
                "CREATE INDEX statement_article ON statement(article_id); CREATE INDEX statement_date ON statement(date);");
        }

        var batches = Batches();
        await UpsertEachAsync(plain, batches);

        await using (var store = new SqliteGraphStore(bulk))
        {
            Assert.True(await store.BeginBulkLoadAsync(10_000, Ct));
            foreach (var batch in batches)
            {
                await store.UpsertAsync(batch, Ct);
            }

            Assert.True(await store.CompleteBulkLoadAsync(Ct));
        }

        Assert.Contains("sqlite_autoindex_statement_1", await IndexNamesAsync(bulk));
        Assert.DoesNotContain("statement_id", await IndexNamesAsync(bulk));
        Assert.Equal(await IndexNamesAsync(plain), await IndexNamesAsync(bulk));
        Assert.Equal(await ContentAsync(plain), await ContentAsync(bulk));
        await AssertSearchIndexesMatchTablesAsync(bulk);
    }

    [Fact]
    public async Task A_bulk_load_that_stops_before_completing_is_completed_by_the_next_opening()
    {
        var path = _folder.File("stopped.db");
        var fresh = _folder.File("fresh.db");
        await using (var store = new SqliteGraphStore(fresh))
        {
            await store.InitializeAsync(Ct);
        }

        await using (var store = new SqliteGraphStore(path))
        {
            Assert.True(await store.BeginBulkLoadAsync(5_000, Ct));
            await store.UpsertAsync(Some.Corpus(), Ct);
        }

        // Stopped: the links are still staged, not yet in their tables.
        Assert.NotEqual(await IndexNamesAsync(fresh), await IndexNamesAsync(path));
        var links = new[] { "mention", "claim_reporter", "claim_about", "statement_reporter" };
        var staged = new Dictionary<string, List<string>>();
        foreach (var table in links)
        {
            Assert.Empty(await RowsAsync(path, $"SELECT * FROM {table}"));
            staged[table] = await RowsAsync(path, $"SELECT DISTINCT * FROM {table}_load ORDER BY 1, 2");
            Assert.NotEmpty(staged[table]);
        }

        await using (var store = new SqliteGraphStore(path))
        {
            Assert.Contains(await store.SearchAsync("talks", 5, Ct), h => h.Id == Some.Talks);
            Assert.False(await store.CompleteBulkLoadAsync(Ct));
        }

        Assert.Equal(await IndexNamesAsync(fresh), await IndexNamesAsync(path));
        foreach (var table in links)
        {
            Assert.Equal(staged[table], await RowsAsync(path, $"SELECT * FROM {table} ORDER BY 1, 2"));
            Assert.Empty(await RowsAsync(path, $"SELECT * FROM {table}_load"));
        }

        await AssertSearchIndexesMatchTablesAsync(path);
    }

    [Fact]
    public async Task A_batch_that_replaces_a_stored_article_during_a_bulk_load_builds_the_indexes_first()
    {
        var plain = _folder.File("plain-replace.db");
        var bulk = _folder.File("bulk-replace.db");
        IReadOnlyList<IReadOnlyList<Model.ExtractedDocument>> batches = [Some.Corpus(), [Some.CorrectedThirdArticle(), Some.UnrelatedArticle()]];
        await UpsertEachAsync(plain, batches);

        await using (var store = new SqliteGraphStore(bulk))
        {
            Assert.True(await store.BeginBulkLoadAsync(5_000, Ct));
            await store.UpsertAsync(batches[0], Ct);
            var replaced = await store.UpsertAsync(batches[1], Ct);

            Assert.Equal(1, replaced.ReplacedArticles);
            Assert.Contains("statement_claim_page", await IndexNamesAsync(bulk));
            Assert.False(await store.CompleteBulkLoadAsync(Ct));
        }

        Assert.Equal(await ContentAsync(plain), await ContentAsync(bulk));
        await AssertSearchIndexesMatchTablesAsync(bulk);
    }

    [Fact]
    public async Task A_load_smaller_than_the_store_or_than_the_minimum_keeps_the_indexes_up_to_date()
    {
        var path = _folder.File("kept.db");
        await using var store = new SqliteGraphStore(path);
        Assert.False(await store.BeginBulkLoadAsync(SqliteGraphStore.MinBulkLoadArticles - 1, Ct));
        await store.UpsertAsync(Some.ManyDocuments(3_000, 1), Ct);

        Assert.False(await store.BeginBulkLoadAsync(2_500, Ct));
        Assert.True(await store.BeginBulkLoadAsync(3_001, Ct));
        Assert.True(await store.CompleteBulkLoadAsync(Ct));
    }

    /// <summary>Writes the batches one by one into the store at <paramref name="path"/>, as a plain (not bulk) load does.</summary>
    private static async Task UpsertEachAsync(string path, IEnumerable<IReadOnlyList<Model.ExtractedDocument>> batches)
    {
        await using var store = new SqliteGraphStore(path);
        foreach (var batch in batches)
        {
            await store.UpsertAsync(batch, Ct);
        }
    }

    private static List<IReadOnlyList<Model.ExtractedDocument>> Batches()
    {
        var many = Some.ManyDocuments(120, 20);
        return [Some.Corpus(), [.. many.Take(60)], [.. many.Skip(60)], [Some.UnrelatedArticle()]];
    }

    private static async Task<List<string>> IndexNamesAsync(string path) =>
        [.. (await RowsAsync(path, "SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name")).Select(r => r.Split('|')[0])];

    /// <summary>Every stored row and maintained count, in a stable order: two stores that hold the same graph give the same text.</summary>
    private static async Task<string> ContentAsync(string path)
    {
        var text = new StringBuilder();
        foreach (var sql in (string[])
        [
            "SELECT * FROM totals",
            "SELECT id, kind, name, aliases, role, country, stub, said_count, denied_count, mention_count FROM entity ORDER BY id",
            "SELECT id, text, said_count, denied_count, corroboration, first_reported, last_reported FROM claim ORDER BY id",
            "SELECT id, speaker_id, stance, claim_id, article_id, evidence, start, \"end\", date FROM statement ORDER BY id",
            "SELECT id, file, title, publisher, published_at, fingerprint FROM article ORDER BY id",
            "SELECT * FROM mention ORDER BY 1, 2", "SELECT * FROM claim_reporter ORDER BY 1, 2", "SELECT * FROM claim_about ORDER BY 1, 2",
            "SELECT * FROM statement_reporter ORDER BY 1, 2", "SELECT * FROM published_by ORDER BY 1", "SELECT * FROM entity_name ORDER BY 1, 2",
            "SELECT * FROM day_count ORDER BY 1", "SELECT * FROM publisher_count ORDER BY 1", "SELECT * FROM mention_load", "SELECT * FROM claim_reporter_load", "SELECT * FROM claim_about_load", "SELECT * FROM statement_reporter_load",
        ])
        {
            text.AppendLine(sql).AppendJoin('\n', await RowsAsync(path, sql)).AppendLine();
        }

        return text.ToString();
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var raw = new SqliteConnection($"Data Source={path};Pooling=False");
        await raw.OpenAsync(Ct);
        await using var command = raw.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
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
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private static async Task AssertSearchIndexesMatchTablesAsync(string path)
    {
        await using var raw = new SqliteConnection($"Data Source={path};Pooling=False");
        await raw.OpenAsync(Ct);
        foreach (var table in new[] { "entity_fts", "claim_fts", "statement_fts" })
        {
            await using var command = raw.CreateCommand();
            // FTS5's integrity check compares an external-content index with its table and fails on any drift.
            command.CommandText = $"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)";
            await command.ExecuteNonQueryAsync(Ct);
        }
    }
}
