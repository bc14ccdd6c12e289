using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Expansion of the human-written file: one country row yields place, capital and government with their aliases.</summary>
public sealed partial class EntityRegistry
{
    private static readonly string[] GovernmentNouns = ["government", "Government", "regime", "authorities", "administration", "Administration"];

    private void Expand(RegistryFile file, string sourceName)
    {
        var countryIds = new Dictionary<string, (string PlaceId, string GovId, List<string> Demonyms)>(StringComparer.OrdinalIgnoreCase);
        var homeAliases = new List<(string Alias, string Country, string Id)>();
        for (var i = 0; i < file.Countries.Count; i++)
        {
            var row = file.Countries[i];
            Require(row.Name, sourceName, "countries", i);
            var placeId = "place:" + Slug(row.Name);
            var govId = "institution:government-of-" + Slug(row.Name);
            countryIds[row.Name] = (placeId, govId, row.Demonyms);
            foreach (var d in row.Demonyms)
            {
                _demonyms.TryAdd(TextFold.Fold(d), placeId);
            }

            var govAliases = new List<string>(row.GovernmentAliases) { $"Government of {row.Name}", $"{row.Name}'s government", $"{row.Name} government" };
            foreach (var d in row.Demonyms)
            {
                govAliases.AddRange(GovernmentNouns.Select(n => $"{d} {n}"));
            }

            if (row.Capital is { Length: > 0 } capital)
            {
                govAliases.AddRange([$"Government of {capital}", $"{capital} government", $"{capital} administration", $"{capital}'s government"]);
                AddEntry(new RegistryEntry("place:" + Slug(capital), EntityKind.Place, capital, row.CapitalAliases)
                { Country = row.Name, GovernmentId = govId, CountryPlaceId = placeId, Type = "capital" });
            }

            AddEntry(new RegistryEntry(placeId, EntityKind.Place, row.Name, row.Aliases)
            { Country = row.Name, GovernmentId = govId, CountryPlaceId = placeId, Type = "country" });
            AddEntry(new RegistryEntry(govId, EntityKind.Institution, $"Government of {CountryNames.AfterOf(row.Name)}", govAliases)
            { Country = row.Name, CountryPlaceId = placeId, Type = "government" });
        }

        for (var i = 0; i < file.Institutions.Count; i++)
        {
            var row = file.Institutions[i];
            Require(row.Name, sourceName, "institutions", i);
            var id = "institution:" + Slug(row.Id ?? row.Name);
            var aliases = new List<string>(row.Aliases);
            string? countryPlace = null;
            if (row.Country is not null && countryIds.TryGetValue(row.Country, out var c))
            {
                countryPlace = c.PlaceId;
                if (row.Type == "foreign-ministry")
                {
                    _foreignMinistryByCountry.TryAdd(c.PlaceId, id);
                    aliases.AddRange(ForeignMinistryAliases(row.Country, c.Demonyms));
                }
            }

            AddEntry(new RegistryEntry(id, EntityKind.Institution, row.Name, aliases)
            { Role = row.Role, Country = row.Country, Type = row.Type, CountryPlaceId = countryPlace });
            if (row.HomeAliases.Count > 0)
            {
                if (countryPlace is null)
                {
                    throw new InvalidDataException($"The registry file {sourceName} gives home aliases to {row.Name} (institutions entry {i + 1}), which has no country.");
                }

                homeAliases.AddRange(row.HomeAliases.Select(a => (a, countryPlace, id)));
            }
        }

        AddEntry(new RegistryEntry(GenericForeignMinistryId, EntityKind.Institution, "Ministry of Foreign Affairs",
            ["Foreign Ministry", "Foreign Affairs Ministry", "Ministry of Foreign Relations", "Foreign Affairs", "Ministry of External Affairs", "Foreign Office"])
        { Type = "foreign-ministry", IsGeneric = true });

        // A home alias names its entity by default only where nothing else claims it (an alias keeps its first entity).
        foreach (var (alias, country, id) in homeAliases)
        {
            Aliases.Add(alias, id);
            _homeAliases[(TextFold.Fold(alias), country)] = id;
            _homeAliasNames.Add(TextFold.Fold(alias));
        }

        for (var i = 0; i < file.People.Count; i++)
        {
            var row = file.People[i];
            Require(row.Name, sourceName, "people", i);
            var id = "person:" + Slug(row.Id ?? row.Name);
            var memberships = new List<Membership>();
            if (row.Leads is { } leads)
            {
                var target = leads == "government" && row.Country is not null && countryIds.TryGetValue(row.Country, out var c) ? c.GovId : ResolveInstitution(leads);
                if (target is not null)
                {
                    memberships.Add(new Membership(Membership.Leads, target, row.Role));
                    if (target.StartsWith("institution:government-of-", StringComparison.Ordinal))
                    {
                        var surname = row.Name.Split(' ')[^1];
                        AddGovernmentNickname(target, [$"{surname} administration", $"{surname} Administration", $"{row.Name} administration", $"{row.Name} Administration", $"{surname} government", $"Government of {row.Name}"]);
                    }
                }
            }

            if (row.MemberOf is { } member && ResolveInstitution(member) is { } memberId)
            {
                memberships.Add(new Membership(Membership.MemberOf, memberId, row.Role));
            }

            countryIds.TryGetValue(row.Country ?? "", out var home);
            AddEntry(new RegistryEntry(id, EntityKind.Person, row.Name, row.Aliases)
            { Role = row.Role, Country = row.Country, Type = row.Type, Memberships = memberships, CountryPlaceId = home.PlaceId });
        }

        for (var i = 0; i < file.Places.Count; i++)
        {
            var row = file.Places[i];
            Require(row.Name, sourceName, "places", i);
            countryIds.TryGetValue(row.Country ?? "", out var c);
            AddEntry(new RegistryEntry("place:" + Slug(row.Id ?? row.Name), EntityKind.Place, row.Name, row.Aliases)
            { Country = row.Country, Type = row.Type ?? "place", CountryPlaceId = c.PlaceId });
        }
    }

    private void AddGovernmentNickname(string governmentId, IEnumerable<string> aliases)
    {
        foreach (var alias in aliases)
        {
            Aliases.Add(alias, governmentId);
        }
    }

    private string? ResolveInstitution(string nameOrId)
    {
        var id = nameOrId.StartsWith("institution:", StringComparison.Ordinal) ? nameOrId : "institution:" + Slug(nameOrId);
        return _entries.ContainsKey(id) ? id : null;
    }

    private static IEnumerable<string> ForeignMinistryAliases(string country, List<string> demonyms)
    {
        yield return $"{country}'s Foreign Ministry";
        yield return $"{country}'s Ministry of Foreign Affairs";
        yield return $"Foreign Ministry of {country}";
        yield return $"Ministry of Foreign Affairs of {country}";
        foreach (var d in demonyms)
        {
            yield return $"{d} Foreign Ministry";
            yield return $"{d} Ministry of Foreign Affairs";
            yield return $"{d} foreign ministry";
        }
    }

    private static void Require(string name, string sourceName, string section, int index)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidDataException($"The registry file {sourceName} has an entry without a name: {section} entry {index + 1}.");
        }
    }
}
