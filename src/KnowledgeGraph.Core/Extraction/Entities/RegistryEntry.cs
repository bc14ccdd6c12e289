using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>One known entity after the registry file is expanded (countries yield a place, a capital and a government).</summary>
internal sealed record RegistryEntry(string Id, EntityKind Kind, string Name, IReadOnlyList<string> Aliases)
{
    public string? Role { get; init; }

    public string? Country { get; init; }

    /// <summary>For capitals and countries: the government they stand for when they act as speakers.</summary>
    public string? GovernmentId { get; init; }

    /// <summary>For governments, ministries and capitals: the country a claim's "it"/"we" refers to.</summary>
    public string? CountryPlaceId { get; init; }

    /// <summary>"outlet", "government", "foreign-ministry", "country", "city", … (free text from the file).</summary>
    public string? Type { get; init; }

    /// <summary>Ids of institutions this person leads or belongs to.</summary>
    public IReadOnlyList<Membership> Memberships { get; init; } = [];

    /// <summary>A generic name ("the Foreign Ministry") to be resolved to a country's entity by context.</summary>
    public bool IsGeneric { get; init; }

    public bool IsMedia => Type is "outlet" or "agency-news" or "journalist";
}
