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
        if (Spans.QuoteOpeningAt(p, trig.At + 1) is not { } q || q.Close <= q.Open)
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
