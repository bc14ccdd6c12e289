using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Checks <see cref="ApiOptions"/> at start-up; each failure names the key and the bad value.</summary>
internal sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Store))
        {
            failures.Add("Store must name a SQLite file or a Neo4j URL, got an empty value.");
        }

        if (options.RequestTimeoutSeconds is < 1 or > 600)
        {
            failures.Add($"RequestTimeoutSeconds must be between 1 and 600, got {options.RequestTimeoutSeconds}.");
        }

        if (options.MaxRequestBytes is < 1024 or > 16 * 1024 * 1024)
        {
            failures.Add($"MaxRequestBytes must be between 1024 and 16777216, got {options.MaxRequestBytes}.");
        }

        if (options.ApiKey is { Length: > 0 and < ApiOptions.MinApiKeyLength })
        {
            failures.Add($"The API key (KG_API_KEY or ApiKey) must be at least {ApiOptions.MinApiKeyLength} characters long, got {options.ApiKey.Length}: it unlocks writes, so it must be too long to guess.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
