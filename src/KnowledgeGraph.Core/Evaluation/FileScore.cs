namespace KnowledgeGraph.Evaluation;

/// <summary>The scores of one article (a row of score.py's per-file listing).</summary>
/// <param name="File">Article file name.</param>
/// <param name="Counts">Its tallies.</param>
/// <param name="Missed">Gold claims no statement matched, for reading.</param>
/// <param name="Spurious">Statements that matched no gold claim, for reading.</param>
public sealed record FileScore(string File, EvaluationCounts Counts, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious);
