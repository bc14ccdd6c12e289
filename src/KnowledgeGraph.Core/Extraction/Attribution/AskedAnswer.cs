using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>
/// "Asked whether the terminal would close, Okafor said: “Absolutely not.”": a yes-or-no answer is about the question.
/// A no denies the question's clause; a yes says it; any other answer stands as it is.
/// </summary>
internal static class AskedAnswer
{
    private static readonly string[] Emphasis = ["absolutely", "certainly", "definitely", "course", "of", "categorically", "simply", "at", "all", "sir"];

    public static Finding Apply(Paragraph p, Sentence s, Finding f)
    {
        var t = p.Tokens;
        if (s.End - s.First < 6 || t[s.First].Norm != "asked" || t[s.First + 1].Norm is not ("whether" or "if"))
        {
            return f;
        }

        var comma = -1;
        for (var k = s.First + 3; k < s.End && k < s.First + 40; k++)
        {
            if (t[k].Norm == "," && !p.InQuote[k])
            {
                comma = k;
                break;
            }
        }

        if (comma < 0 || f.ContentFirst <= comma || comma - (s.First + 2) < 2)
        {
            return f;
        }

        var answer = Answer(p, f.ContentFirst, f.ContentEnd);
        if (answer is null)
        {
            return f;
        }

        return f with { ContentFirst = s.First + 2, ContentEnd = comma, EvidenceFirst = s.First, EvidenceEnd = Math.Max(f.EvidenceEnd, f.ContentEnd), Denies = answer == false };
    }

    /// <summary>True for a yes, false for a no, null for an answer that is neither (or says more than that).</summary>
    private static bool? Answer(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        var k = first;
        while (k < end && (t[k].IsQuote || t[k].Norm is "," or ":" or "\u2014"))
        {
            k++;
        }

        var negative = false;
        var positive = false;
        var words = 0;
        for (; k < end && words < 4; k++)
        {
            if (t[k].IsQuote || t[k].Norm is "." or "!" or ",")
            {
                break;
            }

            if (!t[k].IsWord)
            {
                return null;
            }

            words++;
            var n = t[k].Norm;
            if (n is "no" or "no." or "not" or "never" or "nope") // "No." is read as the abbreviation of number
            {
                negative = true;
            }
            else if (n is "yes" or "yeah")
            {
                positive = true;
            }
            else if (Array.IndexOf(Emphasis, n) < 0)
            {
                return null; // "No comment" and longer answers are no plain yes or no
            }
        }

        return negative ? false : positive || words > 0 && (words == 1 && t[k - 1].Norm is "absolutely" or "certainly" or "definitely") ? true : null;
    }
}
