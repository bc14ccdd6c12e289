namespace KnowledgeGraph.Storage;

/// <summary>A claim's tie to another node: a reporter (<c>REPORTED_BY</c>) or a subject (<c>ABOUT</c>).</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="TargetId">An article id (<c>article:…</c>) or an entity id.</param>
public sealed record ClaimLink(string ClaimId, string TargetId);
