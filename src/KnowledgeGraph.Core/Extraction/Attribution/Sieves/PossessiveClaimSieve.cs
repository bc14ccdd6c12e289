using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// "the mayor's claim that the port was profitable", "Brandt's assertion he never saw the memo", "the committee's
/// conclusion that the drug was unsafe": a claim named as someone's is that someone's statement, whatever the sentence
/// around it does with it (disbelieves it, rejects it). Asked once per sentence, after the trigger sieves, for every
/// such phrase whose owner is not already the speaker of the same words.
/// </summary>
internal sealed class PossessiveClaimSieve(AttributionContext context)
{
    public string Name => "possessive-claim";

    /// <summary>Adds the sentence's possessive claims to <paramref name="into"/> (nothing is allocated when there are none).</summary>
    public void Attribute(SentenceScope scope, List<Finding> into)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var t = p.Tokens;
        for (var k = s.First + 1; k + 2 < s.End; k++)
        {
            if (t[k].Norm != "'s" && !p.InQuote[k] && ClaimByOwner(p, s, k) is var (byOwner, byStart) && byStart > 0)
            {
                // "claims by consultant Jane Roe that she was part of a team …", "remarks made by Senator X that …"
                var (bFirst, bEnd) = VerbFrame.ForwardContent(p, s, byStart - 2, NextTriggerAfter(scope, byStart - 1));
                bFirst = Math.Max(bFirst, byStart);
                if (bEnd - bFirst >= 3 && !AlreadySaid(scope, byOwner.Id, bFirst, bEnd))
                {
                    into.Add(new Finding(byOwner.Id, byOwner.First, byOwner.End, bFirst, bEnd, k, bEnd)
                    {
                        Rule = Name,
                        Trigger = new Trigger(TriggerKind.Verb, k, Lexicon.Current.DenialNouns.Contains(t[k].Norm) ? "deny" : "claim", Lexicon.Current.DenialNouns.Contains(t[k].Norm)),
                    });
                }

                continue;
            }

            if (t[k].Norm != "'s" && !p.InQuote[k] && ModifierOwner(p, s, k) is { } modifier)
            {
                // "rejected the EFF claims that …", "denied Indian accusations that …": the name or people before the noun.
                var (mFirst, mEnd) = VerbFrame.ForwardContent(p, s, k + 1, NextTriggerAfter(scope, k + 1));
                if (mFirst == k + 3 && mEnd - mFirst >= 3 && !AlreadySaid(scope, modifier.Id, mFirst, mEnd))
                {
                    into.Add(new Finding(modifier.Id, modifier.First, modifier.End, mFirst, mEnd, modifier.First, mEnd)
                    {
                        Rule = Name,
                        Trigger = new Trigger(TriggerKind.Verb, k + 1, "claim", false),
                    });
                }

                continue;
            }

            if (t[k].Norm != "'s" || p.InQuote[k] || !Lexicon.Current.PossessiveClaimNouns.Contains(t[k + 1].Norm))
            {
                continue;
            }

            var noun = k + 1;
            var denial = Lexicon.Current.DenialNouns.Contains(t[noun].Norm);
            var start = t[noun + 1].Norm == "that" ? noun + 2 : noun + 1;
            // Without "that", the clause must open with a subject and soon have a finite verb ("claim he never saw",
            // "claim the party was"); "the mayor's claim to the land", "the minister's claims on Monday" hold no clause.
            if (start >= s.End || !(start == noun + 2 || Words.SubjectPronouns.Contains(t[start].Norm) || t[start].Norm is "i" or "we" or "you" ||
                (t[start].Norm is "the" or "a" or "an" or "his" or "her" or "its" or "their" && SpeechVerbs.FiniteVerbWithin(p, s, start + 1, 6))))
            {
                continue;
            }

            if (Owner(p, s, k) is not { } owner)
            {
                continue;
            }

            var nextAt = NextTriggerAfter(scope, noun);
            var (first, end) = VerbFrame.ForwardContent(p, s, noun, nextAt);
            end = BeforeVerdictOnIt(p, first, end);
            while (end > first + 1 && (Words.BeForms.Contains(t[end - 1].Norm) || t[end - 1].Norm is "been" or "have" or "has" or "had"))
            {
                end--; // "… claims that Cuba threatens US security were described by …": the passive's auxiliary is not the claim's
            }

            if (first != start || end - first < 3 || AlreadySaid(scope, owner.Id, first, end))
            {
                continue;
            }

            into.Add(new Finding(owner.Id, owner.First, owner.End, first, end, owner.First, end)
            {
                Rule = Name,
                Trigger = new Trigger(TriggerKind.Verb, noun, denial ? "deny" : "claim", denial),
            });
        }
    }

    /// <summary>
    /// "Bolsonaro's accusations that Boric “set the metro on fire” during protests in 2019 are “absolutely false,” …": the
    /// claim ends where a form of "be" passes a verdict of falsehood on it; the verdict is the one who answers it.
    /// </summary>
    internal static int BeforeVerdictOnIt(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var j = first + 2; j < end; j++)
        {
            if (Words.BeForms.Contains(t[j].Norm) && t[j].Norm != "'s" && !p.InQuote[j] && Words.VerdictIn(t, j + 1, end, 5))
            {
                return j;
            }
        }

        return end;
    }

    /// <summary>
    /// "claims by consultant Jane Roe that …", "remarks made by Senator X that …", "allegations from the union that …": a
    /// claim noun at <paramref name="k"/>, "(made) by/from" and a person or organisation (after at most three lower-case or
    /// title words), then "that". The owner and the first token of the clause; (default, 0) when there is none.
    /// </summary>
    private ((string Id, int First, int End) Owner, int Start) ClaimByOwner(Paragraph p, Sentence s, int k)
    {
        var t = p.Tokens;
        // The word after the noun first: it turns away almost every token before a set lookup.
        if (k + 1 >= s.End || t[k + 1].Norm is not ("by" or "from" or "of" or "made" or "levelled" or "leveled") ||
            !(Lexicon.Current.PossessiveClaimNouns.Contains(t[k].Norm) || t[k].Norm is "remarks" or "comments"))
        {
            return default;
        }

        var j = k + 1;
        if (j < s.End && t[j].Norm is "made" or "levelled" or "leveled")
        {
            j++;
        }

        if (j + 2 >= s.End || t[j].Norm is not ("by" or "from" or "of"))
        {
            return default;
        }

        // "the charges of noted environmental group Indonesian Forum for Environment (Walhi) that …": after "of" only a
        // plural claim noun, and a name that is no place's ("allegations of Russian interference that …" name no maker).
        if (t[j].Norm == "of" && !t[k].Norm.EndsWith('s'))
        {
            return default;
        }

        for (var m = j + 1; m < s.End && m <= j + 4; m++)
        {
            if (p.MentionAt[m] >= 0)
            {
                var mention = p.Mentions[p.MentionAt[m]];
                var that = mention.End;
                if (that + 3 < s.End && t[that].Norm == "(" && t[that + 2].Norm == ")")
                {
                    that += 3; // "Indonesian Forum for Environment (Walhi) that …": its acronym in brackets
                }

                if (mention.First != m || context.Analysis.Entities[mention.EntityId].Kind == Model.EntityKind.Place || that + 1 >= s.End ||
                    t[that].Norm != "that" || p.InQuote[that])
                {
                    return default;
                }

                return ((mention.EntityId, mention.First, mention.End), that + 1);
            }

            // ("noted environmental group": a participle before another word of the description is an adjective.)
            if (!t[m].IsWord || p.InQuote[m] ||
                (SpeechLexicon.IsVerb(t[m].Norm) && !(t[j].Norm == "of" && m + 1 < s.End && t[m + 1].IsWord && !t[m + 1].Cap && t[m + 1].Norm != "that")))
            {
                return default;
            }
        }

        return default;
    }

    /// <summary>
    /// "the EFF claims that …", "Indian accusations that …": an organisation's or a person's name, or a people's adjective
    /// (its country's government), ending at <paramref name="k"/> right before a plural claim noun and "that", after a
    /// determiner or a verb; the owner, or null.
    /// </summary>
    private (string Id, int First, int End)? ModifierOwner(Paragraph p, Sentence s, int k)
    {
        var t = p.Tokens;
        if (k + 2 >= s.End || t[k + 2].Norm != "that" || t[k + 1].Norm is not ("claims" or "allegations" or "accusations" or "assertions") || !t[k].IsWord || !t[k].Cap)
        {
            return null;
        }

        if (p.MentionAt[k] >= 0)
        {
            var m = p.Mentions[p.MentionAt[k]];
            var e = context.Analysis.Entities[m.EntityId];
            var o = m.First > s.First ? m.First - 1 : -1;
            return m.End == k + 1 && e.Kind != Model.EntityKind.Place && !e.IsMedia && o >= 0 && (t[o].Norm is "the" or "these" or "those" || (t[o].IsWord && SpeechLexicon.IsVerb(t[o].Norm)))
                ? (m.EntityId, m.First, m.End)
                : null;
        }

        // "Pakistan denied Indian accusations that …": a people's adjective right after the verb is its government.
        return k > s.First && t[k - 1].IsWord && SpeechLexicon.IsVerb(t[k - 1].Norm) && context.Analysis.CountryOfDemonym(t[k].Norm) is { } country &&
            context.Analysis.GovernmentOf(country) is { } government
            ? (government, k, k + 1)
            : null;
    }

    /// <summary>The name or reference phrase that ends right before the "'s": "Brandt", "the mayor", "the PM".</summary>
    private (string Id, int First, int End)? Owner(Paragraph p, Sentence s, int possessive)
    {
        var t = p.Tokens;
        if (p.MentionAt[possessive - 1] >= 0)
        {
            var m = p.Mentions[p.MentionAt[possessive - 1]];
            return m.End == possessive ? (m.EntityId, m.First, m.End) : null;
        }

        // A reference phrase: a determiner (or nothing, in a headline) and at most two modifiers before the noun.
        for (var j = possessive - 1; j >= s.First && j >= possessive - 4; j--)
        {
            if (!t[j].IsWord || p.InQuote[j])
            {
                return null;
            }

            if (j == s.First || Words.Determiners.Contains(t[j].Norm) || !t[j - 1].IsWord || Words.Prepositions.Contains(t[j - 1].Norm) ||
                SpeechLexicon.IsVerb(t[j - 1].Norm))
            {
                return context.Subjects.FindSubject(p, j, possessive) is { } found && found.End == possessive ? found : null;
            }
        }

        return null;
    }

    private static int NextTriggerAfter(SentenceScope scope, int at)
    {
        foreach (var trigger in scope.Triggers)
        {
            if (trigger.At > at)
            {
                return trigger.At;
            }
        }

        return scope.Sentence.End;
    }

    /// <summary>The owner already speaks these words through a trigger of the sentence ("Brandt repeated his claim that …").</summary>
    private static bool AlreadySaid(SentenceScope scope, string speaker, int first, int end)
    {
        foreach (var f in scope.Found)
        {
            if (f.SpeakerId == speaker && f.ContentFirst < end && first < f.ContentEnd)
            {
                return true;
            }
        }

        return false;
    }
}
