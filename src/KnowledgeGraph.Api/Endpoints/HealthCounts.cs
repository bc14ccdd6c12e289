using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>
/// The counts <c>/healthz</c> shows, read from the store at most once per <see cref="MaxAge"/> however many probes
/// arrive. <c>/healthz</c> is outside admission control so that monitors still reach a busy server; without this,
/// every anonymous probe would be a store round trip (a connection and a read in SQLite, an HTTP request to Neo4j)
/// that no limit holds back. A failed read is not kept, so the next probe asks the store again.
/// </summary>
public sealed class HealthCounts(IGraphStore store, TimeProvider time)
{
    /// <summary>How old the counts shown may be.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _reading = new(1, 1);
    private volatile Snapshot? _last;

    /// <summary>Counts at most <see cref="MaxAge"/> old; one caller reads the store while the others wait for its answer.</summary>
    public async Task<GraphCounts> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } counts)
        {
            return counts;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } read)
            {
                return read;
            }

            var now = time.GetUtcNow();
            var fresh = await store.GetCountsAsync(cancellationToken);
            _last = new Snapshot(fresh, now);
            return fresh;
        }
        finally
        {
            _reading.Release();
        }
    }

    private GraphCounts? Fresh() => _last is { } last && time.GetUtcNow() - last.At < MaxAge ? last.Counts : null;

    private sealed record Snapshot(GraphCounts Counts, DateTimeOffset At);
}
