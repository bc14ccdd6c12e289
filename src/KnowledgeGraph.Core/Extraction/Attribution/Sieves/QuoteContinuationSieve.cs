using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// “…,” she said. “And more.” — a sentence that is only a quotation continues the previous sentence's speaker; so does
/// one that opens a quotation the paragraph leaves open (“…,” he said. “And more. ¶ “…”: a quotation that goes on in the
/// next paragraph has no closing mark), to the paragraph's end.
/// </summary>
internal sealed class QuoteContinuationSieve(AttributionContext context) : SentenceSieve(context)
{
    public override string Name => "quote-continuation";

    public override Finding? Attribute(SentenceScope scope)
    {
        if (scope.PreviousSentenceSpeaker is not { } previous)
        {
            return null;
        }

        var p = scope.Paragraph;
        var open = scope.Sentence.First;
        if (Spans.QuoteOnly(p, scope.Sentence) is not { } q)
        {
            // One statement from the opening mark to the paragraph's end, as for a quotation of several sentences that is closed.
            return OpensLeftOpen(p, open) && Spans.TrimEnd(p, open + 1, p.Tokens.Count) is var end && end - open > 2
                ? new Finding(previous, -1, -1, open + 1, end, open, p.Tokens.Count) { Trigger = new Trigger(TriggerKind.Verb, open, "say", false) }
                : null;
        }

        // “….” Said Kamau.: the next sentence names the speaker of this quotation.
        var next = p.Sentences.FindIndex(x => x.First == scope.Sentence.End);
        if (next >= 0 && Spans.TagSentence(p, p.Sentences[next], -1))
        {
            return null;
        }

        return new Finding(previous, -1, -1, q.Open + 1, q.Close, q.Open, q.Close + 1) { Trigger = new Trigger(TriggerKind.Verb, q.Open, "say", false) };
    }

    /// <summary>
    /// Token <paramref name="k"/>, past the paragraph's first token, opens a quotation that is never closed: a word follows
    /// it, no quotation mark comes after it to the paragraph's end, and a quotation closed before it in the paragraph.
    /// </summary>
    private static bool OpensLeftOpen(Paragraph p, int k)
    {
        var t = p.Tokens;
        if (k == 0 || !t[k].IsQuote || t[k].Kind == TokenKind.QuoteClose || p.InQuote[k] || k + 1 >= t.Count || !t[k + 1].IsWord ||
            p.Quotes.Count == 0 || p.Quotes[^1].Close >= k)
        {
            return false;
        }

        for (var j = k + 1; j < t.Count; j++)
        {
            if (t[j].IsQuote)
            {
                return false;
            }
        }

        return true;
    }
}
