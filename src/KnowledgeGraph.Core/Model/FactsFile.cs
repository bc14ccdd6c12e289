namespace KnowledgeGraph.Model;

/// <summary>The root of the <c>kg extract --format json</c> contract and of reviewed facts files.</summary>
/// <param name="Documents">One entry per article.</param>
public sealed record FactsFile(IReadOnlyList<ExtractedDocument> Documents);
