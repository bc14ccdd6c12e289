namespace KnowledgeGraph.Extraction;

/// <summary>Telling a speech verb from the same word used as a noun, a passive or a topic ("commented on").</summary>
internal sealed partial class AttributionFinder
{
    private static readonly HashSet<string> TopicPrepositions = new(StringComparer.Ordinal) { "on", "about", "to", "with", "for", "in", "at", "by", "from", "of", "into", "upon" };

    private static bool IsSpeechVerb(Paragraph p, Sentence s, int i, out string lemma, out bool denial, out bool participle)
    {
        participle = false;
        var t = p.Tokens;
        if (!SpeechLexicon.TryVerb(t[i].Norm, out lemma, out denial))
        {
            return false;
        }

        var prev = i > s.First ? t[i - 1].Norm : "";
        var prev2 = i - 1 > s.First ? t[i - 2].Norm : "";
        var next = i + 1 < s.End ? t[i + 1].Norm : "";
        if (Words.Determiners.Contains(prev) || Words.RelativeWords.Contains(prev) || Words.RelativeWords.Contains(prev2) ||
            (t[i].Cap && i == s.First))
        {
            return false; // "the claims", "what it described", a sentence-opening "Speaking"
        }

        if (lemma == "point" && next != "out")
        {
            return false;
        }

        var ing = t[i].Norm.EndsWith("ing", StringComparison.Ordinal);
        if (Words.BeForms.Contains(prev) || (prev is "been" or "be") || (Words.BeForms.Contains(prev2) && prev.EndsWith("ly", StringComparison.Ordinal)))
        {
            if (!ing)
            {
                return false; // passive: "was described", "is accused"
            }
        }
        else if (ing)
        {
            if (prev is not ("," or "also" or "while" or "and" or "by" or "before" or "after" or "when" or "then" or "again" or "repeatedly" or "publicly"))
            {
                return false;
            }

            participle = true;
        }

        // "commented on the tensions", "responded to pressure": a topic, not a claim; unless a "that" or a quotation follows soon.
        if (!denial && TopicPrepositions.Contains(next) && lemma is not ("tell" or "say" or "state" or "add" or "write" or "report" or "declare" or "insist" or "announce"))
        {
            if (!ThatOrQuoteWithin(p, s, i + 1, 12))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ThatOrQuoteWithin(Paragraph p, Sentence s, int from, int window)
    {
        for (var k = from; k < s.End && k < from + window; k++)
        {
            if (p.Tokens[k].Norm is "that" or ":" || (p.Tokens[k].IsQuote && p.InQuote[k]))
            {
                return true;
            }
        }

        return false;
    }
}
