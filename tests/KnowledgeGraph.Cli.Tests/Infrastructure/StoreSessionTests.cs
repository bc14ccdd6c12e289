using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Cli.Tests.Infrastructure;

/// <summary>
/// The commands that load (kg ingest, kg load) open a SQLite store whose reads do not map the file, so that their peak
/// memory is their own; the commands that only read keep the mapping that makes queries fast.
/// </summary>
public sealed class StoreSessionTests
{
    [Fact]
    public async Task Loaders_open_the_store_unmapped_and_readers_mapped()
    {
        using var dir = new TempDir();
        var path = dir.File("kg.db");
        var cancellation = TestContext.Current.CancellationToken;

        await using (var loading = await StoreSession.OpenAsync(path, cancellation))
        {
            Assert.False(Assert.IsType<SqliteGraphStore>(loading).MapsReads);
        }

        await using var reading = await StoreSession.OpenExistingAsync(path, cancellation);
        Assert.True(Assert.IsType<SqliteGraphStore>(reading).MapsReads);
    }
}
