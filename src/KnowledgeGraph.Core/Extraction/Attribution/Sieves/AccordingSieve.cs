using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>"According to X, CONTENT." / "CONTENT, according to X." / "…, per ship-tracking data compiled by Bloomberg."</summary>
internal sealed class AccordingSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "according";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var trig = scope.Triggers[index];
        if (trig.Kind != TriggerKind.According)
        {
            return SieveOutcome.Pass;
        }

        var p = scope.Paragraph;
        var s = scope.Sentence;
        var t = p.Tokens;
        if (Context.Sources.AccordingSource(p, s, trig.At + 2) is not { } sp || sp.First < 0)
        {
            return SieveOutcome.Nothing;
        }

        var npEnd = sp.End;
        while (npEnd < s.End && npEnd < sp.End + 6 && t[npEnd].Norm != "," && p.MentionAt[npEnd] < 0 && !t[npEnd].Cap && !SpeechLexicon.IsVerb(t[npEnd].Norm))
        {
            npEnd++;
        }

        // "Okafor, according to the Daily Ledger, said: …": set off by commas between a subject and its verb, the source
        // relayed what the subject said.
        if (trig.At > s.First && t[trig.At - 1].Norm == "," && npEnd + 1 < s.End && t[npEnd].Norm == "," &&
            index + 1 < scope.Triggers.Count && scope.Triggers[index + 1].At is var next && (next == npEnd + 1 || next == npEnd + 2))
        {
            scope.PendingVia = Context.SpeakerEntity(sp.Id);
            return SieveOutcome.Nothing;
        }

        // "According to Tass, the FSB says that …": a subject and its speech verb right after the comma speak, and the
        // outlet relayed them (the dev README: "according to remarks reported by Bloomberg").
        if (trig.At - s.First <= 3 && npEnd + 2 < s.End && t[npEnd].Norm == "," && index + 1 < scope.Triggers.Count &&
            scope.Triggers[index + 1] is { Kind: TriggerKind.Verb } inner && inner.At > npEnd + 1 && inner.At - npEnd <= 7 &&
            !scope.CommaBetween(npEnd + 1, inner.At) && Context.Subjects.FindSubject(p, npEnd + 1, inner.At) is { } innerSubject &&
            innerSubject.First > npEnd && innerSubject.First < inner.At)
        {
            scope.PendingVia = Context.SpeakerEntity(sp.Id);
            return SieveOutcome.Nothing;
        }

        // "According to La Radio del Sur, a leftist outlet based in Venezuela, Fernández de Cossío also recalled that …",
        // "According to a report by Reuters, based on audio from a meeting, CEO Maria Okafor addressed staff, stating that
        // …": past the source's description or a fronted participle, a named subject whose own statement follows speaks.
        if (trig.At - s.First <= 3 && npEnd + 2 < s.End && t[npEnd].Norm == "," && InnerSpeaker(scope, index, SkipFronted(p, s, AfterAppositive(p, s, npEnd + 1))))
        {
            scope.PendingVia = Context.SpeakerEntity(sp.Id);
            return SieveOutcome.Nothing;
        }

        int cFirst, cEnd;
        if (trig.At - s.First <= 3)
        {
            cFirst = npEnd < s.End && t[npEnd].Norm == "," ? AfterAppositive(p, s, npEnd + 1) : sp.End;
            // "According to the opposition spokesman, Sam Eze, at least ten patients died": the name set off after a role
            // is the source's, no part of what was said.
            if (cFirst == npEnd + 1 && npEnd > 0 && (SpeechLexicon.PersonNouns.Contains(t[npEnd - 1].Norm) || NameWords.IsTitle(t[npEnd - 1])) &&
                p.MentionAt[cFirst] >= 0 && p.Mentions[p.MentionAt[cFirst]] is { } apposed && apposed.First == cFirst && apposed.End + 2 < s.End &&
                t[apposed.End].Norm == "," && apposed.EntityId == sp.Id)
            {
                cFirst = apposed.End + 1;
            }

            if (RelayAfterSource(p, s, cFirst) is var (relay, after))
            {
                scope.PendingVia = Context.SpeakerEntity(relay); // "According to Maria Okafor, quoted by Reuters, …"
                cFirst = after;
            }

            cEnd = Spans.TrimEnd(p, cFirst, s.End);
        }
        else
        {
            cFirst = s.First;
            cEnd = Spans.TrimEnd(p, s.First, trig.At);
            if (npEnd < s.End && t[npEnd].Norm == ",")
            {
                cEnd = Spans.TrimEnd(p, s.First, s.End); // "In them, according to the same source, X …": the whole sentence
            }
        }

        if (cEnd <= cFirst)
        {
            return SieveOutcome.Nothing;
        }

        var evFirst = Math.Min(cFirst, trig.At);
        var evEnd = Math.Max(cEnd, sp.End);
        return SieveOutcome.Found(new Finding(sp.Id, sp.First, sp.End, cFirst, cEnd, evFirst, evEnd));
    }

    /// <summary>
    /// A named person or organisation opening the clause at <paramref name="first"/> is the subject of the sentence's next
    /// speech verb: right before it ("Okafor also recalled that"), or before a participle after a comma that continues its
    /// clause ("Okafor addressed staff on Wednesday, stating that").
    /// </summary>
    private bool InnerSpeaker(SentenceScope scope, int index, int first)
    {
        var p = scope.Paragraph;
        var t = p.Tokens;
        var next = index + 1;
        while (next < scope.Triggers.Count && scope.Triggers[next].At < first)
        {
            next++;
        }

        if (first >= scope.Sentence.End || p.InQuote[first] || next >= scope.Triggers.Count || scope.Triggers[next] is not { Kind: TriggerKind.Verb or TriggerKind.Participle } inner ||
            inner.At - first > 24)
        {
            return false;
        }

        if (Context.Subjects.FindSubject(p, first, inner.At) is not { } subject || subject.First < first || subject.First > first + 3 || subject.First >= inner.At ||
            Context.Analysis.Entities[subject.Id].Kind == Model.EntityKind.Place)
        {
            return false;
        }

        var subjectEnd = p.MentionAt[subject.First] >= 0 ? p.Mentions[p.MentionAt[subject.First]].End : subject.First + 1;
        if (!scope.CommaBetween(subjectEnd, inner.At))
        {
            return inner.At - subjectEnd <= 4;
        }

        // "…, stating that": a participle right after the clause's one comma.
        return t[inner.At - 1].Norm == "," && (inner.Kind == TriggerKind.Participle || t[inner.At].Norm.EndsWith("ing", StringComparison.Ordinal)) &&
            !scope.CommaBetween(subjectEnd, inner.At - 1);
    }

    /// <summary>"based on audio from a meeting, …", "citing two officials, …": a fronted participle phrase skipped to its comma.</summary>
    private static int SkipFronted(Paragraph p, Sentence s, int first)
    {
        var t = p.Tokens;
        if (first >= s.End || t[first].Norm is not ("based" or "citing" or "quoting" or "speaking" or "writing"))
        {
            return first;
        }

        for (var k = first + 1; k < s.End && k < first + 14; k++)
        {
            if (p.InQuote[k] || (t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm) && t[k].Norm != "speaking"))
            {
                return first;
            }

            if (t[k].Norm == ",")
            {
                return k + 3 < s.End ? k + 1 : first;
            }
        }

        return first;
    }

    /// <summary>"quoted by Reuters," or "cited by the Daily Ledger," right at <paramref name="at"/>: the outlet and where the content starts.</summary>
    private static (string Relay, int After)? RelayAfterSource(Paragraph p, Sentence s, int at)
    {
        var t = p.Tokens;
        if (at + 3 >= s.End || t[at].Norm is not ("quoted" or "cited") || t[at + 1].Norm != "by")
        {
            return null;
        }

        var k = t[at + 2].Norm == "the" ? at + 3 : at + 2;
        return k < s.End && p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is var m && m.First == k && m.End + 1 < s.End && t[m.End].Norm == ","
            ? (m.EntityId, m.End + 1)
            : null;
    }

    /// <summary>"According to Tom Reyes, the port director, the cranes …": the content starts after the source's apposition.</summary>
    private static int AfterAppositive(Paragraph p, Sentence s, int first)
    {
        var t = p.Tokens;
        if (first >= s.End || t[first].Norm is not ("the" or "a" or "an" or "his" or "her" or "its" or "their"))
        {
            return first;
        }

        for (var k = first + 1; k < s.End && k < first + 9; k++)
        {
            if (p.InQuote[k] || (!t[k].IsWord && t[k].Norm is not ("," or "'s")) || (t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm)))
            {
                return first;
            }

            if (t[k].Norm == ",")
            {
                return k + 3 < s.End ? k + 1 : first;
            }
        }

        return first;
    }
}
