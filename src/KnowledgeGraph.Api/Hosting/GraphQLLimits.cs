namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Bounds on GraphQL documents (section <c>GraphQL</c>). Defaults: <c>MaxDepth</c> = 12 (introspection is exempt),
/// <c>MaxComplexity</c> = 50000, <c>MaxAliases</c> = 50, <c>MaxRootFields</c> = 20, <c>MaxFragments</c> = 50,
/// <c>MaxSelections</c> = 2000, <c>MaxDirectives</c> = 50. Page sizes are capped at <see cref="MaxPageSize"/> regardless.
/// </summary>
public sealed class GraphQLLimits
{
    /// <summary>Largest <c>first</c>/<c>last</c> a list field accepts.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Deepest field nesting allowed, not counting introspection fields (2–50).</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Largest estimated cost of a document (list fields multiply their children by <c>first</c>).</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Most aliased fields in one document (each alias is another run of its field).</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>Most fields at the root of one operation (each root field is at least one store query).</summary>
    public int MaxRootFields { get; set; } = 20;

    /// <summary>Most fragment definitions in one document.</summary>
    public int MaxFragments { get; set; } = 50;

    /// <summary>Most field selections once every fragment spread is expanded (GraphiQL's introspection is about 150).</summary>
    public int MaxSelections { get; set; } = 2000;

    /// <summary>Most directives (@include, @skip, …) in one document.</summary>
    public int MaxDirectives { get; set; } = 50;
}
