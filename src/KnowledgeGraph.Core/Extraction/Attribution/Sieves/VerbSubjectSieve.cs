namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>"X said (that) …", "The ministry denied …", "He told reporters …": the clause's subject before the verb.</summary>
internal sealed class VerbSubjectSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "verb-subject";

    public override SieveOutcome Attribute(SentenceScope scope, int index) =>
        SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, null));
}
