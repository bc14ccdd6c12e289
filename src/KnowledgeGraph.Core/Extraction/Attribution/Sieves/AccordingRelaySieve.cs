namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>"X insisted …, according to the Gazette": the Gazette relayed the statement the sentence already has.</summary>
internal sealed class AccordingRelaySieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "according-relay";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var t = scope.Triggers[index];
        if (t.Kind == TriggerKind.According && scope.Found.Count > 0 && t.At - scope.Sentence.First > 3 &&
            Context.Sources.AccordingSource(scope.Paragraph, scope.Sentence, t.At + 2) is { } source)
        {
            return SieveOutcome.Relay(Context.SpeakerEntity(source.Id));
        }

        return SieveOutcome.Pass;
    }
}
