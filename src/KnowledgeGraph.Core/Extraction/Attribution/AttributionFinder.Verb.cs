using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Text;
namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Speaker and content for each kind of trigger.</summary>
internal sealed partial class AttributionFinder
{
    private Finding? AttributeVerb(Paragraph p, Sentence s, Trigger trig, int nextAt, string? prevSpeaker, int prevAt)
    {
        var t = p.Tokens;
        var v = trig.At;

        // “…,” Trump remarked. / “…,” said the ministry. / “…,” he added.
        if (trig.Kind == TriggerKind.Verb && QuoteBefore(p, s, v) is { } q)
        {
            // "…,” said the ministry: the speaker may follow the verb; never after "told", whose object is the listener.
            var speaker = FindSubject(p, q.Close + 1, v) ?? (trig.Lemma == "tell" ? null : FindSubject(p, v + 1, Math.Min(s.End, v + 8)));
            if (speaker is { } sp)
            {
                var evEnd = Math.Max(v + 1, sp.End > v ? sp.End : v + 1);
                return new Finding(sp.Id, sp.First, sp.End, q.Open + 1, q.Close, q.Open, evEnd);
            }

            return null;
        }

        (string Id, int First, int End)? subject = null;
        var w = v - 1;
        while (w > s.First && (t[w].Norm.EndsWith("ly", StringComparison.Ordinal) || t[w].Norm is "also" or "later" or "then" or "again" or "once"))
        {
            w--;
        }

        if (PassiveAgent(p, s, v) is { } agent && v > s.First && (Words.BeForms.Contains(t[v - 1].Norm) || t[v - 1].Norm is "been" or "be"))
        {
            subject = (agent.EntityId, agent.First, agent.End); // "it was announced by the Treasury Department that …"
        }
        else if (w > s.First && t[w].Norm is "who" or "which")
        {
            subject = AppositiveHead(p, w, s.First) ?? MentionBefore(p, w, s.First); // "Trump, who confirmed that …"
        }
        else if (prevAt < 0 && trig.Kind == TriggerKind.Verb && ContentBefore(p, s, v) is { } back)
        {
            return back; // "Cuba has exchanged messages with Washington, the deputy minister told EFE."
        }
        else if (prevAt >= 0 && prevSpeaker is not null)
        {
            subject = FindSubject(p, prevAt + 1, v, requireClauseStart: true);
            if (subject is null && FindSubject(p, prevAt + 1, v) is { } adjacent && adjacent.End >= v - 1)
            {
                subject = adjacent; // "… that a senior official from the Ministry of Justice revealed …"
            }

            if (subject is null && v - 1 > prevAt && p.MentionAt[v - 1] >= 0)
            {
                var m = p.Mentions[p.MentionAt[v - 1]];
                var before = m.First - 1;
                while (before > prevAt && before > m.First - 5 && (NameWords.Titles.Contains(t[before].Norm) || t[before].Norm == "." ||
                       (t[before].Cap && t[before].IsWord && p.MentionAt[before] < 0)))
                {
                    before--; // "after Sen. Rick Scott told …": the title belongs to the name
                }

                if (before > 0 && p.Tokens[before].Norm is "after" or "before" or "since" or "until" or "as" or "when" or "while" or "because")
                {
                    subject = (m.EntityId, m.First, m.End); // "…, a day after Bloomberg reported that …"
                }
            }

            subject ??= (prevSpeaker, -1, -1);
        }
        else if (trig.Kind == TriggerKind.Participle && prevSpeaker is not null)
        {
            subject = (prevSpeaker, -1, -1);
        }

        var intro = IntroEnd(p, s, v);
        var fallback = subject is null;
        subject ??= (intro > s.First ? FindSubject(p, intro, v) : null) ?? FindSubject(p, s.First, v);
        if (subject is not { } subj)
        {
            return null;
        }

        if (fallback && subj.End > 0 && SubordinateSubjectBetween(p, subj.End, v))
        {
            return null; // "X has returned to the spotlight after several media outlets reported that …": the outlets are unnamed
        }

        // "the clearest sign yet that the White House believes …": a belief inside the writer's own clause is no statement.
        if (trig.Lemma is "believe" or "think" or "hope" && subj.First > s.First + 1 && t[subj.First - 1].Norm == "that" &&
            t[subj.First - 2].IsWord && !SpeechLexicon.IsVerb(t[subj.First - 2].Norm))
        {
            return null;
        }

        var (cFirst, cEnd) = ForwardContent(p, s, v, nextAt);
        if (cEnd <= cFirst)
        {
            return null;
        }

        var evFirst = subj.First >= 0 && subj.First < v && subj.First >= s.First ? subj.First : v;
        var denies = NoTruthFrame(p, v + 1, cFirst);
        var evidenceEnd = cEnd;
        if (trig.Lemma is "call" or "brand" or "label")
        {
            // "called reports of an imminent deal “false”": the claim is the object, the quotation is the verdict.
            for (var k = cFirst; k < cEnd; k++)
            {
                if (t[k].IsQuote && k + 1 < cEnd && p.InQuote[k + 1])
                {
                    evidenceEnd = cEnd;
                    cEnd = TrimEnd(p, cFirst, k);
                    break;
                }
            }

            if (cEnd <= cFirst)
            {
                return null;
            }
        }

        return new Finding(subj.Id, subj.First, subj.End, cFirst, cEnd, evFirst, evidenceEnd, denies);
    }

    /// <summary>"said there was no truth to reports that …", "said it was not true that …": the that-clause is denied.</summary>
    private static bool NoTruthFrame(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        for (var k = from; k < to; k++)
        {
            if (t[k].Norm is "no" or "not" or "n't" or "never")
            {
                for (var j = k + 1; j < to && j <= k + 3; j++)
                {
                    if (t[j].Norm is "truth" or "true" or "basis" or "evidence" or "foundation" or "accurate" or "correct")
                    {
                        return true;
                    }
                }
            }

            if (Words.FalsehoodWords.Contains(t[k].Norm))
            {
                return true; // "dismissed as false the claims that …"
            }
        }

        return false;
    }

    /// <summary>"Granma, the official organ of the Party, which noted …": the name the appositive describes.</summary>
    private (string Id, int First, int End)? AppositiveHead(Paragraph p, int w, int from)
    {
        var t = p.Tokens;
        if (w - 1 <= from || t[w - 1].Norm != ",")
        {
            return null;
        }

        for (var c = w - 2; c > from && c >= w - 14; c--)
        {
            if (t[c].Norm != ",")
            {
                continue;
            }

            if (t[c + 1].Norm is "the" or "a" or "an" && p.MentionAt[c - 1] >= 0)
            {
                var m = p.Mentions[p.MentionAt[c - 1]];
                return (m.EntityId, m.First, m.End);
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "Cuba has exchanged messages with Washington, but …, Deputy Foreign Minister X told EFE in an interview.": the
    /// speaker comes after the comma that ends the reported clause, and nothing reported follows the verb.
    /// </summary>
    private Finding? ContentBefore(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var comma = -1;
        for (var k = v - 1; k > s.First && k >= v - 12; k--)
        {
            if (t[k].Norm == "," && !p.InQuote[k])
            {
                comma = k;
                break;
            }
        }

        if (comma < 0 || FindSubject(p, comma + 1, v) is not { } sp || sp.First != comma + 1 && !(sp.First > comma + 1 && TitleOnly(p, comma + 1, sp.First)))
        {
            return null;
        }

        if (sp.End < v - 1 || ThatOrQuoteWithin(p, s, v + 1, s.End - v))
        {
            return null;
        }

        for (var k = v + 1; k < s.End; k++)
        {
            if (t[k].Norm is "that" or ":" || (t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm)))
            {
                return null;
            }
        }

        // Only a short tail may follow: "said.", "said on Monday", "told EFE in an interview", "told reporters".
        var next = v + 1 < s.End ? t[v + 1].Norm : ".";
        var tellsSomeone = SpeechLexicon.TryVerb(t[v].Norm, out var lemma, out _) && lemma == "tell" &&
            ((v + 1 < s.End && p.MentionAt[v + 1] >= 0) || next is "reporters" or "journalists" or "the" or "a" or "an" or "state" or "local");
        if (next is not ("." or "," or "!") && !tellsSomeone && !(Words.Prepositions.Contains(next) || TimeWord(next)))
        {
            return null;
        }

        var first = s.First;
        for (var k = s.First; k < comma && k < s.First + 12; k++)
        {
            if (t[k].Norm is "—" or "–" || (t[k].Norm == "-" && k > s.First && t[k - 1].Norm is "." or ")"))
            {
                first = k + 1; // "Havana, Feb 5 (EFE).- …", "WASHINGTON (AP) — …": a dateline is not content
            }
        }

        while (first < comma && t[first].IsQuote)
        {
            first++;
        }

        for (var k = first; k < comma; k++)
        {
            if (p.InQuote[k] || t[k].Norm is "." or "?" or "!")
            {
                return null;
            }
        }

        var cEnd = TrimEnd(p, first, comma);
        if (cEnd - first < 4 || t[first].Norm is "after" or "before" or "in" or "when" or "while" or "despite" or "as" or "during" or "following" or "asked" or "speaking" or "if" or "for" or "with" or "on" or "at")
        {
            return null;
        }

        return new Finding(sp.Id, sp.First, sp.End, first, cEnd, first, v + 1);
    }

    /// <summary>A subordinate clause opens between the subject and the verb, and its own subject is an unnamed noun phrase.</summary>
    private static bool SubordinateSubjectBetween(Paragraph p, int from, int v)
    {
        var t = p.Tokens;
        for (var k = v - 1; k >= from && k >= v - 6; k--)
        {
            if (p.MentionAt[k] >= 0 || p.InQuote[k] || Words.SubjectPronouns.Contains(t[k].Norm) || !t[k].IsWord)
            {
                return false;
            }

            if (t[k].Norm is "after" or "before" or "when" or "since" or "because" or "while" or "although" or "as")
            {
                return k < v - 1;
            }
        }

        return false;
    }

    private static bool TimeWord(string n) =>
        n is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "today" or "yesterday" or
            "tonight" or "last" or "this" or "earlier" or "later" or "recently" or "again" or "repeatedly";

    private static bool TitleOnly(Paragraph p, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var n = p.Tokens[k].Norm;
            if (!(NameWords.Titles.Contains(n) || n is "the" or "a" or "an" or "of" or "'s" or "." || p.MentionAt[k] >= 0 || p.Tokens[k].Cap))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>According to X, CONTENT. / CONTENT, according to X.</summary>
    private Finding? AttributeAccording(Paragraph p, Sentence s, Trigger trig)
    {
        var t = p.Tokens;
        var np = AccordingSource(p, s, trig.At + 2);
        if (np is not { } sp || sp.First < 0)
        {
            return null;
        }

        var npEnd = sp.End;
        while (npEnd < s.End && npEnd < sp.End + 6 && t[npEnd].Norm != "," && p.MentionAt[npEnd] < 0 && !t[npEnd].Cap && !SpeechLexicon.IsVerb(t[npEnd].Norm))
        {
            npEnd++;
        }

        int cFirst, cEnd;
        if (trig.At - s.First <= 3)
        {
            cFirst = npEnd < s.End && t[npEnd].Norm == "," ? npEnd + 1 : sp.End;
            cEnd = TrimEnd(p, cFirst, s.End);
        }
        else
        {
            cFirst = s.First;
            cEnd = TrimEnd(p, s.First, trig.At);
            if (npEnd < s.End && t[npEnd].Norm == ",")
            {
                cEnd = TrimEnd(p, s.First, s.End); // "In them, according to the same source, X …": the whole sentence
            }
        }

        if (cEnd <= cFirst)
        {
            return null;
        }

        var evFirst = Math.Min(cFirst, trig.At);
        var evEnd = Math.Max(cEnd, sp.End);
        return new Finding(sp.Id, sp.First, sp.End, cFirst, cEnd, evFirst, evEnd);
    }

    /// <summary>The statement …: “quotation”.</summary>
    private Finding? AttributeColon(Paragraph p, Sentence s, Trigger trig, string? prevSpeaker)
    {
        if (QuoteOpeningAt(p, trig.At + 1) is not { } q || q.Close <= q.Open)
        {
            return null;
        }

        if (trig.FromParticiple && prevSpeaker is not null)
        {
            return new Finding(prevSpeaker, -1, -1, q.Open + 1, q.Close, q.Open, q.Close + 1); // "…, telling BBC Sport: “…”"
        }

        var clause = trig.At - 1;
        while (clause > s.First && !Words.ClauseBreaks.Contains(p.Tokens[clause].Norm))
        {
            clause--;
        }

        var subject = (clause > s.First ? FindSubject(p, clause + 1, trig.At) : null) ?? FindSubject(p, s.First, trig.At);
        if (subject is not { } sp)
        {
            return null;
        }

        return new Finding(sp.Id, sp.First, sp.End, q.Open + 1, q.Close, Math.Min(sp.First, q.Open), q.Close + 1);
    }

    /// <summary>A quotation closing just before the verb, with at most a comma and the speaker's words between.</summary>
    private static QuoteSpan? QuoteBefore(Paragraph p, Sentence s, int v)
    {
        if (LastQuoteBefore(p, v) is { } q)
        {
            var opensClause = q.Open <= s.First + 1 || p.Tokens[q.Open - 1].Norm is ":" or "," or ";" or "(";
            if (q.Close < v && q.Close >= s.First && v - q.Close <= 8 && opensClause)
            {
                var clean = true;
                for (var k = q.Close + 1; k < v; k++)
                {
                    var n = p.Tokens[k].Norm;
                    if (n is "that" or "." or ";" or ":" || p.InQuote[k] || (p.Tokens[k].IsWord && SpeechLexicon.IsVerb(n)))
                    {
                        clean = false;
                    }
                }

                var commaInside = q.Close > 0 && p.Tokens[q.Close - 1].Norm is "," or "?" or "!";
                var commaAfter = q.Close + 1 < v && p.Tokens[q.Close + 1].Norm == ",";
                if (clean && (commaInside || commaAfter || q.Close + 1 == v))
                {
                    return q;
                }
            }
        }

        return null;
    }

    /// <summary>Content after a verb: after "that" when it comes soon, a quotation, or the object; up to the next trigger.</summary>
    private static (int First, int End) ForwardContent(Paragraph p, Sentence s, int v, int nextAt)
    {
        var t = p.Tokens;
        var first = v + 1;
        if (first < s.End && t[first].Norm == "out")
        {
            first++; // "pointed out"
        }

        for (var k = first; k < s.End && k < first + 10; k++)
        {
            if (t[k].IsQuote && p.InQuote[k])
            {
                break;
            }

            if (t[k].Norm == "that" && !p.InQuote[k])
            {
                first = k + 1;
                break;
            }
        }

        while (first < s.End && t[first].Norm is "," or ":" or "-")
        {
            first++;
        }

        var end = nextAt;
        for (var k = first + 1; k + 1 < end; k++)
        {
            if (t[k].Norm == "," && !p.InQuote[k] && SpeechLexicon.IsParticiple(t[k + 1].Norm))
            {
                end = k; // "denied elbowing an opponent, telling BBC Sport: …"
                break;
            }
        }

        // "…, after Sen. Rick Scott told …": a subordinate clause holding the next trigger is not this content.
        if (nextAt < s.End)
        {
            for (var k = nextAt - 1; k > first + 2 && k >= nextAt - 8; k--)
            {
                if (t[k].Norm == "," && !p.InQuote[k] && t[k + 1].Norm is "after" or "before" or "when" or "as" or "while" or "since" or "because")
                {
                    end = k;
                    break;
                }
            }
        }

        // Drop the connector before the next trigger ("…, and acknowledged", "…, while also warning").
        while (end > first && t[end - 1].Norm is "and" or "," or "while" or "also" or "but" or "then" or "categorically" or "once" or "again" or "he" or "she" or "it" or "they" or "who")
        {
            end--;
        }

        return (first, TrimEnd(p, first, end));
    }

    private static int TrimEnd(Paragraph p, int first, int end)
    {
        while (end > first && p.Tokens[end - 1].Kind == Text.TokenKind.Punct && p.Tokens[end - 1].Norm is "." or "," or ";" or ":" or "-")
        {
            end--;
        }

        return end;
    }
}
