using System.Security.Cryptography;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>What only the SQLite store promises: how it treats the file it is given.</summary>
public sealed class SqliteStoreFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_file_that_is_not_a_sqlite_database_is_refused_and_left_untouched()
    {
        var path = _folder.File("notes.db");
        await File.WriteAllTextAsync(path, "These are my notes, not a database.", Ct);
        var before = Hash(path);

        await using var store = new SqliteGraphStore(path);
        var error = await Assert.ThrowsAsync<StoreFormatException>(() => store.InitializeAsync(Ct));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Hash(path));
        Assert.False(File.Exists(path + "-wal"));
    }

    [Fact]
    public async Task A_sqlite_database_of_another_application_is_refused_and_left_untouched()
    {
        var path = _folder.File("shop.db");
        await using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await other.OpenAsync(Ct);
            await using var command = other.CreateCommand();
            command.CommandText = "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers(name) VALUES ('someone');";
            await command.ExecuteNonQueryAsync(Ct);
        }

        var before = Hash(path);
        await using var store = new SqliteGraphStore(path);

        var error = await Assert.ThrowsAsync<StoreFormatException>(() => store.GetCountsAsync(Ct));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("another application", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task A_store_from_a_newer_schema_version_is_refused_and_left_untouched()
    {
        var path = _folder.File("future.db");
        await using (var store = new SqliteGraphStore(path))
        {
            await store.UpsertAsync(Some.Corpus(), Ct);
        }

        await using (var raw = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await raw.OpenAsync(Ct);
            await using var command = raw.CreateCommand();
            command.CommandText = $"PRAGMA user_version = {SqliteGraphStore.SchemaVersion + 1}; PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync(Ct);
        }

        var before = Hash(path);
        await using var newer = new SqliteGraphStore(path);

        var error = await Assert.ThrowsAsync<StoreFormatException>(() => newer.InitializeAsync(Ct));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("newer version", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task A_new_store_is_marked_as_ours_and_uses_write_ahead_logging()
    {
        var path = _folder.File("new.db");
        await using (var store = new SqliteGraphStore(path))
        {
            await store.InitializeAsync(Ct);
        }

        await using var raw = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        await raw.OpenAsync(Ct);
        Assert.Equal("wal", await ScalarAsync(raw, "PRAGMA journal_mode"));
        Assert.Equal((long)SqliteGraphStore.SchemaVersion, await ScalarAsync(raw, "PRAGMA user_version"));
        Assert.NotEqual(0L, await ScalarAsync(raw, "PRAGMA application_id"));
        Assert.Equal(SqliteGraphStore.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await ScalarAsync(raw, "SELECT value FROM meta WHERE key = 'schema_version'"));
    }

    [Fact]
    public async Task A_reopened_store_keeps_everything_and_can_be_loaded_again()
    {
        var path = _folder.File("kept.db");
        await using (var store = new SqliteGraphStore(path))
        {
            await store.UpsertAsync(Some.Corpus(), Ct);
        }

        await using var reopened = new SqliteGraphStore(path);
        await reopened.InitializeAsync(Ct);

        Assert.Equal(Some.CorpusCounts, await reopened.GetCountsAsync(Ct));
        Assert.Contains(await reopened.SearchAsync("harbour", 10, Ct), h => h.Id == Some.Harbour);
        Assert.Equal(new UpsertResult(4, 0, 0, 0, 0), await reopened.UpsertAsync(Some.Corpus(), Ct));
    }

    [Fact]
    public async Task A_disposed_store_refuses_further_use()
    {
        var store = new SqliteGraphStore(_folder.File("closed.db"));
        await store.InitializeAsync(Ct);
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetCountsAsync(Ct));
    }

    [Fact]
    public async Task Filter_values_are_data_never_sql()
    {
        await using var store = new SqliteGraphStore(_folder.File("quotes.db"));
        await store.UpsertAsync(Some.Corpus(), Ct);

        var hostile = "x'); DROP TABLE claim; --";
        var claims = await store.QueryClaimsAsync(
            new ClaimFilter { TextContains = hostile, Or = [new ClaimFilter { SpeakerId = hostile }, new ClaimFilter { Publisher = hostile }] }, ClaimOrder.Text, PageRequest.First(10), Ct);
        var entities = await store.QueryEntitiesAsync(new EntityFilter { NameContains = hostile }, EntityOrder.Name, PageRequest.First(10), Ct);

        Assert.Equal(0, claims.TotalCount);
        Assert.Equal(0, entities.TotalCount);
        Assert.Equal(Some.CorpusCounts, await store.GetCountsAsync(Ct));
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
