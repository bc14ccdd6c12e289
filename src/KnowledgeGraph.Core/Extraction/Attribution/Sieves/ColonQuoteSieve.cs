namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>"The statement reads: “…”", "…, telling BBC Sport: “…”": the quotation after a colon is the clause subject's.</summary>
internal sealed class ColonQuoteSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "colon-quote";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var trig = scope.Triggers[index];
        if (trig.Kind != TriggerKind.ColonQuote)
        {
            return SieveOutcome.Pass;
        }

        var p = scope.Paragraph;
        var s = scope.Sentence;
        var named = TriggerFinder.NamedThenQuoted(p, s, trig.At);
        if (Spans.QuoteOpeningAt(p, named > 0 ? named : trig.At + 1) is not { } q || q.Close <= q.Open)
        {
            return SieveOutcome.Nothing;
        }

        if (named > 0 && p.Mentions[p.MentionAt[trig.At - 1]] is var person && Context.Analysis.Entities[person.EntityId].Kind == Model.EntityKind.Person)
        {
            // "Spokeswoman Angela Hill: Energy Secretary Bodman “has not reversed course.”": the person named before the
            // colon; the named subject and its quoted predicate are the content.
            return SieveOutcome.Found(new Finding(Context.SpeakerEntity(person.EntityId), person.First, person.End, trig.At + 1, q.Close, person.First, q.Close + 1));
        }

        if (named > 0)
        {
            return SieveOutcome.Nothing;
        }

        if (trig.FromParticiple && scope.PreviousSpeaker is { } previous)
        {
            return SieveOutcome.Found(new Finding(previous, -1, -1, q.Open + 1, q.Close, q.Open, q.Close + 1));
        }

        var clause = trig.At - 1;
        while (clause > s.First && !Words.ClauseBreaks.Contains(p.Tokens[clause].Norm))
        {
            clause--;
        }

        var subject = (clause > s.First ? Context.Subjects.FindSubject(p, clause + 1, trig.At) : null) ?? Context.Subjects.FindSubject(p, s.First, trig.At);
        if (subject is not { } sp)
        {
            return SieveOutcome.Nothing;
        }

        return SieveOutcome.Found(new Finding(sp.Id, sp.First, sp.End, q.Open + 1, q.Close, Math.Min(sp.First, q.Open), q.Close + 1));
    }
}
