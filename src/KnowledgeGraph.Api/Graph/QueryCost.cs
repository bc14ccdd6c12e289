using GraphQL.Types;
using GraphQL.Validation.Complexity;
using KnowledgeGraph.Api.Graph.Paging;

namespace KnowledgeGraph.Api.Graph;

/// <summary>
/// The cost of one field for the complexity analyzer, which multiplies it by the sizes of every list above it. A list
/// counts as many items as it can hold: its own <c>first</c>/<c>last</c>/<c>limit</c> (given or default), else that of
/// the connection it belongs to (<c>edges</c>, <c>nodes</c>), else the analyzer's default. So
/// <c>statements(first: 100) { nodes { claim { statements(first: 100) { nodes { evidence } } } } }</c> costs about
/// 100 × 100 evidence fields, and nesting one more such list is refused before any work starts.
/// </summary>
internal static class QueryCost
{
    private static readonly string[] SizeArguments = ["first", "last", "limit"];

    public static FieldComplexityResult Impact(FieldImpactContext context)
    {
        var type = Unwrap(context.FieldDefinition.ResolvedType);
        if (type is not ListGraphType list)
        {
            return new(context.Configuration.DefaultObjectImpact, 1);
        }

        var item = Unwrap(list.ResolvedType);
        var impact = item is ScalarGraphType ? context.Configuration.DefaultScalarImpact : context.Configuration.DefaultObjectImpact;
        var size = SizeOf(context)
            ?? (context.Parent is { } parent && Unwrap(parent.FieldDefinition.ResolvedType) is not ListGraphType ? ConnectionSize(parent) : null)
            ?? context.Configuration.DefaultListImpactMultiplier;
        return new(impact, size);
    }

    // A connection's page size: first/last given or defaulted; a root connection without either pages by the default size.
    private static double? ConnectionSize(FieldImpactContext connection) =>
        SizeOf(connection) ?? (Unwrap(connection.FieldDefinition.ResolvedType)?.Name.EndsWith("Connection", StringComparison.Ordinal) == true
            ? PageArguments.DefaultPageSize
            : null);

    private static double? SizeOf(FieldImpactContext context)
    {
        foreach (var name in SizeArguments)
        {
            if (context.Arguments?.TryGetValue(name, out var given) == true && given.Value is int value)
            {
                return value;
            }

            if (context.FieldDefinition.Arguments?.Find(name)?.DefaultValue is int fallback)
            {
                return fallback;
            }
        }

        return null;
    }

    private static IGraphType? Unwrap(IGraphType? type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
}
