using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Graph;

/// <summary>
/// graphql-dotnet's <see cref="DocumentValidator"/>, which keeps what it computed for an operation validated with no rules
/// and no variables and hands a copy out when the same operation is validated that way again.
/// </summary>
/// <remarks>
/// Even with no rules to run (a cached document whose cost was checked without variables, <c>GraphQLEndpoints</c>), the
/// validator walks the whole document once more to parse every field's argument literals; for
/// <c>entity(name){ denied(first:20) … }</c> that walk was about 3% of the server's CPU per request. Without rules and
/// variables its result (the parsed arguments and directives) depends on the operation's syntax tree alone, which the
/// document cache keeps unchanged, so it is kept beside that tree (weakly: it goes when the document is evicted). Each
/// request gets its own copy of the two outer dictionaries, because graphql-dotnet's executor adds entries to them when
/// it merges repeated fields; the parsed values inside are only read.
/// </remarks>
public sealed class ReusedValidation : IDocumentValidator
{
    private readonly IDocumentValidator _validator;
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, IValidationResult> _results = [];

    /// <summary>Validates with graphql-dotnet's <see cref="DocumentValidator"/>.</summary>
    public ReusedValidation()
        : this(new DocumentValidator())
    {
    }

    /// <summary>Validates with <paramref name="validator"/> (tests count its calls).</summary>
    internal ReusedValidation(IDocumentValidator validator) => _validator = validator;

    /// <inheritdoc/>
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var reusable = options.Rules is { } rules && !rules.Any() && options.Variables is not { Count: > 0 } && options.Operation is not null;
        if (!reusable)
        {
            return _validator.ValidateAsync(options);
        }

        if (_results.TryGetValue(options.Operation!, out var kept))
        {
            return Task.FromResult(Copy(kept));
        }

        return ValidateAndKeepAsync(_validator.ValidateAsync(options), options.Operation!);
    }

    private async Task<IValidationResult> ValidateAndKeepAsync(Task<IValidationResult> validation, GraphQLOperationDefinition operation)
    {
        var result = await validation.ConfigureAwait(false);
        if (result.IsValid)
        {
            // The kept result is never handed out itself: the first request's executor may add merged fields to it.
            _results.AddOrUpdate(operation, Copy(result));
        }

        return result;
    }

    private static IValidationResult Copy(IValidationResult result) =>
        result.ArgumentValues is null && result.DirectiveValues is null && result.Variables == Variables.None
            ? result
            : new ValidationResult([])
            {
                Variables = result.Variables,
                ArgumentValues = result.ArgumentValues is { } arguments ? new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>(arguments) : null,
                DirectiveValues = result.DirectiveValues is { } directives ? new Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>(directives) : null,
            };
}
