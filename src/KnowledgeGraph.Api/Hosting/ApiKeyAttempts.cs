using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Counts wrong <c>X-Api-Key</c> values per client address in fixed one-minute windows. Once a client has used its
/// <see cref="RateLimits.FailedKeyAttemptsPerMinute"/>, every request of its carrying a key is refused until the
/// window ends, right key or not, so guessing is bounded by the window, not by how fast the client can send.
/// </summary>
public sealed class ApiKeyAttempts(IOptions<RateLimits> limits) : IDisposable
{
    /// <summary>Length of one counting window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.Value.FailedKeyAttemptsPerMinute,
            Window = Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>True when the client has no wrong attempts left in this window.</summary>
    public bool IsBlocked(string client) => _failures.GetStatistics(client)?.CurrentAvailablePermits is <= 0;

    /// <summary>Records one wrong key for the client.</summary>
    public void RecordFailure(string client)
    {
        using var lease = _failures.AttemptAcquire(client);
    }

    /// <inheritdoc/>
    public void Dispose() => _failures.Dispose();
}
