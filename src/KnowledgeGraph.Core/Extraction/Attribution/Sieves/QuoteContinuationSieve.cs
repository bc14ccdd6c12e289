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

        // “….” Said Kamau.: the next sentence names the speaker of this quotation.
        var next = scope.Paragraph.Sentences.FindIndex(x => x.First == scope.Sentence.End);
        if (next >= 0 && Spans.TagSentence(scope.Paragraph, scope.Paragraph.Sentences[next], -1))
        {
            return null;
        }

        return new Finding(previous, -1, -1, q.Open + 1, q.Close, q.Open, q.Close + 1) { Trigger = new Trigger(TriggerKind.Verb, q.Open, "say", false) };
    }
}
