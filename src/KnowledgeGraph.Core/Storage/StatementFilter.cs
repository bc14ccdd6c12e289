using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>Conditions on statements (SAID/DENIED edges); set fields are ANDed.</summary>
public sealed record StatementFilter
{
    /// <summary>Only statements by these speakers; null for any.</summary>
    public IReadOnlyList<string>? SpeakerIds { get; init; }

    /// <summary>Only statements of these claims; null for any.</summary>
    public IReadOnlyList<string>? ClaimIds { get; init; }

    /// <summary>Only statements in these articles; null for any.</summary>
    public IReadOnlyList<string>? ArticleIds { get; init; }

    /// <summary>Only this stance; null for both.</summary>
    public Stance? Stance { get; init; }

    /// <summary>Dated on or after this ISO date.</summary>
    public string? From { get; init; }

    /// <summary>Dated on or before this ISO date.</summary>
    public string? To { get; init; }
}
