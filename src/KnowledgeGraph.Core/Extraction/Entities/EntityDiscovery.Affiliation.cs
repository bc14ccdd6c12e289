using KnowledgeGraph.Extraction.Attribution;
using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// A name between a determiner (with up to two words that describe the noun) and a noun that says what the name is, or
/// who belongs to it: "the experienced Harlow Rovers striker", "The Quayside Tonight star", "the then-governing Unity
/// party", "the Made In Harlow star". The name is an institution (a club, a party, a company, a programme). Names of
/// places ("the Sheboygan striker"), people ("the Jane Roe spokesman") and titles ("the Deputy leader") are left alone.
/// </summary>
internal static partial class EntityDiscovery
{
    private const int MaxAffiliationWords = 5;
    private const int MaxDescribingWords = 2;

    /// <summary>The institution named from token <paramref name="i"/> on before a class or affiliation noun, or null.</summary>
    private static DiscoveredName? NameBeforeClassNoun(string text, List<Token> tokens, bool[] covered, int i, EntityRegistry registry)
    {
        var start = i;
        if (tokens[i].Norm is "the" or "a" or "an" && SentenceOpener(tokens, i))
        {
            start = i + 1; // "The Harlow Rovers striker …" opening a sentence
        }
        else if (!DeterminerBefore(tokens, i))
        {
            return SportClubName(text, tokens, covered, i, registry);
        }

        var end = start;
        while (end < tokens.Count && end - start < MaxAffiliationWords && tokens[end].IsWord && tokens[end].Cap && !covered[end] && !LowerCaseCompound(text, tokens[end]))
        {
            end++;
        }

        if (end == start || end >= tokens.Count || !tokens[end].IsWord || tokens[end].Cap ||
            !(Lexicon.Current.AffiliationNouns.Contains(tokens[end].Norm) || Lexicon.Current.OrganisationClassNouns.Contains(tokens[end].Norm)))
        {
            return null;
        }

        for (var k = start + 1; k < end - 1; k++)
        {
            if (NameWords.NotNames.Contains(tokens[k].Norm) && tokens[k].Norm is not ("in" or "of" or "the" or "and" or "on" or "at" or "for"))
            {
                return null;
            }
        }

        if (!NamesAnOrganisation(tokens, start, end, registry))
        {
            return null; // "the Cuban leader", "the Sheboygan striker", "the Jane Roe spokesman"
        }

        // "the Unity party": the party's name as the text writes it, noun and all, is an alias ("Unity party"). Before a
        // person's noun ("the Unity leader") the name only describes the person, who may be the one speaking.
        var classNoun = Lexicon.Current.OrganisationClassNouns.Contains(tokens[end].Norm);
        return new DiscoveredName(start, end, EntityKind.Institution, Join(text, tokens, start, end))
        {
            Surface = tokens[end].Norm == "party" ? Join(text, tokens, start, end + 1) : null,
            ModifierOnly = !classNoun,
        };
    }

    /// <summary>
    /// "Aston Villa football club of England have denied …", "Harlow Rovers basketball club said": a capitalised run that
    /// opens a name, with no determiner, before a sport's noun and "club" or "team" names a club, whatever words the
    /// name is made of (a given name and a surname here: "Aston Villa").
    /// </summary>
    private static DiscoveredName? SportClubName(string text, List<Token> tokens, bool[] covered, int i, EntityRegistry registry)
    {
        if (covered[i] || !tokens[i].IsWord || !tokens[i].Cap || tokens[i].AllCaps || (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Cap && !SentenceOpener(tokens, i - 1)))
        {
            return null;
        }

        var end = i;
        while (end < tokens.Count && end - i < MaxAffiliationWords && tokens[end].IsWord && tokens[end].Cap && !covered[end] && !NameWords.IsTitle(tokens[end]))
        {
            end++;
        }

        if (end == i || end + 1 >= tokens.Count || tokens[end].Cap || !Lexicon.Current.SportNouns.Contains(tokens[end].Norm) || tokens[end + 1].Norm is not ("club" or "team") ||
            (end - i == 1 && NameWords.NotNames.Contains(tokens[i].Norm)) || registry.CountryOfDemonym(tokens[end - 1].Norm) is not null)
        {
            return null; // "The football club", "Brazilian football club"
        }

        return new DiscoveredName(i, end, EntityKind.Institution, Join(text, tokens, i, end)) { Type = "sports-club" };
    }

    /// <summary>
    /// "an analyst at Quintbank", "whistleblowers at Kestrel Aviation", "who worked at Harlow Freight": the name after a
    /// person's noun or a word for working and "at" is where they work, an institution; not a place ("a lawyer at Sheboygan").
    /// </summary>
    private static DiscoveredName? EmployerAfterRole(string text, List<Token> tokens, bool[] covered, int i, EntityRegistry registry)
    {
        if (i < 2 || tokens[i - 1].Norm != "at" || tokens[i - 1].Cap || !tokens[i - 2].IsWord || tokens[i - 2].Cap)
        {
            return null;
        }

        var role = tokens[i - 2].Norm;
        if (!Lexicon.Current.PersonNouns.Contains(role) && !NameWords.Titles.Contains(role) && !Lexicon.Current.EmploymentWords.Contains(role))
        {
            return null;
        }

        var end = CapitalisedRun(text, tokens, covered, i, 4);
        return end > i && NamesAnOrganisation(tokens, i, end, registry)
            ? new DiscoveredName(i, end, EntityKind.Institution, Join(text, tokens, i, end))
            : null;
    }

    /// <summary>
    /// "Quintbank chief executive Jane Roe", "Zentra MP Tom Hale": a name (the run tokens[i..end)) right before a person's
    /// title and the person's name is the organisation they hold it in. The name only describes the person, so it gets
    /// no alias.
    /// </summary>
    private static DiscoveredName? EmployerBeforeTitle(string text, List<Token> tokens, int i, int end, EntityRegistry registry)
    {
        if (end - i > 3 || end >= tokens.Count || !tokens[end].IsWord || tokens[end].Cap ||
            (i > 0 && tokens[i - 1].IsWord && (tokens[i - 1].Cap || Lexicon.Current.Determiners.Contains(tokens[i - 1].Norm))))
        {
            return null; // no title after the name; or inside a longer name, or after a determiner (NameBeforeClassNoun reads that)
        }

        var k = end;
        var strong = false;
        while (k < tokens.Count && k - end < 3 && tokens[k].IsWord && !tokens[k].Cap && (NameWords.IsTitle(tokens[k]) || TitleAdjective(tokens, k)))
        {
            strong |= NameWords.IsTitle(tokens[k]) && (Lexicon.Current.AffiliationNouns.Contains(tokens[k].Norm) || !Lexicon.Current.WeakTitles.Contains(tokens[k].Norm));
            k++;
        }

        if (end == i || k == end || !strong || k >= tokens.Count || !tokens[k].IsWord || !tokens[k].Cap || tokens[k].AllCaps ||
            (end - i == 1 && NameWords.InstitutionHeads.Contains(tokens[i].Norm)) || // "Club captain Sam Whitfield"
            (end - i == 1 && (i == 0 || !tokens[i - 1].IsWord) && (IsEnglishWord(tokens[i].Norm) || LongDerivedWord(tokens[i].Norm))) || // "Port director Jane Roe", "Investigative journalist X" opening a sentence
            NameWords.NotNames.Contains(tokens[k].Norm) || !(Gazetteer.Default.IsGivenName(tokens[k].Norm) || !IsEnglishWord(tokens[k].Norm)) ||
            !NamesAnOrganisation(tokens, i, end, registry))
        {
            return null;
        }

        return new DiscoveredName(i, end, EntityKind.Institution, Join(text, tokens, i, end)) { ModifierOnly = true };
    }

    /// <summary>
    /// "presidential" of "Unity Alliance presidential candidate Joe Marsh", "regional" of "Quintbank regional director":
    /// an adjective (-al, -ary, -ic, -ive) right before a title word.
    /// </summary>
    private static bool TitleAdjective(List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k + 1] is { IsWord: true, Cap: false } title && NameWords.IsTitle(title) && tokens[k].Norm.Length > 5 &&
        (tokens[k].Norm.EndsWith("al", StringComparison.Ordinal) || tokens[k].Norm.EndsWith("ary", StringComparison.Ordinal) ||
         tokens[k].Norm.EndsWith("ic", StringComparison.Ordinal) || tokens[k].Norm.EndsWith("ive", StringComparison.Ordinal)) &&
        !SpeechLexicon.IsVerb(tokens[k].Norm);

    private static readonly string[] PostingVerbs = ["posted", "wrote", "shared", "tweeted", "uploaded", "posting", "writing", "sharing", "post", "posts", "account", "page", "video", "livestream"];

    private static readonly string[] ForVerbs = ["plays", "played", "playing", "play", "signed", "signs", "works", "worked", "working", "writes", "wrote", "writing"];

    /// <summary>
    /// "took to Quaygram", "posted on Quaygram", "plays for Kelmar United", "worked for Quintbank": the name after these is
    /// a platform, club or employer, an institution (not a place: "worked for Sheboygan" stays unread).
    /// </summary>
    private static DiscoveredName? NameAfterPlatformOrClubCue(string text, List<Token> tokens, bool[] covered, int i, EntityRegistry registry)
    {
        if (i < 2 || !tokens[i - 2].IsWord || tokens[i - 1].Cap)
        {
            return null;
        }

        var cue = tokens[i - 1].Norm switch
        {
            "to" => tokens[i - 2].Norm is "took" or "takes" or "taking" or "take",
            "on" => Array.IndexOf(PostingVerbs, tokens[i - 2].Norm) >= 0,
            "for" => Array.IndexOf(ForVerbs, tokens[i - 2].Norm) >= 0,
            _ => false,
        };
        if (!cue)
        {
            return null;
        }

        var end = CapitalisedRun(text, tokens, covered, i, 4);
        // A lone letter ("wrote on X") is left to the registry: our own articles' gold does not annotate the platform.
        return end > i && NamesAnOrganisation(tokens, i, end, registry) && !(end - i == 1 && (tokens[i].Norm.Length == 1 || Gazetteer.Default.IsGivenName(tokens[i].Norm)))
            ? new DiscoveredName(i, end, EntityKind.Institution, Join(text, tokens, i, end))
            : null;
    }

    /// <summary>The end of the run of capitalised, uncovered words from token i (at most <paramref name="most"/>), no function words inside.</summary>
    private static int CapitalisedRun(string text, List<Token> tokens, bool[] covered, int i, int most)
    {
        var end = i;
        while (end < tokens.Count && end - i < most && tokens[end].IsWord && tokens[end].Cap && !covered[end] && !LowerCaseCompound(text, tokens[end]) &&
            !NameWords.NotNames.Contains(tokens[end].Norm))
        {
            end++;
        }

        return end;
    }

    /// <summary>tokens[start..end) can name an organisation: plain edges, no demonym, no place, not a person's full name.</summary>
    private static bool NamesAnOrganisation(List<Token> tokens, int start, int end, EntityRegistry registry)
    {
        var g = Gazetteer.Default;
        return PlainNameEdge(tokens[start]) && PlainNameEdge(tokens[end - 1]) &&
            !(end - start == 1 && (registry.CountryOfDemonym(tokens[start].Norm) is not null || g.CountryOfDemonym(tokens[start].Norm) is not null)) &&
            !(end - start == 2 && registry.CountryOfDemonym(tokens[start].Norm + " " + tokens[start + 1].Norm) is not null) && // "the South Korean company"
            g.MatchPlace(tokens, start, end).Length != end - start &&
            !(end - start >= 2 && g.Names.FlagsOf(tokens[start].Norm) == NameFlags.Given);
    }

    /// <summary>
    /// "Quayside's Jane Roe", "FactLens's Tom Hale": the one word in possession of a person's full name is who they work
    /// for, an institution, when it is no place, demonym, surname or person's given name ("Cuba's Jane Roe", "Hale's Jane
    /// Roe" are not). The person must be a name of two words or more the paragraph found.
    /// </summary>
    private static void EmployersOfPeople(string text, List<Token> tokens, bool[] covered, EntityRegistry registry, List<DiscoveredName> found)
    {
        var count = found.Count;
        for (var n = 0; n < count; n++)
        {
            var person = found[n];
            var k = person.First - 2;
            if (person.Kind != EntityKind.Person || person.End - person.First < 2 || k < 0 || tokens[person.First - 1].Norm != "'s")
            {
                continue;
            }

            var owner = tokens[k];
            var g = Gazetteer.Default;
            var flags = g.Names.FlagsOf(owner.Norm);
            if (!owner.IsWord || !owner.Cap || covered[k] || (k > 0 && tokens[k - 1].IsWord && tokens[k - 1].Cap && !SentenceOpener(tokens, k - 1)) ||
                !PlainNameEdge(owner) || registry.CountryOfDemonym(owner.Norm) is not null || g.CountryOfDemonym(owner.Norm) is not null ||
                g.MatchPlace(tokens, k, k + 1).Length > 0 || g.IsSurname(owner.Norm) || (flags.HasFlag(NameFlags.Given) && !flags.HasFlag(NameFlags.CommonWord)) ||
                found.Exists(d => d.First <= k && k < d.End))
            {
                continue;
            }

            found.Add(new DiscoveredName(k, k + 1, EntityKind.Institution, Join(text, tokens, k, k + 1)));
        }
    }

    /// <summary>A word that can open or close the name: no title, no sentence opener, no common acronym, no organisation head on its own.</summary>
    private static bool PlainNameEdge(Token t) =>
        !NameWords.NotNames.Contains(t.Norm) && !NameWords.IsTitle(t) && !Lexicon.Current.CommonAcronyms.Contains(t.Norm) &&
        !char.IsDigit(t.Norm[0]);

    /// <summary>A determiner or possessive before token i, with up to two describing words between ("the experienced", "the then-governing").</summary>
    private static bool DeterminerBefore(List<Token> tokens, int i)
    {
        var k = i - 1;
        for (var described = 0; k >= 0 && described <= MaxDescribingWords; described++, k--)
        {
            var t = tokens[k];
            if (t.Norm == "'s" || (t.IsWord && Lexicon.Current.Determiners.Contains(t.Norm) && (!t.Cap || SentenceOpener(tokens, k))))
            {
                return true;
            }

            if (!t.IsWord || t.Cap || NameWords.NotNames.Contains(t.Norm) || SpeechLexicon.IsVerb(t.Norm) || Lexicon.Current.Prepositions.Contains(t.Norm))
            {
                return false;
            }
        }

        return false;
    }
}
