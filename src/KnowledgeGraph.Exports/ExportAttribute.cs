using System.Globalization;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Exports;

/// <summary>
/// One column of the exported node or edge table. Streaming formats (GraphML, GEXF, CSV) must declare their
/// columns before the first node, so the set is fixed here rather than discovered from the data.
/// </summary>
/// <param name="Name">Column name in every format (GraphML <c>attr.name</c>, GEXF <c>title</c>, CSV header).</param>
/// <param name="Type">Declared value type.</param>
/// <param name="PropertyKey">The <see cref="GraphNode.Properties"/> / <see cref="GraphEdge.Properties"/> key it reads, or null for a built-in field.</param>
public sealed record ExportAttribute(string Name, ExportValueType Type, string? PropertyKey)
{
    /// <summary>Node columns, in export order.</summary>
    public static IReadOnlyList<ExportAttribute> Node { get; } =
    [
        new("kind", ExportValueType.String, null),
        new("name", ExportValueType.String, null),
        new("aliases", ExportValueType.String, "aliases"),
        new("role", ExportValueType.String, "role"),
        new("country", ExportValueType.String, "country"),
        new("title", ExportValueType.String, "title"),
        new("publisher", ExportValueType.String, "publisher"),
        new("publishedAt", ExportValueType.String, "publishedAt"),
        new("url", ExportValueType.String, "url"),
        new("author", ExportValueType.String, "author"),
        new("file", ExportValueType.String, "file"),
        new("contested", ExportValueType.Boolean, "contested"),
        new("saidCount", ExportValueType.Integer, "saidCount"),
        new("deniedCount", ExportValueType.Integer, "deniedCount"),
        new("corroboration", ExportValueType.Integer, "corroboration"),
        new("firstReported", ExportValueType.String, "firstReported"),
        new("lastReported", ExportValueType.String, "lastReported"),
    ];

    /// <summary>Edge columns, in export order.</summary>
    public static IReadOnlyList<ExportAttribute> Edge { get; } =
    [
        new("type", ExportValueType.String, null),
        new("stance", ExportValueType.String, "stance"),
        new("date", ExportValueType.String, "date"),
        new("article", ExportValueType.String, "articleId"),
        new("evidence", ExportValueType.String, "evidence"),
        // Offsets are renamed: "start"/"end" would read as time bounds in Gephi.
        new("evidenceStart", ExportValueType.Integer, "start"),
        new("evidenceEnd", ExportValueType.Integer, "end"),
        new("reportedBy", ExportValueType.String, "reportedBy"),
        // The extraction rule behind a statement, named as the API names it; empty for hand-reviewed facts.
        new("extractedBy", ExportValueType.String, "rule"),
        new("role", ExportValueType.String, "role"),
    ];

    /// <summary>The node's value for this column in its canonical text form, or null when absent or ill-typed.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The value, or null.</returns>
    public string? ValueOf(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Name switch
        {
            "kind" when PropertyKey is null => node.Label,
            "name" when PropertyKey is null => node.Name,
            // An article without a stated title is called by its file name, as in GraphQL and the viewer.
            "title" when node.Label == GraphLabels.Article => ArticleTitles.Display(Lookup(node.Properties), Lookup(node.Properties, "file") ?? node.Name),
            _ => Normalise(Lookup(node.Properties)),
        };
    }

    /// <summary>The edge's value for this column in its canonical text form, or null when absent or ill-typed.</summary>
    /// <param name="edge">The edge.</param>
    /// <returns>The value, or null.</returns>
    public string? ValueOf(GraphEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        if (PropertyKey is null)
        {
            return edge.Type;
        }

        var value = Lookup(edge.Properties);
        // Statements carry their stance in the type; fill it in for stores that leave the property out.
        if (value is null && PropertyKey == "stance")
        {
            value = edge.Type switch
            {
                GraphLabels.Said => "said",
                GraphLabels.Denied => "denied",
                _ => null,
            };
        }

        return Normalise(value);
    }

    private string? Lookup(IReadOnlyDictionary<string, string?> properties) =>
        PropertyKey is not null ? Lookup(properties, PropertyKey) : null;

    private static string? Lookup(IReadOnlyDictionary<string, string?> properties, string key) =>
        properties.TryGetValue(key, out var value) ? value : null;

    private string? Normalise(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return Type switch
        {
            ExportValueType.Integer => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? number.ToString(CultureInfo.InvariantCulture)
                : null,
            ExportValueType.Boolean => bool.TryParse(value.Trim(), out var flag) ? (flag ? "true" : "false") : null,
            _ => value,
        };
    }
}
