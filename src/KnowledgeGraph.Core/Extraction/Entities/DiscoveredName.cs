using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>A name the registry lacks, found from a title, an apposition or an introducing noun.</summary>
internal sealed record DiscoveredName(int First, int End, EntityKind Kind, string Name)
{
    public string? Role { get; init; }

    public string? CountryPlaceId { get; init; }

    /// <summary>"outlet" when the text presents the name as a news outlet ("Epoca magazine", "Valleywag reported").</summary>
    public string? Type { get; init; }

    /// <summary>The kind is only the default for a name in speaker position that no gazetteer or cue kinds.</summary>
    public bool KindGuessed { get; init; }

    /// <summary>The words as the text writes them when <see cref="Name"/> is the full name ("Wis." of "Wisconsin").</summary>
    public string? Surface { get; init; }

    /// <summary>
    /// Written inside a longer token ("Jane Roe" of "the Jane Roe-led group"), so no alias match will find it again: the
    /// discovery itself is its mention.
    /// </summary>
    public bool Inline { get; init; }

    /// <summary>
    /// Found only as the modifier of a person's description ("the Harlow Rovers striker", "The Unity leader said"): an
    /// entity of the article, but no alias, so that the description, not the organisation, stays the subject where it
    /// speaks. The discovery itself is its mention.
    /// </summary>
    public bool ModifierOnly { get; init; }

    /// <summary>"(ELN)" after the name: an acronym to match later in the article.</summary>
    public string? Acronym { get; init; }
}
