namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// "The allegations were dismissed by police chief Tomas Weber.", "The woman says she was paid by the firm - claims
/// denied by Northgate Bank.": the agent of a passive denial denies its subject, or the clause the reduced "claims
/// denied by" follows.
/// </summary>
internal sealed class PassiveDenialSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "passive-denial";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var trig = scope.Triggers[index];
        var v = trig.At;
        if (!trig.Denial || v <= s.First)
        {
            return SieveOutcome.Pass;
        }

        (string EntityId, int First, int End) agent;
        var by = SpeechVerbs.PassiveDenialByReference(p, s, v);
        if (SpeechVerbs.PassiveDenialAgent(p, s, v) is { } named)
        {
            agent = (named.EntityId, named.First, named.End);
        }
        else if (by >= 0 && AppositiveAgent(p, s, by) is { } apposed)
        {
            agent = apposed; // "… dismissed by the head of the union, Tom Reyes, …": the name set off after the description
        }
        else if (by >= 0 && Context.References.ReferencePhrase(p, by + 1, Math.Min(s.End, by + 6)) is { } described &&
            (!SpeechLexicon.PersonNouns.Contains(p.Tokens[by + 2].Norm) || Context.References.NamedBefore(Context.Analysis.Paragraphs.IndexOf(p), p, s.First).Contains(described.Item1)))
        {
            // "… rebuffed by the club in a statement": the club the article named; "… rejected by the minister": a minister
            // named before, never one the text names only later.
            agent = (described.Item1, described.Item2, described.Item3);
        }
        else
        {
            return SieveOutcome.Pass;
        }

        var t = p.Tokens;
        var first = s.First;
        int end;
        if (Words.FramingNouns.Contains(t[v - 1].Norm))
        {
            // "… she was paid by the firm - claims denied by …": the clause before the dash or comma the claims follow.
            end = v - 1;
            while (end > first && t[end - 1].IsWord && !t[end - 1].IsQuote && t[end - 1].Norm is not ("," or "-" or "\u2013" or "\u2014" or ";"))
            {
                end--;
            }

            end = end > first ? end - 1 : first;
            for (var k = end - 1; k > first; k--)
            {
                if (t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm))
                {
                    first = t[k + 1].Norm == "that" ? k + 2 : k + 1; // "The woman alleges she was paid …": what she alleges
                    break;
                }
            }
        }
        else
        {
            // "The allegations were (also) dismissed by …": the subject before the auxiliary.
            end = v - 1;
            while (end > first && !(Words.BeForms.Contains(t[end].Norm) || t[end].Norm is "been" or "be"))
            {
                end--;
            }

            while (end > first && (Words.BeForms.Contains(t[end - 1].Norm) || t[end - 1].Norm is "have" or "has" or "had"))
            {
                end--; // "have been dismissed"
            }

            if (!ClaimSubject(p, first, end) || NamedSubjectOfClause(p, first, end))
            {
                return SieveOutcome.Nothing; // "its application was denied by the ministry": a request turned down, not a claim
            }

            for (var k = first; k + 2 < end; k++)
            {
                if (Words.NamesAClaim(t[k].Norm) && t[k + 1].Norm == "that")
                {
                    first = k + 2; // "The White House's claims that Cuba threatens …": what the claims say
                    break;
                }
            }
        }

        end = Spans.TrimEnd(p, first, end);
        return end <= first
            ? SieveOutcome.Nothing
            : SieveOutcome.Found(new Finding(agent.EntityId, agent.First, agent.End, first, end, s.First, agent.End, Denies: true));
    }

    /// <summary>
    /// "by the Director of the Security Intelligence Agency (SOA), Tomislav Karamarko,": a person named right after the
    /// comma that closes the description after "by".
    /// </summary>
    private static (string, int, int)? AppositiveAgent(Text.Paragraph p, Text.Sentence s, int by)
    {
        var t = p.Tokens;
        for (var k = by + 2; k + 1 < s.End && k <= by + 12; k++)
        {
            if (t[k].Norm != ",")
            {
                if (t[k].Norm is "." or ";" || (t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm)))
                {
                    return null;
                }

                continue;
            }

            var name = k + 1;
            while (name + 1 < s.End && name < k + 3 && p.MentionAt[name] < 0 && t[name].IsWord && t[name].Cap && Entities.NameWords.IsTitle(t[name]))
            {
                name++; // "…, Col. Ray Dunmore"
            }

            if (p.MentionAt[name] >= 0 && p.Mentions[p.MentionAt[name]] is var m && m.First == name &&
                (m.End >= s.End || t[m.End].Norm is "," or "and" or "." or ";"))
            {
                return (m.EntityId, m.First, m.End);
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "… to rubbish claims that Gerrard has already been dismissed by the club": the passive is the that-clause's own, its
    /// subject a name or "he"/"she" right after "that"; a person dismissed is no claim denied.
    /// </summary>
    private static bool NamedSubjectOfClause(Text.Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        var k = end - 1;
        while (k > first && t[k].Norm is not ("that" or "," or ";"))
        {
            k--;
        }

        if (k <= first || t[k].Norm != "that" || k + 1 >= end)
        {
            return false;
        }

        var after = t[k + 1].Norm is "he" or "she" ? k + 2 : p.MentionAt[k + 1] >= 0 && p.Mentions[p.MentionAt[k + 1]] is var m && m.First == k + 1 ? m.End : -1;
        while (after >= 0 && after < end && (t[after].Norm is "has" or "have" or "had" or "already" or "also" or "since" or "now" or "just" or "reportedly" or "allegedly" ||
            Words.BeForms.Contains(t[after].Norm)))
        {
            after++; // "Gerrard has already (been)"
        }

        return after == end;
    }

    /// <summary>
    /// A subject that is a claim: a report or claim noun ("the allegations", "the story"), anything said to be only
    /// reported or rumoured ("The reported attack on the convoy", "the rumoured merger"; not "the alleged victim", a
    /// person), or a pronoun standing for one.
    /// </summary>
    private static bool ClaimSubject(Text.Paragraph p, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            var n = p.Tokens[k].Norm;
            if (Words.NamesAClaim(n) || (k + 1 < end && n is "reported" or "rumoured" or "rumored" or "purported") ||
                (end - first == 1 && n is "it" or "this" or "that" or "they"))
            {
                return true;
            }
        }

        return false;
    }
}
