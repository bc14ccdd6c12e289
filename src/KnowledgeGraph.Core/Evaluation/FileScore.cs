namespace KnowledgeGraph.Evaluation;

/// <summary>The scores of one article.</summary>
/// <param name="File">Article file name.</param>
/// <param name="Statements">Statement score.</param>
/// <param name="Denials">Denial score.</param>
/// <param name="Entities">Entity score.</param>
/// <param name="Missed">Gold statements no prediction matched (speaker, stance, snippet), for reading.</param>
/// <param name="Spurious">Predictions that matched no gold statement, for reading.</param>
public sealed record FileScore(string File, Score Statements, Score Denials, Score Entities, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious);
