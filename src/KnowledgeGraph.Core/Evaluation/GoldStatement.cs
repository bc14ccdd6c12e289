namespace KnowledgeGraph.Evaluation;

/// <summary>One expected statement: who, said or denied, a few distinctive words of the evidence, and what it is about.</summary>
/// <param name="Speaker">Speaker entity id.</param>
/// <param name="Stance"><c>said</c> or <c>denied</c>.</param>
/// <param name="Evidence">A short snippet (a few words) that must occur inside the extracted evidence.</param>
/// <param name="About">Entity ids the statement is about (optional).</param>
/// <param name="ReportedBy">Intermediaries the text names (optional).</param>
public sealed record GoldStatement(string Speaker, string Stance, string Evidence, IReadOnlyList<string>? About = null, IReadOnlyList<string>? ReportedBy = null);
