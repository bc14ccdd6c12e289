namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// "The statement insists that Cuba maintains …": a weak speech verb inside an earlier trigger's that-clause belongs to
/// the content, not to a new statement (unless it is coordinated: "…, and maintained", "…, also noted").
/// </summary>
internal sealed class EmbeddedVerbSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "embedded-verb";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var t = scope.Triggers[index];
        var tokens = scope.Paragraph.Tokens;
        if (index > 0 && t.Kind == TriggerKind.Verb && SpeechLexicon.IsWeak(t.Lemma) && Spans.ThatBetween(scope.Paragraph, scope.Triggers[index - 1].At, t.At) &&
            tokens[t.At - 1].Norm is not ("and" or "," or "also" or "then") && !tokens[t.At - 1].Norm.EndsWith("ly", StringComparison.Ordinal))
        {
            return SieveOutcome.Nothing;
        }

        return SieveOutcome.Pass;
    }
}
