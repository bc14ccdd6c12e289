using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Neighbourhood, path and search queries on the ~1M-relationship synthetic graph (built once, then reused).</summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
[MemoryDiagnoser]
public class SqliteQueryBenchmarks
{
    private SqliteGraphStore _store = null!;
    private int _next;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _store = new SqliteGraphStore(await SqliteSyntheticGraph.EnsureAsync());
        await _store.InitializeAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _store.DisposeAsync();

    [Params(1, 2, 3)]
    public int Depth { get; set; }

    [Benchmark]
    public Task<GraphNetwork?> Network_of_a_person_limit_200() =>
        _store.GetNetworkAsync(new NetworkQuery(SqliteSyntheticGraph.PersonId(Pick(5_000)), Depth, null, 200));

    [Benchmark]
    public Task<GraphPath?> Shortest_path_between_two_people() =>
        _store.FindPathAsync(SqliteSyntheticGraph.PersonId(Pick(20_000)), SqliteSyntheticGraph.PersonId(Pick(20_000) + 1), Depth * 2);

    // A fixed walk through the ids: every iteration asks about different nodes, the same ones on every run.
    private int Pick(int n) => (int)((uint)(++_next * 2_654_435_761L) % (uint)n);
}
