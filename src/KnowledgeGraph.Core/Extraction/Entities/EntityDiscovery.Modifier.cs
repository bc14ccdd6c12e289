using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Names written as the first half of a hyphenated modifier: "the Jane Roe-led group", "a Tessa Marlowe-owned firm",
/// "the Harlow Ports-backed bid". The modifier is no part of a name (the run stops before it), but the name inside it
/// is an entity of the article. Only names of two words or more: a lone word before "-led" ("Saudi-led", "Kremlin-backed",
/// "Adani-led") is as often a country, a building or a family as an organisation.
/// </summary>
internal static partial class EntityDiscovery
{
    /// <summary>The name made of tokens[start..end) and the capitalised half of the modifier at <paramref name="end"/>, or null.</summary>
    private static DiscoveredName? ModifierName(string text, List<Token> tokens, bool[] covered, int start, int end)
    {
        if (end <= start || end >= tokens.Count || covered[end] || !tokens[end].IsWord || !tokens[end].Cap || !LowerCaseCompound(text, tokens[end]))
        {
            return null;
        }

        var t = tokens[end];
        var hyphen = text.LastIndexOf('-', t.End - 1, t.End - t.Start);
        var head = text.AsSpan(t.Start, hyphen - t.Start);
        if (!Lexicon.Current.CompoundModifiers.Contains(TextFold.Fold(text.AsSpan(hyphen + 1, t.End - hyphen - 1))) ||
            head.Contains('-') || !char.IsUpper(head[0]) || head.Length < 2)
        {
            return null;
        }

        var name = text[tokens[start].Start..hyphen];
        var g = Gazetteer.Default;
        var headFolded = TextFold.Fold(head);
        var kind = g.IsGivenName(tokens[start].Norm) || (ForeignName(tokens, start, end) && !IsEnglishWord(headFolded) && !g.Words.Contains(headFolded))
            ? EntityKind.Person
            : EntityKind.Institution;
        return new DiscoveredName(start, end + 1, kind, name) { Inline = true };
    }

    /// <summary>Every word of tokens[start..end) is a plain capitalised word that is no English word, place or demonym.</summary>
    private static bool ForeignName(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || t.AllCaps || t.Norm.Length < 2 || IsEnglishWord(t.Norm) || NameWords.InstitutionHeads.Contains(t.Norm) ||
                Gazetteer.Default.CountryOfDemonym(t.Norm) is not null || Gazetteer.Default.MatchPlace(tokens, k, k + 1).Length > 0)
            {
                return false;
            }
        }

        return true;
    }
}
