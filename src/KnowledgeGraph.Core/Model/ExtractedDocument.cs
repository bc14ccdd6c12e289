namespace KnowledgeGraph.Model;

/// <summary>Everything extracted from one article (the contract's <c>documents[]</c>).</summary>
/// <param name="Source">The article itself.</param>
/// <param name="Entities">Entities mentioned in the article.</param>
/// <param name="Statements">Attributed statements found in the article.</param>
public sealed record ExtractedDocument(
    SourceInfo Source,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedStatement> Statements)
{
    /// <summary>Warnings raised while reading or extracting (skipped parts and why). Not part of the graph or the JSON.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
