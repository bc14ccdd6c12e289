using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// A store that answers queries maps its file for reads; a store opened for loading does not, so that a loader's resident
/// memory is its own and not the store pages its lookups touch. Seen in the process's own memory map (Linux).
/// </summary>
/// <remarks>
/// Alone, not beside other tests: they clear every connection pool when they end (<see cref="TempFolder"/>), which closes
/// this test's idle pooled connections, and their mappings, before it reads the memory map.
/// </remarks>
[Collection(nameof(SqliteReadMappingTests))]
public sealed class SqliteReadMappingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reads_map_the_store_file_only_when_asked(bool mapReads)
    {
        Assert.SkipUnless(File.Exists("/proc/self/maps"), "The process's memory map is read from /proc/self/maps, which this system does not have.");
        var path = _folder.File($"mapped-{mapReads}.db");
        await using (var writer = new SqliteGraphStore(path))
        {
            await writer.UpsertAsync(Some.Corpus(), Ct);
        }

        // Copy the write-ahead log into the file, so that the reads below come from the file itself (pages still in the log
        // are read from the log, never mapped).
        await using (var raw = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await raw.OpenAsync(Ct);
            await using var checkpoint = raw.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync(Ct);
        }

        await using var store = new SqliteGraphStore(path, mapReads);

        var articles = await store.GetArticlesAsync([Some.FirstArticle().Source.Id], Ct);
        var counts = await store.GetCountsAsync(Ct);

        Assert.Single(articles);
        Assert.Equal(Some.CorpusCounts.Statements, counts.Statements);
        Assert.Equal(mapReads, store.MapsReads);
        Assert.Equal(mapReads, MapsFile(Path.GetFullPath(path)));
    }

    /// <summary>Whether the process maps <paramref name="path"/> itself (the write-ahead log's index, path-shm, is always mapped).</summary>
    private static bool MapsFile(string path) =>
        File.ReadLines("/proc/self/maps").Any(line => line.EndsWith(" " + path, StringComparison.Ordinal));
}

/// <summary>Runs <see cref="SqliteReadMappingTests"/> with no other test at the same time.</summary>
[CollectionDefinition(nameof(SqliteReadMappingTests), DisableParallelization = true)]
public sealed class SqliteReadMappingCollection;
