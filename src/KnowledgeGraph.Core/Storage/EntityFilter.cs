using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Conditions on entities. Set fields are ANDed; <see cref="And"/>, <see cref="Or"/> and <see cref="Not"/>
/// combine nested filters. An empty filter matches everything.
/// </summary>
public sealed record EntityFilter
{
    /// <summary>Name or any alias contains this text (case- and accent-insensitive).</summary>
    public string? NameContains { get; init; }

    /// <summary>Entity kinds to keep; null or empty keeps all.</summary>
    public IReadOnlyList<EntityKind>? Kinds { get; init; }

    /// <summary>Every nested filter must match.</summary>
    public IReadOnlyList<EntityFilter>? And { get; init; }

    /// <summary>At least one nested filter must match.</summary>
    public IReadOnlyList<EntityFilter>? Or { get; init; }

    /// <summary>The nested filter must not match.</summary>
    public EntityFilter? Not { get; init; }
}

/// <summary>Sort orders for entity lists.</summary>
public enum EntityOrder
{
    /// <summary>By name, A to Z.</summary>
    Name,

    /// <summary>Most statements first, then name.</summary>
    StatementCount,

    /// <summary>Most articles mentioning first, then name.</summary>
    MentionCount,
}
