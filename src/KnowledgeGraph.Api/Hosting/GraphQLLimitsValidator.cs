using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Checks <see cref="GraphQLLimits"/> at start-up, naming the bad value.</summary>
internal sealed class GraphQLLimitsValidator : IValidateOptions<GraphQLLimits>
{
    public ValidateOptionsResult Validate(string? name, GraphQLLimits options)
    {
        var failures = new List<string>();
        if (options.MaxDepth is < 2 or > 50)
        {
            failures.Add($"GraphQL:MaxDepth must be between 2 and 50, got {options.MaxDepth}.");
        }

        if (options.MaxComplexity < 100)
        {
            failures.Add($"GraphQL:MaxComplexity must be at least 100, got {options.MaxComplexity}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
