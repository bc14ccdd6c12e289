using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// "X insisted …, according to the Gazette", "X said …, Reuters reported.", "“…,” said the spokesperson, reported Politico.": the outlet relayed the statement the sentence
/// already has.
/// </summary>
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

        if (t.Kind == TriggerKind.Verb && t.Lemma is "report" or "say" && scope.Found.Count > 0 && TrailingOutlet(scope, t.At) is { } outlet)
        {
            return SieveOutcome.Relay(outlet);
        }

        return SieveOutcome.Pass;
    }

    /// <summary>
    /// ", Reuters reported.", ", the Punch newspaper said on Monday.", ", news agency Reuters reported.", ", reported
    /// Politico.": a media outlet credited after a comma, with at most a short tail after it.
    /// </summary>
    private string? TrailingOutlet(SentenceScope scope, int v)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var name = CreditPhrase.Before(p, s.First, v) is { } credit && CreditPhrase.ShortTail(p, s, v + 1) ? credit.Name : CreditPhrase.After(p, s, v);
        return name is not null && (Context.IsMedia(Context.SpeakerEntity(name.EntityId)) || DescribedAsOutlet(p, name.End, v)) ? Context.SpeakerEntity(name.EntityId) : null;
    }

    /// <summary>", KHOU, a CBS affiliate in Houston, reported": the credit's description names an outlet's kind.</summary>
    private static bool DescribedAsOutlet(Paragraph p, int from, int v)
    {
        for (var k = from; k < v; k++)
        {
            if (p.Tokens[k].IsWord && !p.Tokens[k].Cap && Lexicon.Current.OutletNouns.Contains(p.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }
}
