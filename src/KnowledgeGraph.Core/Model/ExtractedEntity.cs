namespace KnowledgeGraph.Model;

/// <summary>An entity as extracted from a document (the contract's <c>entities[]</c>).</summary>
/// <param name="Id">Stable id from kind and normalised name, e.g. <c>person:marco-rubio</c>.</param>
/// <param name="Kind">Person, institution or place.</param>
/// <param name="Name">The canonical display name.</param>
/// <param name="Aliases">Other names the entity goes by.</param>
public sealed record ExtractedEntity(string Id, EntityKind Kind, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>Title or role, e.g. "Deputy Foreign Minister"; null when unknown.</summary>
    public string? Role { get; init; }

    /// <summary>Country the entity belongs to, e.g. "Cuba"; null when unknown.</summary>
    public string? Country { get; init; }

    /// <summary>Institutions a person belongs to or leads, as the text states.</summary>
    public IReadOnlyList<Membership> Memberships { get; init; } = [];
}
