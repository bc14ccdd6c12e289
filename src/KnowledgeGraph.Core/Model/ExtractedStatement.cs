namespace KnowledgeGraph.Model;

/// <summary>One attributed statement (the contract's <c>statements[]</c>): a speaker said or denied a claim.</summary>
/// <param name="SpeakerId">The speaking entity's id.</param>
/// <param name="Stance">Said or denied.</param>
/// <param name="ClaimId">Stable id of the normalised, positively stated claim.</param>
/// <param name="Claim">The claim, stated positively.</param>
/// <param name="Evidence">Exact text from the article.</param>
/// <param name="Start">Start offset of <paramref name="Evidence"/> in the article text (UTF-16 chars).</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="ReportedBy">Intermediaries named in the text (outlets, journalists): entity ids.</param>
/// <param name="About">Entities the claim is about.</param>
public sealed record ExtractedStatement(
    string SpeakerId,
    Stance Stance,
    string ClaimId,
    string Claim,
    string Evidence,
    int Start,
    int End,
    IReadOnlyList<string> ReportedBy,
    IReadOnlyList<string> About)
{
    /// <summary>
    /// The extraction rule (attribution sieve) that produced the statement, e.g. <c>verb-subject</c> or
    /// <c>quote-then-verb</c>; null for statements that were not extracted (hand-written facts).
    /// </summary>
    public string? Rule { get; init; }
}
