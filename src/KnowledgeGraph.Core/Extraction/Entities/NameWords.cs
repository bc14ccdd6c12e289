using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Word lists for telling names from titles, institutions and sentence openers (all folded).</summary>
internal static class NameWords
{
    /// <summary>Titles that precede a name ("Deputy Minister", "General", "journalist").</summary>
    public static WordSet Titles => Lexicon.Current.Titles;

    /// <summary>
    /// A title word as the text writes it: "MD" (managing director) in capitals is one, "Md" of "Md Delwar Hossain"
    /// (Mohammad, as Bangladeshi names abbreviate it) is not.
    /// </summary>
    public static bool IsTitle(Token t) => Titles.Contains(t.Norm) && !(t.Norm == "md" && !t.AllCaps);

    /// <summary>Title words that name an office held by a person ("Minister of Energy and Mines"), not an institution.</summary>
    public static WordSet PersonTitles => Lexicon.Current.PersonTitles;

    /// <summary>Words that make a capitalised run an institution ("Ministry of Justice", "National Liberation Army").</summary>
    public static WordSet InstitutionHeads => Lexicon.Current.InstitutionHeads;

    /// <summary>Trailing words of company names; the rest is a short alias ("Northwind Logistics" → "Northwind").</summary>
    public static WordSet CorporateSuffixes => Lexicon.Current.CorporateSuffixes;

    /// <summary>Capitalised words that open sentences or headings but are not names.</summary>
    public static WordSet NotNames => Lexicon.Current.NotNames;

    /// <summary>Lower-case particles inside names ("Fernández de Cossío", "Ludwig van Beethoven").</summary>
    public static WordSet NameParticles => Lexicon.Current.NameParticles;

    /// <summary>Nouns that introduce an outlet or organisation by name ("the newspaper The Wall Street Journal").</summary>
    public static WordSet InstitutionIntroducers => Lexicon.Current.InstitutionIntroducers;

    /// <summary>"Jr.", "Sr", "III": a word that closes a person's name to tell a generation apart.</summary>
    public static bool IsGeneration(string word) => word is "Jr" or "Jr." or "Sr" or "Sr." or "II" or "III" or "IV";

    /// <summary>The words of a person's name without its generation ("Myles B. Caggins" of "Myles B. Caggins III").</summary>
    public static string[] PersonNameParts(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 && IsGeneration(parts[^1]) ? parts[..^1] : parts;
    }
}
