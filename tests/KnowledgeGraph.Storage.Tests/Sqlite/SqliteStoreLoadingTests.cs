using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>How the SQLite store keeps its search indexes and entities right across bulk and incremental loads.</summary>
public sealed class SqliteStoreLoadingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_bulk_load_rebuilds_search_and_later_small_loads_keep_it_consistent()
    {
        var path = _folder.File("bulk.db");
        await using var store = new SqliteGraphStore(path);

        var bulk = await store.UpsertAsync(Some.ManyDocuments(100, 60), Ct);
        await store.UpsertAsync(Some.Corpus(), Ct);
        var renamed = Some.SecondArticle() with
        {
            Entities = [Some.Entity(Some.Lopez, EntityKind.Person, "Ana López", ["Zephyrine"])],
        };
        await store.UpsertAsync([renamed], Ct);

        Assert.Equal(6_000, bulk.NewStatements);
        Assert.Equal(500, bulk.NewClaims);
        Assert.Contains(await store.SearchAsync("topic123", 5, Ct), h => h.Kind == "Statement");
        Assert.Contains(await store.SearchAsync("speaker 42", 5, Ct), h => h.Id == "person:speaker-42");
        Assert.Contains(await store.SearchAsync("zephyrine", 5, Ct), h => h.Id == Some.Lopez);
        Assert.Contains(await store.SearchAsync("lopez", 5, Ct), h => h.Id == Some.Lopez);
        await AssertSearchIndexesMatchTablesAsync(path);
    }

    [Fact]
    public async Task A_bulk_load_leaves_every_index_of_a_new_store_in_place()
    {
        var empty = _folder.File("empty.db");
        var loaded = _folder.File("loaded.db");
        await using (var store = new SqliteGraphStore(empty))
        {
            await store.InitializeAsync(Ct);
        }

        await using (var store = new SqliteGraphStore(loaded))
        {
            await store.UpsertAsync(Some.ManyDocuments(100, 60), Ct);
        }

        Assert.Equal(await IndexesAsync(empty), await IndexesAsync(loaded));
        Assert.Contains("claim_contested", (await IndexesAsync(loaded)).Select(i => i.Name));
        Assert.Contains("statement_claim_page", (await IndexesAsync(loaded)).Select(i => i.Name));
    }

    [Fact]
    public async Task A_bulk_batch_that_fails_part_way_leaves_the_store_and_its_indexes_as_they_were()
    {
        var path = _folder.File("bulk-failure.db");
        await using var store = new SqliteGraphStore(path);
        await store.UpsertAsync(Some.Corpus(), Ct);
        var counts = await store.GetCountsAsync(Ct);
        var indexes = await IndexesAsync(path);

        // Thousands of statements make the batch a bulk one; the broken article comes last, after every row was written.
        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => store.UpsertAsync([.. Some.ManyDocuments(100, 60), Some.BrokenArticle()], Ct));

        Assert.Contains("broken.txt", error.Message, StringComparison.Ordinal);
        Assert.Equal(counts, await store.GetCountsAsync(Ct));
        Assert.Equal(indexes, await IndexesAsync(path));
        Assert.Empty(await store.SearchAsync("topic123", 5, Ct));
        await AssertSearchIndexesMatchTablesAsync(path);
    }

    [Fact]
    public async Task Small_loads_into_a_loaded_store_report_and_index_only_their_new_rows()
    {
        var path = _folder.File("incremental.db");
        await using var store = new SqliteGraphStore(path);
        await store.UpsertAsync(Some.ManyDocuments(100, 60), Ct);

        var first = await store.UpsertAsync(Some.Corpus(), Ct);
        var again = await store.UpsertAsync(Some.Corpus(), Ct);

        Assert.True(first.NewStatements > 0 && first.NewClaims > 0);
        Assert.Equal((0, 0), (again.NewStatements, again.NewClaims));
        await AssertSearchIndexesMatchTablesAsync(path);
    }

    [Fact]
    public async Task An_entity_referenced_before_it_is_declared_takes_the_declared_name_later()
    {
        await using var store = new SqliteGraphStore(_folder.File("stub.db"));
        var early = Some.Document("article:early", "early.txt", "Early", null, "2026-01-01", [],
            Some.Statement("person:jane-doe", Stance.Said, "claim:x", "X happened", "Jane said x happened", ["institution:wire-service"], []));
        var later = Some.Document("article:later", "later.txt", "Later", null, "2026-01-02",
            [Some.Entity("person:jane-doe", EntityKind.Person, "Jane Q. Doe", ["Doe"])]);

        await store.UpsertAsync([early], Ct);
        var stub = await store.FindEntityAsync("person:jane-doe", Ct);
        await store.UpsertAsync([later], Ct);
        var declared = await store.FindEntityAsync("jane q doe", Ct);

        Assert.Equal("Jane Doe", stub?.Name);
        Assert.Equal("Jane Q. Doe", declared?.Name);
        Assert.Equal(["Doe"], declared?.Aliases);
        Assert.Equal(EntityKind.Institution, (await store.FindEntityAsync("institution:wire-service", Ct))?.Kind);
    }

    [Fact]
    public async Task A_reference_whose_id_does_not_name_its_kind_is_refused_with_the_document_named()
    {
        await using var store = new SqliteGraphStore(_folder.File("bad-ref.db"));
        var document = Some.Document("article:odd", "odd.txt", "Odd", null, null, [],
            Some.Statement("somebody", Stance.Said, "claim:y", "Y", "somebody said y", [], []));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync([document], Ct));

        Assert.Contains("odd.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("'somebody'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await store.GetCountsAsync(Ct)).Articles);
    }

    [Fact]
    public async Task A_store_written_before_the_page_indexes_gets_them_when_opened_again()
    {
        var path = _folder.File("older.db");
        await using (var store = new SqliteGraphStore(path))
        {
            await store.UpsertAsync(Some.Corpus(), Ct);
        }

        await using (var raw = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await raw.OpenAsync(Ct);
            await using var drop = raw.CreateCommand();
            drop.CommandText = "DROP INDEX statement_speaker_page; DROP INDEX statement_claim_page; DROP INDEX statement_claim_stance";
            await drop.ExecuteNonQueryAsync(Ct);
        }

        await using (var store = new SqliteGraphStore(path))
        {
            Assert.Equal(3, (await store.CountLinksAsync(LinkKind.ClaimStatements, [Some.Talks], Ct))[Some.Talks]);
        }

        Assert.Superset(
            new HashSet<string> { "statement_speaker_page", "statement_claim_page", "statement_claim_stance" },
            (await IndexesAsync(path)).Select(i => i.Name).ToHashSet());
    }

    /// <summary>Every index of the store file by name, with the SQL that created it (null for a constraint's own index).</summary>
    private static async Task<List<(string Name, string? Sql)>> IndexesAsync(string path)
    {
        await using var raw = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        await raw.OpenAsync(Ct);
        await using var command = raw.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var indexes = new List<(string Name, string? Sql)>();
        while (await reader.ReadAsync(Ct))
        {
            indexes.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return indexes;
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
