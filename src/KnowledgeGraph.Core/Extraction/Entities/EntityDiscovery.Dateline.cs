using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// What a dateline names besides its city: the US state written after it ("OSHKOSH, Wis. (WFRV) –", "in Springfield,
/// Ill., on Friday", "SAN JOSE, CA –") and the outlet credited in brackets before the dash ("(WFRV) –"), which is the
/// story's author: an entity of the article, never a speaker or an intermediary (the final match skips it).
/// </summary>
internal static partial class EntityDiscovery
{
    /// <summary>The longest dateline city run looked at before a state abbreviation.</summary>
    internal const int MaxCityWords = 4;

    /// <summary>
    /// The state whose abbreviation stands at token <paramref name="i"/>, after a comma and a city: a US city the gazetteer
    /// knows ("Springfield, Ill."), or any city in capitals opening the paragraph as a dateline ("PLOVER, Wis. –"), since
    /// small towns are missing from the gazetteer. Null otherwise ("Jane Doe, MD" has no city before the comma).
    /// </summary>
    private static DiscoveredName? StateAfterCity(string text, List<Token> tokens, int i)
    {
        if (i < 2 || tokens[i - 1].Norm != "," || !tokens[i - 2].IsWord || !tokens[i - 2].Cap)
        {
            return null;
        }

        var t = tokens[i];
        var length = 1;
        string form;
        if (t.Norm[^1] == '.')
        {
            form = t.Norm; // "N.Y.", one token
        }
        else if (i + 1 < tokens.Count && tokens[i + 1].Norm == "." && tokens[i + 1].Start == t.End)
        {
            form = t.Norm + ".";
            length = 2; // "Wis" "."
        }
        else if (t.AllCaps && t.Norm.Length == 2)
        {
            form = t.Norm; // "WI"
        }
        else
        {
            return null;
        }

        if (!Lexicon.Current.StateAbbreviations.TryGetValue(form, out var code) || Gazetteer.Default.Places.Subdivision(code) is not { } state)
        {
            return null;
        }

        var cityStart = i - 2;
        while (cityStart > 0 && i - 1 - cityStart < MaxCityWords && tokens[cityStart - 1].IsWord && tokens[cityStart - 1].Cap)
        {
            cityStart--;
        }

        var dateline = cityStart == 0;
        for (var k = cityStart; k < i - 1 && dateline; k++)
        {
            dateline = tokens[k].AllCaps || tokens[k].Norm.Length == 1;
        }

        if (!dateline && !UsCityEndsAt(tokens, cityStart, i - 1, state.CountryCode))
        {
            return null;
        }

        return new DiscoveredName(i, i + length, EntityKind.Place, state.Name) { Surface = Join(text, tokens, i, i + length) };
    }

    /// <summary>Some run tokens[s..end) with <paramref name="from"/> ≤ s is a city of the country the gazetteer knows.</summary>
    private static bool UsCityEndsAt(List<Token> tokens, int from, int end, string country)
    {
        for (var s = from; s < end; s++)
        {
            if (Gazetteer.Default.Places.Exact(tokens, s, end) is { } places && places.Any(p => p.Kind == PlaceKind.City && p.CountryCode == country))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "OSHKOSH, Wis. (WFRV) –", "PLOVER (Valley News) —": the outlet in brackets between a dateline in capitals and its
    /// dash, when neither the registry nor the outlet table knows it. Returns the end of the credit, or -1.
    /// </summary>
    private static int DatelineCredit(List<Token> tokens, bool[] covered, int i)
    {
        const int MaxStart = 14;
        const int MaxWords = 4;
        if (i < 2 || i > MaxStart || tokens[i - 1].Norm != "(" || !tokens[0].IsWord || !tokens[0].AllCaps)
        {
            return -1;
        }

        var end = i;
        while (end < tokens.Count && end - i < MaxWords && tokens[end].IsWord && tokens[end].Cap && !covered[end])
        {
            end++;
        }

        return end > i && end + 1 < tokens.Count && tokens[end].Norm == ")" && tokens[end + 1].Norm is "-" or "\u2014" or "\u2013" ? end : -1;
    }
}
