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
        if (trig.At > s.First && p.Tokens[trig.At - 1].Norm is "titled" or "entitled" or "headlined" or "captioned")
        {
            return SieveOutcome.Nothing; // "a publication by Africawatch magazine titled: ‘The Inside Story …’": a work's title, no one's words
        }

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

        if (QuotedAsSaying(p, s, trig.At) is var (quotedOne, quotedFirst, via))
        {
            // "Chen spoke to Reuters, which reported him as saying: “…”": the one quoted spoke, the outlet relayed it.
            var relayed = new Finding(quotedOne, quotedFirst, quotedFirst + 1, q.Open + 1, q.Close, Math.Min(quotedFirst, q.Open), q.Close + 1);
            if (via is not null && via != quotedOne)
            {
                relayed.Via.Add(via);
            }

            return SieveOutcome.Found(relayed);
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
        if (subject is { } told && told.First > s.First && Addressed(p, told.First))
        {
            subject = Context.Subjects.FindSubject(p, s.First, told.First - 1); // the subject of "told", not its object
        }
        if (subject is not { } sp)
        {
            return SieveOutcome.Nothing;
        }

        return SieveOutcome.Found(new Finding(sp.Id, sp.First, sp.End, q.Open + 1, q.Close, Math.Min(sp.First, q.Open), q.Close + 1));
    }

    /// <summary>"told Tracey Crouch:", "asked the minister:": the name at <paramref name="first"/> is the object of a verb of telling or asking.</summary>
    private static bool Addressed(Text.Paragraph p, int first) =>
        first > 0 && !p.InQuote[first - 1] && p.Tokens[first - 1].Norm is "told" or "tells" or "telling" or "asked" or "asks" or "asking" or "informed" or "assured" or "warned" or "reminded";

    /// <summary>
    /// "…, which reported him as saying:", "Reuters quoted the minister as saying:": a verb of quoting or reporting, the one
    /// quoted and "as" plus a speech gerund right before the colon; the one quoted, where it is written, and the outlet
    /// (the verb's subject, or the outlet "which" refers to), or null.
    /// </summary>
    private (string Id, int First, string? Via)? QuotedAsSaying(Text.Paragraph p, Text.Sentence s, int colon)
    {
        var t = p.Tokens;
        var gerund = colon - 1;
        if (gerund - 3 < s.First || t[gerund - 1].Norm != "as" || !t[gerund].Norm.EndsWith("ing", StringComparison.Ordinal) ||
            !SpeechLexicon.TryVerb(t[gerund].Norm, out _, out _))
        {
            return null;
        }

        var verb = -1;
        for (var k = gerund - 3; k >= s.First && k >= gerund - 12; k--)
        {
            if (t[k].Norm is "quoted" or "quotes" or "reported" or "reports" or "cited" or "cites" && !p.InQuote[k])
            {
                verb = k;
                break;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        var asAt = gerund - 1;
        (string Id, int First)? quoted = null;
        if (asAt == verb + 2 && t[verb + 1].Norm is "him" or "her" or "them" &&
            Context.Discourse.ResolvePronoun(t[verb + 1].Norm switch { "him" => "he", "her" => "she", _ => "they" }) is { } pronoun)
        {
            quoted = (pronoun, verb + 1);
        }
        else if (Context.Subjects.FindSubject(p, verb + 1, asAt) is { } named && named.End == asAt)
        {
            quoted = (named.Id, named.First);
        }

        if (quoted is not { } one || Context.IsMedia(one.Id))
        {
            return null;
        }

        // The outlet: right before the verb, or the one "which" stands for ("Reuters yesterday, which reported …").
        string? outlet = null;
        var before = verb - 1;
        if (before > s.First && t[before].Norm is "which" or "that" && t[before - 1].Norm == ",")
        {
            before -= 2;
        }

        for (var k = before; k >= s.First && k > before - 4; k--)
        {
            if (p.MentionAt[k] >= 0 && Context.SpeakerEntity(p.Mentions[p.MentionAt[k]].EntityId) is var id && Context.IsMedia(id))
            {
                outlet = id;
                break;
            }
        }

        return (Context.SpeakerEntity(one.Id), one.First, outlet);
    }
}
