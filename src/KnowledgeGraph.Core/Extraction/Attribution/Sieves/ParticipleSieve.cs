namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>"…, adding that …", "…, while also warning …": a participle of speech shares the previous statement's speaker.</summary>
internal sealed class ParticipleSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "participle";

    public override SieveOutcome Attribute(SentenceScope scope, int index) =>
        scope.Triggers[index].Kind == TriggerKind.Participle && scope.PreviousSpeaker is { } previous
            ? SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, (previous, -1, -1)))
            : SieveOutcome.Pass;
}
