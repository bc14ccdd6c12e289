using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// A name credited after a comma at the end of a clause: ", Reuters reported", ", the Punch newspaper reported", ", news
/// agency Reuters reported" (before the verb), ", reported Politico" (after it). Shared by the content's end, which stops
/// before the credit, and by the relay that makes the credited outlet the intermediary.
/// </summary>
internal static class CreditPhrase
{
    private const int MostIntroducerWords = 3;

    /// <summary>The name of a credit that ends right before <paramref name="v"/>, and the comma that opens it (after <paramref name="first"/>).</summary>
    public static (Mention Name, int Comma)? Before(Paragraph p, int first, int v)
    {
        var t = p.Tokens;
        var j = v - 1;
        if (j > first && t[j].Norm == "," && DescriptionBefore(p, first, j) is var described and > 0)
        {
            j = described - 1; // ", KHOU, a CBS affiliate in Houston, reported": the outlet before its description
        }

        if (j > first && t[j].IsWord && !t[j].Cap && p.MentionAt[j] < 0 && Lexicon.Current.OutletNouns.Contains(t[j].Norm))
        {
            j--; // "the Punch newspaper reported"
            if (j > first && t[j].IsWord && !t[j].Cap && p.MentionAt[j] < 0 && t[j].Norm is "news" or "state" or "wire")
            {
                j--; // "Xinhua news agency reported"
            }
        }

        if (j <= first || p.MentionAt[j] < 0 || p.InQuote[j] || p.Mentions[p.MentionAt[j]] is not { } name || name.End != j + 1)
        {
            return null;
        }

        // "news agency Reuters", "German broadcaster Deutsche Welle": words introducing the name, ending in an introducing noun.
        var k = name.First - 1;
        var words = 0;
        while (k > first && words < MostIntroducerWords && IntroducerWord(p, k))
        {
            k--;
            words++;
        }

        if (words > 0 && !Introduces(t[name.First - 1].Norm))
        {
            return null;
        }

        if (k > first && t[k].Norm == "the")
        {
            k--;
        }

        // (“… disturbing,” the Harbour Times reported: the comma may close the quotation before the credit)
        return k > first && ((t[k].Norm == "," && !p.InQuote[k]) || (t[k].IsQuote && t[k - 1].Norm == "," && p.InQuote[k - 1])) ? (name, k) : null;
    }

    /// <summary>
    /// ", a CBS affiliate in Houston,": a description set off by commas that closes at <paramref name="comma"/>, opened by
    /// "a", "an" or "the" and holding no verb, quotation or other comma; the comma that opens it, else -1.
    /// </summary>
    private static int DescriptionBefore(Paragraph p, int first, int comma)
    {
        var t = p.Tokens;
        for (var k = comma - 1; k > first && k >= comma - 10; k--)
        {
            if (t[k].Norm == ",")
            {
                return k + 2 < comma && t[k + 1].Norm is "a" or "an" or "the" && !p.InQuote[k] ? k : -1;
            }

            if (p.InQuote[k] || t[k].IsQuote || (t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm)) || t[k].Norm is "." or ";" or ":")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// ", reported Politico.", ", said the Gazette on Monday.", ", reported news agency PTI.": a name right after the verb (or
    /// after words introducing it), closing the sentence but for a short tail.
    /// </summary>
    public static Mention? After(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        if (v - 1 <= s.First || t[v - 1].Norm != "," || v + 1 >= s.End)
        {
            return null;
        }

        var j = t[v + 1].Norm == "the" ? v + 2 : v + 1;
        // ", reported news agency PTI.", ", said state broadcaster RTE": words introducing the name, ending in an introducing noun
        var introduced = j;
        while (introduced < s.End && introduced < j + MostIntroducerWords && p.MentionAt[introduced] < 0 && IntroducerWord(p, introduced))
        {
            introduced++;
        }

        if (introduced > j && introduced < s.End && p.MentionAt[introduced] >= 0 && Introduces(t[introduced - 1].Norm))
        {
            j = introduced;
        }

        if (j >= s.End || p.MentionAt[j] < 0 || p.Mentions[p.MentionAt[j]] is not { } name || name.First != j)
        {
            return null;
        }

        return ShortTail(p, s, name.End) ? name : null;
    }

    /// <summary>
    /// At most three words between <paramref name="k"/> and the sentence's end ("on Monday"), and no clause of their own;
    /// or a comma and the sources the credit cites (", referring to the Spanish media", ", citing unnamed officials").
    /// </summary>
    public static bool ShortTail(Paragraph p, Sentence s, int k)
    {
        var t = p.Tokens;
        var tail = 0;
        for (; k < s.End && t[k].Norm is not ("." or "!"); k++)
        {
            if (t[k].Norm == "," && !p.InQuote[k] && k + 1 < s.End && t[k + 1].Norm is "citing" or "quoting" or "referring")
            {
                return true;
            }

            // ", The Boston Globe reported, and said she is confident …", ", the Harbour Times reported, and Tom Hale said …":
            // a clause of its own begins after the credit.
            if (t[k].Norm == "," && !p.InQuote[k] && k + 2 < s.End && t[k + 1].Norm == "and")
            {
                return true;
            }

            if (++tail > 3 || t[k].Norm == "that" || t[k].IsQuote)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IntroducerWord(Paragraph p, int k)
    {
        var t = p.Tokens[k];
        return t.IsWord && !p.InQuote[k] && p.MentionAt[k] < 0 && t.Norm is not ("the" or "a" or "an" or "that" or "who") &&
            !Words.Prepositions.Contains(t.Norm) && !Words.ClauseBreaks.Contains(t.Norm) && !SpeechLexicon.IsVerb(t.Norm);
    }

    private static bool Introduces(string norm) => Lexicon.Current.InstitutionIntroducers.Contains(norm) || Lexicon.Current.OutletNouns.Contains(norm);
}
