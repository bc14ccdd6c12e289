namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// A second speech verb in a sentence that already has a statement: "X said … and added …" continues X; "…, and
/// Secretary of State Marco Rubio wrote …" starts a clause with its own subject; "…, a day after Bloomberg reported that …".
/// </summary>
internal sealed class CoordinatedVerbSieve(AttributionContext context) : TriggerSieve(context)
{
    public const string RuleName = "coordinated-verb";

    public override string Name => RuleName;

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        if (scope.PreviousAt < 0 || scope.PreviousSpeaker is not { } previous)
        {
            return SieveOutcome.Pass;
        }

        var p = scope.Paragraph;
        var t = p.Tokens;
        var v = scope.Triggers[index].At;
        var prevAt = scope.PreviousAt;
        // "X denied a Reuters report claiming …, calling the report “false”": a participle after a comma goes with the
        // clause that denied the report, not with the report's own claim before it.
        if (v > 0 && t[v - 1].Norm == "," && t[v].Norm.EndsWith("ing", StringComparison.Ordinal) && scope.Found.Count >= 2 &&
            scope.Found[^1].Rule == "outlet-report" && scope.Found[^2] is { Trigger.Denial: true } denial && denial.Rule != "outlet-report")
        {
            (previous, prevAt) = (denial.SpeakerId, denial.Trigger.At);
        }
        // "Klingaman called the allegation “appalling,” The Boston Globe reported, and said she is confident …": an outlet's
        // "reported" set off by commas only relays the clause before it; "and said" goes on with that clause's speaker.
        if (v - 3 > prevAt && t[v - 1].Norm == "and" && t[v - 2].Norm == "," && t[v - 3].Norm is "reported" or "reports" &&
            CreditPhrase.Before(p, prevAt, v - 3) is { Name: var relay } && Context.IsMedia(relay.EntityId) && relay.EntityId != previous)
        {
            var continued = VerbFrame.Complete(Context, scope, index, (previous, -1, -1));
            continued?.Via.Add(Context.SpeakerEntity(relay.EntityId));
            return SieveOutcome.Found(continued);
        }

        // "Weliwita further said that they strongly reject such reports": a "they" or "we" opening what a person said speaks
        // for the side the person speaks for; the denial is the person's.
        var opens = prevAt + 1 < v && t[prevAt + 1].Norm == "that" ? prevAt + 2 : prevAt + 1;
        if (opens < v && t[opens].Norm is "they" or "we" && VerbAfterAdverbs(t, opens + 1, v) &&
            Context.Analysis.Entities[previous].Kind == Model.EntityKind.Person && SpeechLexicon.TryVerb(t[prevAt].Norm, out var said, out _) && said == "say")
        {
            return SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, (previous, -1, -1)));
        }

        var subject = Context.Subjects.FindSubject(p, prevAt + 1, v, requireClauseStart: true);
        // "…, the Harbour Times reported, and Tom Hale said …": the credit's outlet only relayed the clause before it; the
        // clause after its ", and" has a subject of its own.
        if (subject is { } credited && credited.End + 3 < v && t[credited.End].Norm is "reported" or "reports" && t[credited.End + 1].Norm == "," &&
            t[credited.End + 2].Norm == "and")
        {
            subject = Context.Subjects.FindSubject(p, credited.End + 3, v);
        }
        var last = v - 1;
        while (last > prevAt + 1 && (t[last].Norm is "has" or "have" or "had" or "also" or "repeatedly" or "since" or "later" ||
               (t[last].Norm.EndsWith("ly", StringComparison.Ordinal) && p.MentionAt[last] < 0)))
        {
            last--; // "…, an accusation that X has rejected", "…, a claim X strongly denies"
        }

        // "… that a senior official from the Ministry of Justice revealed …"; not "… had struck Nepal and rubbished …",
        // where "and" joins the verb to an earlier one and the name is an object.
        // ("…, a statement attributed to Saudi Foreign Minister Faisal bin Farhan, clarifying that …": a participle after a
        // comma is the main clause's, not the name's before it.)
        // "Ms Dillon said Mr Mulcahy had also vehemently denied the allegation": past auxiliaries and adverbs, the name said
        // right after the first verb is the second one's subject.
        if (subject is null && Context.Subjects.FindSubject(p, prevAt + 1, v) is { } adjacent &&
            (adjacent.End >= v - 1 || (adjacent.End == last + 1 && last < v - 1 && OpensComplement(p, prevAt, adjacent.First) && SpeechLexicon.TryVerb(t[prevAt].Norm, out var outer, out _) && outer == "say")) &&
            !(adjacent.End < v && t[adjacent.End].Norm is "and" or "or" or "but" or ","))
        {
            subject = adjacent;
        }

        if (subject is null && last > prevAt && p.MentionAt[last] >= 0)
        {
            var m = p.Mentions[p.MentionAt[last]];
            var before = m.First - 1;
            while (before > prevAt && before > m.First - 5 && (Entities.NameWords.IsTitle(t[before]) || t[before].Norm == "." ||
                   (t[before].Cap && t[before].IsWord && p.MentionAt[before] < 0)))
            {
                before--; // "after Sen. Rick Scott told …": the title belongs to the name
            }

            if (before > prevAt + 2 && t[before].Norm == "course" && t[before - 1].Norm == "of")
            {
                before -= 2; // "… although of course Little says “…”"
            }

            if (before > 0 && (t[before].Norm is "after" or "before" or "since" or "until" or "as" or "when" or "while" or "because" or "although" or "though" or "whereas" ||
                FramingNounBefore(p, prevAt, before)))
            {
                subject = (m.EntityId, m.First, m.End); // "…, a day after Bloomberg reported that …", "…, a charge director X denied"
            }
        }

        // "MEA slams the report … During a briefing, spokesperson Randhir Jaiswal crushed the rumours and said, “…”": a name
        // with a verb of its own before "and said" is the subject the second verb shares.
        if (subject is null && t[v - 1].Norm == "and" && SubjectOfJoinedVerb(p, prevAt, v - 1) is { } joined)
        {
            subject = joined;
        }

        // "Shivakumar said Yatnal had told reporters that …", "Okafor said on Monday that Reyes had claimed …": what one says
        // another said is the first one's claim (the other is not shown to have said it); only a denial passed on is the
        // denier's ("Ms Dillon said Mr Mulcahy had also vehemently denied …").
        if (subject is { } inner && inner.Id != previous && inner.First > prevAt && !scope.Triggers[index].Denial && ReportedInside(p, prevAt, inner.First) &&
            SpeechLexicon.TryVerb(t[prevAt].Norm, out var outerLemma, out _) && outerLemma == "say")
        {
            return SieveOutcome.Nothing;
        }

        if (subject is null && UnnamedSubjectBefore(p, scope.Sentence, prevAt, v))
        {
            return SieveOutcome.Nothing; // "Trump said talks were underway, but Cuban officials denied it": not Trump
        }

        subject ??= (previous, -1, -1);
        return SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, subject));
    }

    /// <summary>Only adverbs ("strongly", "also", "categorically") between <paramref name="from"/> and the verb at <paramref name="v"/>.</summary>
    private static bool VerbAfterAdverbs(List<Text.Token> t, int from, int v)
    {
        for (var k = from; k < v; k++)
        {
            if (!(t[k].Norm.EndsWith("ly", StringComparison.Ordinal) || t[k].Norm is "also" or "further" or "again" or "still"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The last person or organisation named between the previous trigger and "and" that is followed at once by a past
    /// verb ("Randhir Jaiswal crushed the rumours and …"), not governed by a preposition.
    /// </summary>
    private (string, int, int)? SubjectOfJoinedVerb(Text.Paragraph p, int prevAt, int and)
    {
        var t = p.Tokens;
        (string, int, int)? found = null;
        for (var k = prevAt + 1; k < and - 1; k++)
        {
            if (p.MentionAt[k] < 0 || p.Mentions[p.MentionAt[k]] is not { } m || m.First != k || p.InQuote[k])
            {
                continue;
            }

            var verb = m.End;
            if (verb < and && t[verb].IsWord && !t[verb].Cap && t[verb].Norm.EndsWith("ed", StringComparison.Ordinal) && verb + 1 < and &&
                Context.Analysis.Entities.TryGetValue(m.EntityId, out var e) && e.Kind != Model.EntityKind.Place && !SubjectFinder.GovernedByPreposition(p, k))
            {
                found = (m.EntityId, m.First, m.End);
            }

            k = m.End - 1;
        }

        return found;
    }

    /// <summary>"…, a charge (that) port director X denied": a framing noun within a few words before the name.</summary>
    private static bool FramingNounBefore(Text.Paragraph p, int prevAt, int before)
    {
        var t = p.Tokens;
        for (var j = before; j > prevAt && j >= before - 3; j--)
        {
            if (!t[j].IsWord || p.InQuote[j])
            {
                return false;
            }

            if (Lexicon.Current.FramingNouns.Contains(t[j].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The verb has a subject of its own that names no one the article names: a lower-case noun right before it, past
    /// adverbs and auxiliaries ("… but officials later denied", "… as the company has insisted"). A verb that follows a
    /// conjunction or a comma ("… and added", "…, adding") continues the previous speaker.
    /// </summary>
    private static bool UnnamedSubjectBefore(Text.Paragraph p, Text.Sentence s, int prevAt, int v)
    {
        var t = p.Tokens;
        var w = VerbFrame.BeforeAdverbs(p, s, v);
        while (w > prevAt && t[w].Norm is "has" or "have" or "had" or "was" or "were" or "is" or "are" or "would" or "will" or "did" or "does" or "do" or
               "could" or "can" or "may" or "might" or "should" or "not" or "n't" or "never" or "reportedly" or "repeatedly" or "since")
        {
            w = VerbFrame.BeforeAdverbs(p, s, w);
        }

        if (w <= prevAt || p.InQuote[w] || !t[w].IsWord || p.MentionAt[w] >= 0)
        {
            return false;
        }

        if (t[w].Cap)
        {
            // "…, after the PM denied …": a capitalised title after a determiner is still a subject of its own.
            return w - 1 > prevAt && t[w - 1].Norm is "the" or "a" or "an" && !p.InQuote[w - 1];
        }

        var n = t[w].Norm;
        if (n is "while" or "when" or "by" or "after" or "before" && w + 1 == v && t[v].Norm.EndsWith("ing", StringComparison.Ordinal))
        {
            return false; // "… denied the report, while claiming that …": a gerund of manner has the sentence's subject
        }

        return n is not ("and" or "but" or "or" or "then" or "yet" or "so" or "also" or "that" or "which" or "who") &&
            !Words.SubjectPronouns.Contains(n) && !Words.Prepositions.Contains(n) && !SpeechLexicon.IsVerb(n);
    }

    /// <summary>The name at <paramref name="first"/> opens the first verb's complement: right after it, after "that", or after a title ("said Mr Mulcahy …").</summary>
    // The name at first opens the complement of the verb: right after it, after "that" or a title, or after "that" closing
    // a short adverbial with no comma ("said on Monday that X …"); titles before the name go with it ("said President X").
    private static bool ReportedInside(Text.Paragraph p, int verb, int first)
    {
        while (first - 1 > verb && p.Tokens[first - 1].Cap && Entities.NameWords.IsTitle(p.Tokens[first - 1]))
        {
            first--;
        }

        if (OpensComplement(p, verb, first))
        {
            return true;
        }

        if (first - verb > 6 || p.Tokens[first - 1].Norm != "that")
        {
            return false;
        }

        for (var k = verb + 1; k < first - 1; k++)
        {
            if (!p.Tokens[k].IsWord || SpeechLexicon.IsVerb(p.Tokens[k].Norm) || p.MentionAt[k] >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool OpensComplement(Text.Paragraph p, int verb, int first) =>
        first == verb + 1 || (first == verb + 2 && (p.Tokens[verb + 1].Norm == "that" || Entities.NameWords.IsTitle(p.Tokens[verb + 1])));
}
