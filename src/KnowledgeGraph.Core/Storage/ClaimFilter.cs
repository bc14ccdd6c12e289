using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Conditions on claims. Set fields are ANDed; <see cref="And"/>, <see cref="Or"/> and <see cref="Not"/>
/// combine nested filters. Speaker/stance/date/publisher conditions hold when at least one statement of the
/// claim satisfies all of them together. An empty filter matches everything.
/// </summary>
public sealed record ClaimFilter
{
    /// <summary>Claim text or any evidence contains this text (case- and accent-insensitive).</summary>
    public string? TextContains { get; init; }

    /// <summary>A statement of the claim has this speaker (entity id).</summary>
    public string? SpeakerId { get; init; }

    /// <summary>A statement of the claim has this stance.</summary>
    public Stance? Stance { get; init; }

    /// <summary>The claim is ABOUT this entity id.</summary>
    public string? AboutId { get; init; }

    /// <summary>The claim is REPORTED_BY this node id (article or intermediary entity).</summary>
    public string? ReportedById { get; init; }

    /// <summary>A reporting article has this publisher name (case-insensitive, exact).</summary>
    public string? Publisher { get; init; }

    /// <summary>A statement of the claim is in this article id.</summary>
    public string? ArticleId { get; init; }

    /// <summary>A statement is dated on or after this ISO date.</summary>
    public string? From { get; init; }

    /// <summary>A statement is dated on or before this ISO date.</summary>
    public string? To { get; init; }

    /// <summary>True: only claims both said and denied; false: only uncontested ones.</summary>
    public bool? Contested { get; init; }

    /// <summary>Every nested filter must match.</summary>
    public IReadOnlyList<ClaimFilter>? And { get; init; }

    /// <summary>At least one nested filter must match.</summary>
    public IReadOnlyList<ClaimFilter>? Or { get; init; }

    /// <summary>The nested filter must not match.</summary>
    public ClaimFilter? Not { get; init; }
}

/// <summary>Sort orders for claim lists.</summary>
public enum ClaimOrder
{
    /// <summary>Most reporting articles first, then text.</summary>
    Corroboration,

    /// <summary>Earliest statement date first, then text.</summary>
    FirstReported,

    /// <summary>Latest statement date first, then text.</summary>
    LastReported,

    /// <summary>By text, A to Z.</summary>
    Text,
}
