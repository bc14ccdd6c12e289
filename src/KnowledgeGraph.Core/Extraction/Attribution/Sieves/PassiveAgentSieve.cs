namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>"it was announced by the Treasury Department that …": the agent of a passive speech verb is the speaker.</summary>
internal sealed class PassiveAgentSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "passive-agent";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var v = scope.Triggers[index].At;
        var t = p.Tokens;
        // "… were described by X as “ridiculous”": a passive verdict of falsehood is the passive-denial sieve's.
        if (scope.Triggers[index].Denial && SpeechVerbs.PassiveDenialAgent(p, s, v) is not null)
        {
            return SieveOutcome.Pass;
        }

        if (SpeechVerbs.PassiveAgent(p, s, v) is { } agent && v > s.First && (Words.BeForms.Contains(t[v - 1].Norm) || t[v - 1].Norm is "been" or "be"))
        {
            return SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, (agent.EntityId, agent.First, agent.End)));
        }

        return SieveOutcome.Pass;
    }
}
