using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Checks <see cref="RateLimits"/> at start-up, naming the bad value.</summary>
internal sealed class RateLimitsValidator : IValidateOptions<RateLimits>
{
    public ValidateOptionsResult Validate(string? name, RateLimits options)
    {
        var failures = new List<string>();
        Check(failures, "ConcurrentRequests", options.ConcurrentRequests, 1, 1024);
        Check(failures, "QueueLength", options.QueueLength, 0, 10_000);
        Check(failures, "PerClientPerSecond", options.PerClientPerSecond, 1, 1_000_000);
        Check(failures, "PerClientBurst", options.PerClientBurst, options.PerClientPerSecond, 10_000_000);
        Check(failures, "FailedKeyAttemptsPerMinute", options.FailedKeyAttemptsPerMinute, 1, 1000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"RateLimits:{key} must be between {min} and {max}, got {value}.");
        }
    }
}
