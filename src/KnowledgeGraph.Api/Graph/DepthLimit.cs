using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Graph;

/// <summary>
/// Depth check run inside the complexity analyzer. GraphQL.NET's own MaxDepth counts introspection
/// (GraphiQL's schema query is 15 deep), so depth is measured here without <c>__schema</c> and <c>__type</c>.
/// </summary>
internal static class DepthLimit
{
    public static Task ValidateAsync(ComplexityValidationContext context, int maxDepth)
    {
        var validation = context.ValidationContext;
        var depth = validation.Operation is null ? 0 : DepthOf(validation.Operation.SelectionSet, validation, []);
        if (depth > maxDepth)
        {
            context.Error = new ComplexityError($"The query nests fields {depth} deep; at most {maxDepth} levels are allowed. Split it into smaller queries.")
            {
                Code = ErrorCodes.MaxDepthExceeded,
            };
        }
        else if (context.Error is not null)
        {
            context.Error = new ComplexityError($"The query is too costly (estimated {context.TotalImpact:0}, budget {context.Configuration.MaxComplexity}). Ask for fewer items with smaller first/last or fewer nested lists.")
            {
                Code = ErrorCodes.MaxComplexityExceeded,
            };
        }

        return Task.CompletedTask;
    }

    private static int DepthOf(GraphQLSelectionSet? set, ValidationContext validation, HashSet<string> fragmentsOnPath)
    {
        if (set is null)
        {
            return 0;
        }

        var deepest = 0;
        foreach (var selection in set.Selections)
        {
            var depth = selection switch
            {
                GraphQLField field when field.Name.StringValue is "__schema" or "__type" => 0,
                GraphQLField field => 1 + DepthOf(field.SelectionSet, validation, fragmentsOnPath),
                GraphQLInlineFragment inline => DepthOf(inline.SelectionSet, validation, fragmentsOnPath),
                GraphQLFragmentSpread spread => SpreadDepth(spread, validation, fragmentsOnPath),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static int SpreadDepth(GraphQLFragmentSpread spread, ValidationContext validation, HashSet<string> fragmentsOnPath)
    {
        var name = spread.FragmentName.Name.StringValue;
        var fragment = validation.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
        // A fragment cycle is reported by the core validation rules; here it only must not recurse forever.
        if (fragment is null || !fragmentsOnPath.Add(name))
        {
            return 0;
        }

        var depth = DepthOf(fragment.SelectionSet, validation, fragmentsOnPath);
        fragmentsOnPath.Remove(name);
        return depth;
    }
}
