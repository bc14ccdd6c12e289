namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Bounds on GraphQL documents (section <c>GraphQL</c>). Defaults: <c>MaxDepth</c> = 12 (introspection is exempt),
/// <c>MaxComplexity</c> = 50000. Page sizes are capped at <see cref="MaxPageSize"/> regardless.
/// </summary>
public sealed class GraphQLLimits
{
    /// <summary>Largest <c>first</c>/<c>last</c> a list field accepts.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Deepest field nesting allowed, not counting introspection fields (2–50).</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Largest estimated cost of a document (list fields multiply their children by <c>first</c>).</summary>
    public int MaxComplexity { get; set; } = 50_000;
}
