using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>A SAID or DENIED edge with its evidence.</summary>
/// <param name="Id">Stable id (speaker, stance, claim, article, offsets).</param>
/// <param name="SpeakerId">The speaking entity.</param>
/// <param name="Stance">Said or denied.</param>
/// <param name="ClaimId">The claim.</param>
/// <param name="ArticleId">The article the evidence is in.</param>
/// <param name="Evidence">Exact text from the article.</param>
/// <param name="Start">Start offset in the article text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Date">The article's date (ISO), or null.</param>
/// <param name="ReportedBy">Intermediary entity ids named for this statement.</param>
public sealed record StatementRecord(
    string Id,
    string SpeakerId,
    Stance Stance,
    string ClaimId,
    string ArticleId,
    string Evidence,
    int Start,
    int End,
    string? Date,
    IReadOnlyList<string> ReportedBy)
{
    /// <summary>
    /// The extraction rule (attribution sieve) that produced the statement, as in the facts' <c>rule</c>
    /// (<see cref="ExtractedStatement.Rule"/>); null for hand-written facts.
    /// </summary>
    public string? Rule { get; init; }
}
