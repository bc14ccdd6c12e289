using KnowledgeGraph.Extraction.Text;
namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Quotation lookups (binary searches over the paragraph's pairs) and small token-range checks.</summary>
internal sealed partial class AttributionFinder
{
    /// <summary>The quotation opening at token <paramref name="open"/> (binary search: quotes are in text order).</summary>
    internal static QuoteSpan? QuoteOpeningAt(Paragraph p, int open)
    {
        int lo = 0, hi = p.Quotes.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var q = p.Quotes[mid];
            if (q.Open == open)
            {
                return q;
            }

            if (q.Open < open)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    /// <summary>The last quotation closing before token <paramref name="before"/>, or null.</summary>
    internal static QuoteSpan? LastQuoteBefore(Paragraph p, int before)
    {
        int lo = 0, hi = p.Quotes.Count - 1, best = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (p.Quotes[mid].Close < before)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return best >= 0 ? p.Quotes[best] : null;
    }

    private static bool ThatBetween(Paragraph p, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (p.Tokens[k].Norm == "that" && !p.InQuote[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"… in which it “reaffirms its commitment …”": a quotation that opens with the subject's own verb.</summary>
    private static bool QuotedVerbAfterSubject(Paragraph p, int i)
    {
        if (i < 2 || !p.Tokens[i - 1].IsQuote || p.InQuote[i - 2] || !p.Tokens[i].IsWord || !SpeechLexicon.IsVerb(p.Tokens[i].Norm))
        {
            return false;
        }

        var before = p.Tokens[i - 2];
        return Words.SubjectPronouns.Contains(before.Norm) || p.MentionAt[i - 2] >= 0;
    }

    private static bool NothingBetween(Paragraph p, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (p.Tokens[k].Norm is "that" or "." || p.Tokens[k].IsQuote)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A sentence that is one quotation and nothing else (bar final punctuation).</summary>
    private static QuoteSpan? QuoteOnly(Paragraph p, Sentence s)
    {
        var q = QuoteOpeningAt(p, s.First);
        return q is { } found && s.End - found.Close <= 2 ? found : null;
    }
}
