namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Admission control for <c>/graphql</c> and <c>/export</c> (section <c>RateLimits</c>). Defaults:
/// <c>ConcurrentRequests</c> = 8 running at once for all clients, <c>QueueLength</c> = 64 waiting behind them,
/// <c>PerClientPerSecond</c> = 20 with bursts of <c>PerClientBurst</c> = 40 per client address, and
/// <c>FailedKeyAttemptsPerMinute</c> = 5 wrong <c>X-Api-Key</c> values per client address. Refusals answer 429 with
/// <c>Retry-After</c>. Clients are told apart by their address as the socket sees it (no proxy headers are trusted).
/// </summary>
public sealed class RateLimits
{
    /// <summary>GraphQL and export requests running at once, over all clients (1–1024).</summary>
    public int ConcurrentRequests { get; set; } = 8;

    /// <summary>Requests that may wait for a running slot before the next is refused (0–10000).</summary>
    public int QueueLength { get; set; } = 64;

    /// <summary>Requests per second one client address may send on average (1–1000000).</summary>
    public int PerClientPerSecond { get; set; } = 20;

    /// <summary>Requests one client address may send at once after a quiet spell (at least PerClientPerSecond).</summary>
    public int PerClientBurst { get; set; } = 40;

    /// <summary>Wrong API keys one client address may send per minute before it is refused for the rest of it (1–1000).</summary>
    public int FailedKeyAttemptsPerMinute { get; set; } = 5;
}
