using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Bulk ingest of 100,000 statements (100 articles × 1,000) into a fresh store file, one transaction.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class SqliteIngestBenchmarks
{
    public const int Statements = 100_000;

    private List<ExtractedDocument> _documents = [];
    private string _path = "";

    [GlobalSetup]
    public void Setup() => _documents = SqliteSyntheticGraph.Documents(0, 100, Statements / 100);

    [IterationSetup]
    public void NewFile() => _path = Path.Combine(Path.GetTempPath(), $"kg-bench-ingest-{Guid.NewGuid():N}.db");

    [IterationCleanup]
    public void DeleteFile()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    /// <summary>Divide <see cref="Statements"/> by the time to get rows per second.</summary>
    [Benchmark]
    public async Task<UpsertResultSummary> Ingest_100k_statements()
    {
        await using var store = new SqliteGraphStore(_path);
        var result = await store.UpsertAsync(_documents);
        return new UpsertResultSummary(result.NewStatements);
    }

    /// <summary>Keeps the result alive so that the work cannot be optimised away.</summary>
    public readonly record struct UpsertResultSummary(int NewStatements);
}
