using System.Globalization;
using KnowledgeGraph.Extraction.Attribution;
using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// A ministry written in lower case: "Kenya's interior ministry", "the Kenyan health ministry", "the foreign affairs ministry",
/// "the foreign office", and a country's portfolio authorities ("Tanzanian health authorities").
/// </summary>
internal static partial class EntityDiscovery
{
    /// <summary>
    /// The portfolio words (one or two from the lexicon's <c>portfolioWords</c>) before a lower-case "ministry" at
    /// <paramref name="at"/> name a ministry, named as the convention names them: "Ministry of Interior of Kenya" when a
    /// country's possessive or people's name stands before ("Kenya's", "Kenyan"), else the one of that portfolio an earlier
    /// sentence named with its country, else "Ministry of Interior". The lower-case words are its alias, so a later "the
    /// interior ministry" is the same. A foreign ministry the registry knows for that country is left to the registry.
    /// </summary>
    private static DiscoveredName? LowerCaseMinistry(string text, List<Token> tokens, bool[] covered, int at, EntityRegistry registry,
        List<DiscoveredName> found, Dictionary<string, EntityKind>? earlier)
    {
        var first = at;
        while (first > 0 && at - first < 2 && tokens[first - 1].IsWord && !tokens[first - 1].Cap && !covered[first - 1] &&
            Lexicon.Current.PortfolioWords.Contains(tokens[first - 1].Norm))
        {
            first--;
        }

        if (first == at || (at + 1 < tokens.Count && tokens[at + 1].Norm == "of"))
        {
            return null; // "the ministry", "the interior ministry of …" (a longer name the text writes on)
        }

        var words = new List<string>(2);
        for (var k = first; k < at; k++)
        {
            words.Add(tokens[k].Norm);
        }

        var foreign = words is ["foreign"] or ["foreign", "affairs"] or ["external", "affairs"];
        if (tokens[at].Norm == "office" && words is not ["foreign"])
        {
            return null; // "the foreign office" is a foreign ministry; "the press office" is no ministry
        }

        var portfolio = foreign ? "Foreign Affairs" : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(string.Join(' ', words));
        var country = MinistryCountry(tokens, covered, first, registry, text, out var countryPlace);
        if (tokens[at].Norm == "authorities" && (country is null || foreign))
        {
            return null; // "Tanzanian health authorities" are its health ministry; "health authorities" alone name no one
        }

        if (foreign && countryPlace is not null && registry.ForeignMinistryOf(countryPlace) is { } known)
        {
            // "Iran's foreign ministry": the registry's ministry, when its id is the one its name makes.
            return registry.Get(known) is { } entry && known == "institution:" + KnowledgeGraph.Text.TextFold.Slug(entry.Name)
                ? new DiscoveredName(first, at + 1, EntityKind.Institution, entry.Name) { Surface = Join(text, tokens, first, at + 1) }
                : null;
        }

        var bare = "Ministry of " + portfolio;
        var name = country is not null ? bare + " of " + country : NamedWithCountry(bare + " of ", found, earlier) ?? bare;
        return new DiscoveredName(first, at + 1, EntityKind.Institution, name) { Surface = Join(text, tokens, first, at + 1), Type = "ministry" };
    }

    /// <summary>The country before a ministry's portfolio: a possessive ("Kenya's") or a people's name ("Kenyan").</summary>
    private static string? MinistryCountry(List<Token> tokens, bool[] covered, int first, EntityRegistry registry, string text, out string? placeId)
    {
        placeId = CountryBefore(tokens, covered, first, registry, text);
        if (placeId is not null)
        {
            return registry.Get(placeId)?.Name;
        }

        var k = first - 1;
        if (k >= 0 && tokens[k].Norm == "'s")
        {
            k--;
        }

        if (k < 0 || !tokens[k].IsWord || !tokens[k].Cap)
        {
            return null;
        }

        if (Gazetteer.Default.CountryOfDemonym(tokens[k].Norm) is { } byDemonym)
        {
            return byDemonym.Name;
        }

        var s = k;
        while (s > 0 && covered[s - 1] && tokens[s - 1].IsWord && k - s < 4)
        {
            s--;
        }

        var place = Gazetteer.Default.MatchPlace(tokens, s, k + 1);
        return place.Length == k + 1 - s && Array.Find(place.Items, x => x.Kind == PlaceKind.Country) is { } c ? c.Name : null;
    }

    /// <summary>The ministry of that portfolio an earlier sentence named with its country ("Ministry of Interior of Kenya").</summary>
    private static string? NamedWithCountry(string prefix, List<DiscoveredName> found, Dictionary<string, EntityKind>? earlier)
    {
        foreach (var d in found)
        {
            if (d.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return d.Name;
            }
        }

        if (earlier is not null)
        {
            foreach (var n in earlier.Keys)
            {
                if (n.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return n;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "the U.S. military", "the UK army", "Israel's army", "U.S. forces": a country the gazetteer or registry matched right
    /// before a lower-case "military", "army", "navy", "forces" or "troops", or its possessive, names its armed forces, written as the text writes them. (A people's name before them, "the Israeli
    /// military", is read by the institution run.)
    /// </summary>
    private static DiscoveredName? CountryMilitary(string text, List<Token> tokens, bool[] covered, int at, EntityRegistry registry)
    {
        var k = at - 1;
        if (k > 0 && tokens[k].Norm == "'s")
        {
            // "Israel's army said", "Israel's army on Sunday denied": the possessive names the forces only before a verb,
            // a preposition or punctuation ("China's military training" is an exercise, not the forces).
            if (at + 1 < tokens.Count && tokens[at + 1].IsWord && !SpeechLexicon.IsVerb(tokens[at + 1].Norm) &&
                tokens[at + 1].Norm is not ("on" or "has" or "have" or "had" or "is" or "was" or "also" or "later" or "spokesman" or "spokeswoman" or "spokesperson"))
            {
                return null;
            }

            k--;
        }

        if (k < 0 || !covered[k] || !tokens[k].IsWord || (at + 1 < tokens.Count && AttributiveNounAfter(tokens[at + 1])))
        {
            return null; // "two U.S. military helicopters", "a US army base": an adjective of what follows
        }

        var s = k;
        while (s > 0 && covered[s - 1] && tokens[s - 1].IsWord && k - s < 3)
        {
            s--;
        }

        var place = Gazetteer.Default.MatchPlace(tokens, s, k + 1);
        return place.Length == k + 1 - s && Array.Exists(place.Items, x => x.Kind == PlaceKind.Country) && registry is not null
            ? new DiscoveredName(s, at + 1, EntityKind.Institution, Join(text, tokens, s, at + 1))
            : null;
    }

    /// <summary>
    /// "the U.S. embassy", "the US embassy in Havana", "a Kenyan embassy spokesperson": a country (its name, possessive or
    /// people's name) before a lower-case "embassy" names that country's embassy, named as the convention names them
    /// ("Embassy of the United States in Havana"), the words as written its alias.
    /// </summary>
    private static DiscoveredName? CountryEmbassy(string text, List<Token> tokens, bool[] covered, int at, EntityRegistry registry)
    {
        var k = at - 1;
        if (k >= 0 && tokens[k].Norm == "'s")
        {
            k--;
        }

        if (k < 0 || !tokens[k].IsWord || !tokens[k].Cap || MinistryCountry(tokens, covered, at, registry, text, out _) is not { } country)
        {
            return null;
        }

        var s = k;
        while (s > 0 && covered[s - 1] && tokens[s - 1].IsWord && tokens[s - 1].Cap && k - s < 3)
        {
            s--;
        }

        var end = at + 1;
        var name = "Embassy of " + CountryNames.AfterOf(country);
        if (end + 1 < tokens.Count && tokens[end].Norm == "in" && tokens[end + 1].IsWord && tokens[end + 1].Cap)
        {
            var city = end + 1;
            var cityEnd = city;
            while (cityEnd < tokens.Count && cityEnd < city + 3 && tokens[cityEnd].IsWord && tokens[cityEnd].Cap)
            {
                cityEnd++;
            }

            name += " in " + Join(text, tokens, city, cityEnd);
            end = cityEnd;
        }

        return new DiscoveredName(s, end, EntityKind.Institution, name) { Surface = Join(text, tokens, s, end), Type = "embassy" };
    }

    /// <summary>A lower-case noun after "military" that it modifies: a plural ("helicopters", "officials") or a thing of the forces.</summary>
    private static bool AttributiveNounAfter(Token t) =>
        t.IsWord && !t.Cap && !SpeechLexicon.IsVerb(t.Norm) &&
        ((t.Norm.Length > 3 && t.Norm[^1] == 's' && t.Norm is not ("has" or "was" or "is" or "says" or "insists" or "denies")) ||
         t.Norm is "base" or "aircraft" or "personnel" or "presence" or "action" or "operation" or "plane" or "jet" or "helicopter" or "drone" or
             "court" or "academy" or "hospital" or "intelligence" or "equipment" or "aid" or "assistance" or "exercise" or "official" or "officer" or
             "commander" or "chief" or "leader" or "source" or "spending" or "budget" or "strike" or "campaign" or "force" or "vehicle" or "convoy");
}
