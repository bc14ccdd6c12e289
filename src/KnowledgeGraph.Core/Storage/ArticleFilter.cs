namespace KnowledgeGraph.Storage;

/// <summary>Conditions on articles; set fields are ANDed.</summary>
public sealed record ArticleFilter
{
    /// <summary>Title contains this text (case-insensitive).</summary>
    public string? TitleContains { get; init; }

    /// <summary>Publisher name (case-insensitive, exact).</summary>
    public string? Publisher { get; init; }

    /// <summary>Published on or after this ISO date.</summary>
    public string? From { get; init; }

    /// <summary>Published on or before this ISO date.</summary>
    public string? To { get; init; }

    /// <summary>The article MENTIONS this entity id.</summary>
    public string? MentionsId { get; init; }
}
