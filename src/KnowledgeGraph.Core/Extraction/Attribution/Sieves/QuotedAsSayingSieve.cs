using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// "X was quoted as saying …", "X was quoted by the Gazette as saying …", "“…,” the Gazette quoted X as saying" (or
/// "as denying", "as claiming", and "quotes"): X
/// said what follows "saying" (or the quotation before the outlet); the outlet after "by" or before "quoted" relayed it.
/// </summary>
internal sealed class QuotedAsSayingSieve(AttributionContext context) : TriggerSieve(context)
{
    public const string RuleName = "quoted-as-saying";

    public override string Name => RuleName;

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var t = p.Tokens;
        var v = scope.Triggers[index].At;
        if (v < s.First + 3 || t[v - 1].Norm != "as" || !SpeechVerbs.QuotedAs(p, s, v))
        {
            return SieveOutcome.Pass;
        }

        // "the Herald Sun quotes Kidman's publicist as denying the Mail's story": any speech gerund, "quotes" too.
        var quoted = -1;
        for (var k = v - 2; k > s.First && k >= v - 12; k--)
        {
            if (t[k].Norm is "quoted" or "quotes" && !p.InQuote[k])
            {
                quoted = k;
                break;
            }
        }

        if (quoted < 0)
        {
            return SieveOutcome.Pass;
        }

        if (!(Words.BeForms.Contains(t[quoted - 1].Norm) || t[quoted - 1].Norm is "been" or "being"))
        {
            return Active(scope, index, quoted);
        }

        if (Context.Subjects.FindSubject(p, s.First, quoted - 1) is not { } subject ||
            VerbFrame.Complete(Context, scope, index, subject) is not { } finding)
        {
            return SieveOutcome.Pass;
        }

        for (var k = quoted + 1; k + 1 < v - 1; k++)
        {
            if (t[k].Norm == "by" && p.MentionAt[k + 1] >= 0)
            {
                finding.Via.Add(p.Mentions[p.MentionAt[k + 1]].EntityId);
                break;
            }
        }

        return SieveOutcome.Found(finding);
    }

    /// <summary>
    /// Who quotes, right before "quoted": an outlet named there ("the Guardian"), else a reference to one ("the newspaper",
    /// "It" after a sentence about its report) that resolves to an outlet. The entity and where its phrase starts.
    /// </summary>
    private (string Id, int First)? Quoting(Paragraph p, Sentence s, int quoted)
    {
        var t = p.Tokens;
        while (quoted - 1 > s.First && t[quoted - 1].Norm is "also" or "further" or "later" or "earlier" or "again")
        {
            quoted--; // "The Ledger also quoted X as claiming …"
        }

        if (p.MentionAt[quoted - 1] >= 0 && p.Mentions[p.MentionAt[quoted - 1]] is var outlet && outlet.End == quoted)
        {
            return (outlet.EntityId, outlet.First > s.First && t[outlet.First - 1].Norm == "the" ? outlet.First - 1 : outlet.First);
        }

        // "“…,” the newspaper quoted Davis as saying. It quoted an unnamed company spokesperson as saying …": "it" quoting
        // someone is the outlet last named (an organisation quotes no one "as saying").
        if (t[quoted - 1].Norm == "it" && quoted - 1 == s.First && Context.Discourse.Latest(e => e.IsMedia) is { } lastOutlet)
        {
            return (lastOutlet, quoted - 1);
        }

        var from = Spans.LastQuoteBefore(p, quoted) is { } q && q.Close >= s.First ? q.Close + 1 : s.First;
        return Context.Subjects.FindSubject(p, from, quoted) is { } subject && subject.End == quoted && Context.IsMedia(subject.Id)
            ? (subject.Id, subject.First)
            : null;
    }

    /// <summary>
    /// "quotes Kidman's Australian publicist as denying …": a name, "'s", up to two modifiers and a proxy's noun (publicist,
    /// spokesperson, lawyer …) filling [from, to) speak for the name.
    /// </summary>
    private (string Id, int First, int End)? ProxyOwner(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        if (from + 2 >= to || p.MentionAt[from] < 0 || p.Mentions[p.MentionAt[from]] is not { } m || m.First != from || m.End >= to || t[m.End].Norm != "'s" ||
            !(Lexicon.Current.ProxyNouns.Contains(t[to - 1].Norm) || SpeechLexicon.PersonNouns.Contains(t[to - 1].Norm)) || to - m.End - 2 > 2)
        {
            return null;
        }

        for (var k = m.End + 1; k < to - 1; k++)
        {
            if (!t[k].IsWord || p.MentionAt[k] >= 0)
            {
                return null;
            }
        }

        return (Context.SpeakerEntity(m.EntityId), from, to);
    }

    /// <summary>
    /// "“We haven't identified any safety issues,” the Seattle Times quoted him as saying": "him", "her" or "them" alone
    /// between "quoted" and "as" is the one the text has just been speaking of, as "he", "she" or "they" would be.
    /// </summary>
    private (string Id, int First, int End)? QuotedPronoun(Paragraph p, int from, int to)
    {
        if (to != from + 1 || p.Tokens[from].Norm is not ("him" or "her" or "them") ||
            Context.Discourse.ResolvePronoun(p.Tokens[from].Norm switch { "him" => "he", "her" => "she", _ => "they" }) is not { } id)
        {
            return null;
        }

        return (id, from, to);
    }

    /// <summary>
    /// "quoted state minister for health Sarah Opendi as saying": a person named right before "as", after lower-case words
    /// of a title (up to six), is the one quoted.
    /// </summary>
    private (string Id, int First, int End)? TitledPersonBeforeAs(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        for (var k = from; k < to && k < from + 7; k++)
        {
            if (p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is var m && m.First == k)
            {
                return m.End == to && Context.Analysis.Entities[m.EntityId].Kind == Model.EntityKind.Person ? (m.EntityId, m.First, m.End) : null;
            }

            if (!t[k].IsWord || t[k].Cap && !Entities.NameWords.IsTitle(t[k]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Between the quotation's close and the outlet: a comma, "the", a place's possessive ("“…,” Uganda's Daily Monitor
    /// quoted …") or a short description ending in an outlet's noun ("Dutch news agency ANP"), nothing else.
    /// </summary>
    private static bool OnlyOwnerBetween(Paragraph p, int close, int first)
    {
        var t = p.Tokens;
        if (first - close <= 2)
        {
            return true;
        }

        var k = close + 1;
        while (k < first && t[k].Norm is "," or "the")
        {
            k++;
        }

        if (k < first && p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is var owner && owner.First == k && owner.End + 1 == first && t[owner.End].Norm == "'s")
        {
            return true;
        }

        // "“…” Dutch news agency ANP quoted …": a description ending in an outlet's noun, a demonym and lower-case words.
        if (first - k > 4 || !Lexicon.Current.OutletNouns.Contains(t[first - 1].Norm) || t[first - 1].Cap)
        {
            return false;
        }

        for (; k < first - 1; k++)
        {
            if (!t[k].IsWord || t[k].Cap && Entities.Gazetteers.Gazetteer.Default.CountryOfDemonym(t[k].Norm) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "“The fees will stay flat,” the Guardian quoted Minister Femi Adeyemi as saying.", "The Guardian quoted Adeyemi as
    /// saying the fees would stay flat.": the one quoted is the speaker, the outlet quoting is the intermediary.
    /// </summary>
    private SieveOutcome Active(SentenceScope scope, int index, int quoted)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var t = p.Tokens;
        var v = scope.Triggers[index].At;
        if (Quoting(p, s, quoted) is not var (quotingId, first) ||
            (ProxyOwner(p, quoted + 1, v - 1) ?? Context.Subjects.FindSubject(p, quoted + 1, v - 1) ?? QuotedPronoun(p, quoted + 1, v - 1) ??
             TitledPersonBeforeAs(p, quoted + 1, v - 1)) is not { } quotedOne ||
            quotedOne.Id == quotingId)
        {
            return SieveOutcome.Pass;
        }

        var via = Context.SpeakerEntity(quotingId);
        if (CreditPhrase.ShortTail(p, s, v + 1))
        {
            // The words quoted stand before the outlet: "“…,” the Guardian quoted … as saying (on Monday)."
            if (Spans.LastQuoteBefore(p, first) is not { } q || q.Close < s.First || !OnlyOwnerBetween(p, q.Close, first))
            {
                return SieveOutcome.Nothing;
            }

            var quotation = new Finding(quotedOne.Id, quotedOne.First, quotedOne.End, q.Open + 1, Spans.TrimEnd(p, q.Open + 1, q.Close), q.Open, v + 1);
            quotation.Via.Add(via);
            return SieveOutcome.Found(quotation);
        }

        if (VerbFrame.Complete(Context, scope, index, quotedOne) is not { } finding)
        {
            return SieveOutcome.Pass;
        }

        finding.Via.Add(via);
        return SieveOutcome.Found(finding with { EvidenceFirst = Math.Min(finding.EvidenceFirst, first) });
    }
}
