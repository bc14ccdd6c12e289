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

        if (Spans.QuoteOnly(scope.Paragraph, scope.Sentence) is not { } q)
        {
            // One statement from the opening mark to the paragraph's end, as for a quotation of several sentences that is closed.
            var t = scope.Paragraph.Tokens;
            return t[scope.Sentence.First].IsQuote && LeftOpen(scope.Paragraph, scope.Sentence) is var open && open == scope.Sentence.First && Spans.TrimEnd(scope.Paragraph, open + 1, t.Count) is var end && end - open > 2
                ? new Finding(previous, -1, -1, open + 1, end, open, t.Count) { Trigger = new Trigger(TriggerKind.Verb, open, "say", false) }
                : null;
        }

        // “….” Said Kamau.: the next sentence names the speaker of this quotation.
        var next = scope.Paragraph.Sentences.FindIndex(x => x.First == scope.Sentence.End);
        if (next >= 0 && Spans.TagSentence(scope.Paragraph, scope.Paragraph.Sentences[next], -1))
        {
            return null;
        }

        return new Finding(previous, -1, -1, q.Open + 1, q.Close, q.Open, q.Close + 1) { Trigger = new Trigger(TriggerKind.Verb, q.Open, "say", false) };
    }

    /// <summary>
    /// The opening mark, after the paragraph's first token and at or before the sentence, of a quotation that is never
    /// closed: no quotation mark follows it to the paragraph's end, and one closed before it in the paragraph. -1 if none.
    /// </summary>
    private static int LeftOpen(Text.Paragraph p, Text.Sentence s)
    {
        var t = p.Tokens;
        for (var k = t.Count - 1; k > 0; k--)
        {
            if (!t[k].IsQuote)
            {
                continue;
            }

            return k <= s.First && !p.InQuote[k] && t[k].Kind != Text.TokenKind.QuoteClose && k + 1 < t.Count && t[k + 1].IsWord && p.Quotes.Count > 0 && p.Quotes[^1].Close < k ? k : -1;
        }

        return -1;
    }
}
