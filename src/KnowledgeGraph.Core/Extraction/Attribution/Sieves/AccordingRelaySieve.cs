namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// "X insisted …, according to the Gazette", "X said …, Reuters reported.": the outlet relayed the statement the sentence
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

    /// <summary>", Reuters reported." / ", the Gazette said on Monday.": an outlet after a comma, then the verb and at most a short tail.</summary>
    private string? TrailingOutlet(SentenceScope scope, int v)
    {
        var p = scope.Paragraph;
        var t = p.Tokens;
        var s = scope.Sentence;
        if (v - 1 <= s.First || p.MentionAt[v - 1] < 0 || p.InQuote[v - 1])
        {
            return null;
        }

        var m = p.Mentions[p.MentionAt[v - 1]];
        var before = m.First - 1;
        if (before > s.First && t[before].Norm == "the")
        {
            before--;
        }

        if (m.End != v || before <= s.First || t[before].Norm != "," || !Context.IsMedia(Context.SpeakerEntity(m.EntityId)))
        {
            return null;
        }

        var tail = 0;
        for (var k = v + 1; k < s.End && t[k].Norm is not ("." or "!"); k++)
        {
            if (++tail > 3 || t[k].Norm == "that" || t[k].IsQuote)
            {
                return null;
            }
        }

        return Context.SpeakerEntity(m.EntityId);
    }
}
