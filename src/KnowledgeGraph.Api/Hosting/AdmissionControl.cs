using System.Globalization;
using System.Threading.RateLimiting;
using KnowledgeGraph.Api.Graph;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter in front of the work endpoints (<c>/graphql</c>, <c>/export</c>): one concurrency
/// limit with a queue shared by every client, chained with a token bucket per client address. Pages, /healthz and
/// static files are not limited. A refusal is 429 with <c>Retry-After</c> and a JSON error with code RATE_LIMITED.
/// </summary>
public static class AdmissionControl
{
    private static readonly string[] LimitedPaths = ["/graphql", "/export"];

    /// <summary>Registers the limiter from <see cref="RateLimits"/> (bound and validated with the other options).</summary>
    public static IServiceCollection AddAdmissionControl(this IServiceCollection services)
    {
        services.AddOptions<RateLimits>().BindConfiguration("RateLimits").ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimits>, RateLimitsValidator>();
        services.AddSingleton<ApiKeyAttempts>();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimits>>((limiter, settings) =>
        {
            var limits = settings.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsLimited(http)
                    ? RateLimitPartition.GetConcurrencyLimiter("all-clients", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = limits.ConcurrentRequests,
                        QueueLimit = limits.QueueLength,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter("unlimited")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsLimited(http)
                    ? RateLimitPartition.GetTokenBucketLimiter(ClientOf(http), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limits.PerClientBurst,
                        TokensPerPeriod = limits.PerClientPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    })
                    : RateLimitPartition.GetNoLimiter("unlimited")));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) => RejectAsync(context.HttpContext, context.Lease, cancellationToken);
        });
        services.AddRateLimiter(_ => { });
        return services;
    }

    /// <summary>The client address requests are counted under (the socket's remote address).</summary>
    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Writes the 429 answer: Retry-After in whole seconds and a JSON error naming the limit.</summary>
    public static async ValueTask WriteTooManyAsync(HttpContext http, TimeSpan retryAfter, string message, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.Response.WriteAsJsonAsync(
            new { errors = new[] { new { message = $"{message} Retry after {seconds} s.", extensions = new { code = ErrorCodes.RateLimited } } } },
            cancellationToken);
    }

    private static bool IsLimited(HttpContext http) =>
        LimitedPaths.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static ValueTask RejectAsync(HttpContext http, RateLimitLease lease, CancellationToken cancellationToken)
    {
        // A token bucket knows when the next token comes; a full queue does not, so a second is a fair guess.
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return WriteTooManyAsync(http, retryAfter, "Too many requests: this client or the server as a whole is at its limit.", cancellationToken);
    }
}
