namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>“…,” she said. “And more.” — a sentence that is only a quotation continues the previous sentence's speaker.</summary>
internal sealed class QuoteContinuationSieve(AttributionContext context) : SentenceSieve(context)
{
    public override string Name => "quote-continuation";

    public override Finding? Attribute(SentenceScope scope)
    {
        if (scope.PreviousSentenceSpeaker is not { } previous || Spans.QuoteOnly(scope.Paragraph, scope.Sentence) is not { } q)
        {
            return null;
        }

        return new Finding(previous, -1, -1, q.Open + 1, q.Close, q.Open, q.Close + 1) { Trigger = new Trigger(TriggerKind.Verb, q.Open, "say", false) };
    }
}
