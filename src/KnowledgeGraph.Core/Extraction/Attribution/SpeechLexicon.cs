using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Words of reporting: speech and denial verbs, and the nouns that stand for speakers ("the diplomat", "the statement").</summary>
internal static class SpeechLexicon
{
    private static FrozenDictionary<string, (string Lemma, bool Denial)> Verbs => Lexicon.Current.Verbs;

    /// <summary>Nouns for people, resolved to the last fitting person.</summary>
    public static WordSet PersonNouns => Lexicon.Current.PersonNouns;

    /// <summary>Nouns for documents that speak for whoever issued them.</summary>
    public static WordSet DocumentNouns => Lexicon.Current.DocumentNouns;

    /// <summary>Nouns for organisations, resolved to the last fitting institution.</summary>
    public static WordSet InstitutionNouns => Lexicon.Current.InstitutionNouns;

    /// <summary>
    /// A noun for a business ("the company", "the drugmaker", "the bakeshop"): the lexicon's companyNouns or shopNouns, or any word
    /// made with "-maker" ("automaker", "chipmaker").
    /// </summary>
    public static bool IsCompanyNoun(string norm) =>
        Lexicon.Current.CompanyNouns.Contains(norm) || Lexicon.Current.ShopNouns.Contains(norm) || (norm.Length > 6 && norm.EndsWith("maker", StringComparison.Ordinal) && norm.All(char.IsLetter));

    /// <summary>A noun for any organisation: <see cref="InstitutionNouns"/> or a <see cref="IsCompanyNoun">company noun</see>.</summary>
    public static bool IsInstitutionNoun(string norm) => InstitutionNouns.Contains(norm) || IsCompanyNoun(norm);

    public static bool TryVerb(string norm, out string lemma, out bool denial)
    {
        if (Lexicon.Current.VerbFilter.MayContain(norm) && Verbs.TryGetValue(norm, out var v))
        {
            (lemma, denial) = v;
            return true;
        }

        lemma = "";
        denial = false;
        return false;
    }

    /// <summary>
    /// "(went on to) stress", "(took to Twitter to) claim", "(to) emphasise": a base form the lexicon leaves out because it
    /// is mostly a noun, known as the lemma of its other forms ("stressed", "claimed"); read only after "to".
    /// </summary>
    public static bool TryInfinitive(string norm, out string lemma, out bool denial)
    {
        if (Lexicon.Current.Lemmas.TryGetValue(norm, out var v))
        {
            (lemma, denial) = v;
            return true;
        }

        lemma = "";
        denial = false;
        return false;
    }

    /// <summary>
    /// A form of a speech or denial verb. "rules", "ruled", "lashed" and their kin count only where their particle is read
    /// ("rules out", "lashed out at", by <see cref="SpeechVerbs.IsSpeechVerb"/>), so "Covid rules" or "the ruling party"
    /// make no speaker of the word before.
    /// </summary>
    public static bool IsVerb(string norm) => IsVerbForm(norm) && norm is not ("rules" or "ruled" or "ruling" or "lashed" or "lashes" or "lashing");

    // The lexicon's filter first: most words are not verb forms and are turned away without a hash.
    private static bool IsVerbForm(string norm)
    {
        var lexicon = Lexicon.Current;
        return lexicon.VerbFilter.MayContain(norm) && lexicon.Verbs.ContainsKey(norm);
    }

    private static WordSet WeakLemmas => Lexicon.Current.WeakSpeechVerbs;

    /// <summary>Verbs that, inside another speaker's that-clause, belong to the content rather than start a new statement.</summary>
    public static bool IsWeak(string lemma) => WeakLemmas.Contains(lemma);

    /// <summary>True when a speech verb occurs within <paramref name="window"/> tokens from <paramref name="from"/>.</summary>
    public static bool HasVerbNear(List<Token> tokens, int from, int window)
    {
        for (var i = from; i < tokens.Count && i < from + window; i++)
        {
            if (tokens[i].IsWord && IsVerbForm(tokens[i].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Folded words that are participles of speech ("stating", "adding"): they share the clause's subject.</summary>
    public static bool IsParticiple(string norm) => norm.EndsWith("ing", StringComparison.Ordinal) && IsVerbForm(norm);

    public static string Fold(string s) => TextFold.Fold(s);
}
