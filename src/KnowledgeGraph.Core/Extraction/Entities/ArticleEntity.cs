using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>An entity as known within one article: registry data plus what the text states (aliases, role, ties).</summary>
internal sealed class ArticleEntity(string id, EntityKind kind, string name)
{
    public string Id { get; } = id;

    public EntityKind Kind { get; } = kind;

    public string Name { get; set; } = name;

    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    public string? Role { get; set; }

    /// <summary>Roles the text itself gives the entity (folded: "vice chancellor"), beside the registry's <see cref="Role"/>.</summary>
    public SortedSet<string> TextRoles { get; } = new(StringComparer.Ordinal);

    public string? Country { get; set; }

    public string? CountryPlaceId { get; set; }

    public string? GovernmentId { get; set; }

    public string? Type { get; set; }

    public bool IsGeneric { get; set; }

    /// <summary>Discovered as a one-word speaker and kinded by default, not by any evidence ("Nkwocha said").</summary>
    public bool? KindGuessed { get; set; }

    public List<Membership> Memberships { get; } = [];

    public int MentionCount { get; set; }

    /// <summary>
    /// An outlet, a news agency or a journalist: by the type the text or the registry gave it, or an entity the outlet table
    /// knows by its id ("the Chicago Tribune said", found as a name before the table was consulted).
    /// </summary>
    public bool IsMedia => Type is "outlet" or "agency-news" or "journalist" ||
        (Role is { } r && (r.Contains("journalist", StringComparison.OrdinalIgnoreCase) || r.Contains("reporter", StringComparison.OrdinalIgnoreCase))) ||
        (Kind == EntityKind.Institution && Type is null && Gazetteers.Gazetteer.Default.Outlets.ById(Id) is not null);

    public static ArticleEntity From(RegistryEntry e)
    {
        var a = new ArticleEntity(e.Id, e.Kind, e.Name)
        {
            Role = e.Role, Country = e.Country, CountryPlaceId = e.CountryPlaceId, GovernmentId = e.GovernmentId,
            Type = e.Type, IsGeneric = e.IsGeneric,
        };
        a.Memberships.AddRange(e.Memberships);
        return a;
    }

    private static bool PlaceCompound(string alias) =>
        alias.EndsWith("-based", StringComparison.Ordinal) || alias.EndsWith("-area", StringComparison.Ordinal) || alias.EndsWith("-headquartered", StringComparison.Ordinal);

    public ExtractedEntity ToContract()
    {
        Aliases.Remove(Name);
        foreach (var alias in Aliases)
        {
            if (PlaceCompound(alias))
            {
                Aliases.RemoveWhere(PlaceCompound); // "London-based", "Nashville-area" mention the place; they are no name of it
                break; // (asked first: RemoveWhere allocates a list however few it removes)
            }
        }
        return new ExtractedEntity(Id, Kind, Name, [.. Aliases]) { Role = Role, Country = Country, Memberships = [.. Memberships.Distinct()] };
    }
}
