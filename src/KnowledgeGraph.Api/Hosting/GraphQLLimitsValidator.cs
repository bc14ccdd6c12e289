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

        Positive(failures, "MaxAliases", options.MaxAliases);
        Positive(failures, "MaxRootFields", options.MaxRootFields);
        Positive(failures, "MaxFragments", options.MaxFragments);
        Positive(failures, "MaxSelections", options.MaxSelections);
        Positive(failures, "MaxDirectives", options.MaxDirectives);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string name, int value)
    {
        if (value < 1)
        {
            failures.Add($"GraphQL:{name} must be at least 1, got {value}.");
        }
    }
}
