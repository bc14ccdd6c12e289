using KnowledgeGraph.Api.Endpoints;
using KnowledgeGraph.Api.Tests.Support;
using KnowledgeGraph.Composition;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>/healthz is not admission-controlled, so its counts come from the store at most once per MaxAge.</summary>
public sealed class HealthCountsTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private readonly ManualClock _clock = new();
    private SqliteGraphStore _sqlite = null!;
    private CountingReads _store = null!;

    public async ValueTask InitializeAsync()
    {
        _sqlite = new SqliteGraphStore(_database.Path);
        await _sqlite.InitializeAsync(TestContext.Current.CancellationToken);
        _store = new CountingReads(_sqlite);
    }

    public async ValueTask DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Many_probes_within_MaxAge_read_the_store_once_and_later_probes_see_new_articles()
    {
        var health = new HealthCounts(_store, _clock);
        var ct = TestContext.Current.CancellationToken;

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => health.GetAsync(ct)));
        Assert.All(answers, a => Assert.Equal(0, a.Articles));
        Assert.Equal(1, _store.Reads);

        await _sqlite.UpsertAsync(SampleFacts.Load().Documents, ct);
        _clock.Advance(HealthCounts.MaxAge - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, (await health.GetAsync(ct)).Articles);
        Assert.Equal(1, _store.Reads);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(5, (await health.GetAsync(ct)).Articles);
        Assert.Equal(2, _store.Reads);
    }

    [Fact]
    public async Task A_failed_read_is_not_kept_so_the_next_probe_asks_the_store_again()
    {
        var health = new HealthCounts(_store, _clock);
        var ct = TestContext.Current.CancellationToken;
        _store.FailNext = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => health.GetAsync(ct));
        Assert.Equal(0, (await health.GetAsync(ct)).Articles);
        Assert.Equal(2, _store.Reads);
    }

    private sealed class CountingReads(IGraphStore inner) : DelegatingGraphStore(inner)
    {
        private int _reads;

        public int Reads => _reads;

        public bool FailNext { get; set; }

        public override Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("The store did not answer.");
            }

            return base.GetCountsAsync(cancellationToken);
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 2, 5, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
