using KnowledgeGraph.Model;
using KnowledgeGraph.Extraction.Attribution;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Splits reported content into propositions and decides each one's stance: denial verbs, predicates that call a
/// claim false ("… are not true", "it's gossip"), and negation of the main predicate all give a denial of the
/// positive proposition. Rejections inside the content ("and rejects the characterization of being X") add their own.
/// </summary>
internal static partial class PropositionSplitter
{
    private static WordSet Negations => Lexicon.Current.Negations;
    private const int ShortOpening = 8;

    private static WordSet ConditionWords => Lexicon.Current.ConditionWords;

    /// <summary>
    /// A full stop, or "!"/"?", that ends a sentence: not the dot of "Cupertino, Calif., headquarters", nor a period inside
    /// an abbreviation written without spaces ("H.E Nana Addo").
    /// </summary>
    private static bool IsStop(List<Token> t, int k) =>
        t[k].Norm is "." or "!" or "?" && !(t[k].Norm == "." && k + 1 < t.Count && t[k + 1].Norm is "," or ";" && k > 0 && t[k - 1].IsWord) &&
        !(t[k].Norm == "." && k > 0 && k + 1 < t.Count && t[k - 1].IsWord && t[k - 1].End == t[k].Start && t[k + 1].IsWord && t[k + 1].Start == t[k].End);

    /// <summary>
    /// "“Are we living in Nazi Germany?” he said", "“Where are these allegations coming from?” the minister said": a content
    /// that is one question with no sentence after it; said (not posed or asked), it asserts nothing a claim could hold.
    /// </summary>
    internal static bool QuestionOnly(List<Token> t, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (!IsStop(t, k))
            {
                continue;
            }

            if (t[k].Norm != "?")
            {
                return false;
            }

            for (var j = k + 1; j < end; j++)
            {
                if (t[j].IsWord)
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static bool NoComment(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        var words = new List<string>(3);
        for (var k = first; k < end && words.Count < 3; k++)
        {
            if (t[k].IsWord)
            {
                words.Add(t[k].Norm);
            }
        }

        return words.Count == 2 && words[0] is "no" or "no." && words[1] is "comment" or "comments";
    }

    public static List<Proposition> Split(Paragraph p, int first, int end, bool verbDenial)
    {
        var t = p.Tokens;
        var props = new List<Proposition>();
        var opened = SkipOpeningQuote(p, first, end);
        first = SkipDeclaration(p, SkipIntro(p, opened, end), end);
        if (NoComment(p, first, end))
        {
            return props; // "“No comment,” she said": a refusal to speak asserts nothing
        }

        if (ContraryToReport(p, opened, end) is var (reportFirst, reportEnd))
        {
            // "I wish to state that, contrary to the report, the soldiers were in the district from Monday": what is set
            // against the report denies it; the claim denied is the report's, not the speaker's own account.
            props.Add(new Proposition(reportFirst, reportEnd, Stance.Denied));
            return props;
        }

        // The first sentence of the content carries the main claim; a question opening a quotation that goes on ("Bloomberg's
        // report? Zero basis - no meeting.") only asks it: the answer after it is the claim.
        var mainEnd = first;
        while (mainEnd < end && !IsStop(t, mainEnd) && !ClauseBut(p, first, mainEnd))
        {
            mainEnd++;
        }

        var openedByQuestion = false;
        // "“I've seen that newspaper article. It's not accurate,”": a first sentence that only says the speaker saw or read
        // the report opens the answer as a question does.
        if (mainEnd < end && (t[mainEnd].Norm == "?" || (t[mainEnd].Norm == "." && ReadTheReport(t, first, mainEnd))) && p.InQuote[first] &&
            AnswerAfter(p, mainEnd + 1, end) is var answer and > 0)
        {
            openedByQuestion = true; // like a short opening verdict, the question lets the later sentences be claims too
            first = answer;
            mainEnd = first;
            while (mainEnd < end && !IsStop(t, mainEnd) && !ClauseBut(p, first, mainEnd))
            {
                mainEnd++;
            }
        }

        // "claimed that “the Foreign Secretary has categorically denied and said that there was no strike”": the content
        // reports someone else's words; what the speaker asserts is that report, one proposition, said.
        if (!verbDenial && QuotedReportedSpeech(p, first, mainEnd))
        {
            props.Add(new Proposition(first, mainEnd, Stance.Said));
            return props;
        }

        // "said the policy “has not changed” and that sanctions would stay": a second that-clause is its own proposition.
        var secondThat = SecondThatClause(p, first, mainEnd);
        // "… so that a GST number was included – and in no way was the restaurant asked to …": a clause of inverted negation
        // joined by "and" is a proposition of its own, as a second that-clause is.
        var inverted = secondThat < 0 ? InvertedNegationClause(p, first, mainEnd) : -1;
        var innerDenial = InnerDenial(p, first, secondThat >= 0 ? secondThat : inverted >= 0 ? inverted : mainEnd);
        var mainStop = innerDenial >= 0 ? ConnectorStart(p, first, innerDenial) : secondThat >= 0 ? secondThat : inverted >= 0 ? inverted : mainEnd;
        var falsehood = -1; // the copula of a falsehood verdict, asked once below
        if (NoTruthOpening(p, first, mainStop) is var claimAt and > 0)
        {
            // "There is no truth to the rumour that the port will close": what has no truth is the rumour's clause.
            props.Add(new Proposition(claimAt, mainStop, Stance.Denied));
        }
        else if (!verbDenial && RejectionOf(t, first, mainStop) is var rejectedAt and > 0)
        {
            // "expressed its rejection of the full report": a denial named as a noun, its object denied.
            props.Add(new Proposition(StripFraming(p, rejectedAt, mainStop), mainStop, Stance.Denied));
        }
        else if (!verbDenial && FalselyReportedThat(p, first, mainStop) is var reportedAt and > 0)
        {
            // "clarified that some outlets had incorrectly reported that the premier called him": what was reported is denied.
            props.Add(new Proposition(reportedAt, mainStop, Stance.Denied));
        }
        else if (VerdictFirst(p, first, mainStop) is var objectAt and > 0)
        {
            // "termed as “completely baseless” reports that the port was sold", "dismissed as false allegations by X that
            // …": the verdict comes before its object, which is denied.
            props.Add(new Proposition(StripFraming(p, objectAt, mainStop), mainStop, Stance.Denied));
        }
        else if (verbDenial && RuledOutAction(t, first, mainStop))
        {
            // "ruled out any scope of holding a fresh election", "ruled out resigning": an action refused is a red line,
            // said; nothing reported is refuted.
            props.Add(new Proposition(first, mainStop, Stance.Said));
        }
        else if (verbDenial)
        {
            // "dismissed the report as fake news": the verdict after "as" is why, the claim is the object before it.
            for (var k = first + 1; k < mainStop && k < first + 8; k++)
            {
                // "… as “a fairy tale”", "… as a smear": after a verb of denial, a quoted or indefinite "as" phrase is the verdict.
                if (t[k].Norm == "of" && !p.InQuote[k] && k + 1 < mainStop && Words.SpreadingGerund(t[k + 1].Norm))
                {
                    mainStop = k; // "accused Reuters of publishing fake news": what is rejected is what Reuters published
                    break;
                }

                if (t[k].Norm == "as" && !p.InQuote[k] && (Words.VerdictIn(t, k + 1, mainStop) ||
                    (k + 1 < mainStop && !PronounOnly(t, first, k) && (t[k + 1].IsQuote || t[k + 1].Norm is "a" or "an" or "pure" or "mere" or "nothing"))))
                {
                    mainStop = k;
                    break;
                }
            }

            // "called the report a smear campaign": the verdict's article left at the object's end is no part of it
            while (mainStop - 1 > first && t[mainStop - 1].Norm is "a" or "an" && !p.InQuote[mainStop - 1])
            {
                mainStop--;
            }

            props.Add(new Proposition(StripFraming(p, first, mainStop), mainStop, Stance.Denied));
        }
        else if (FalselyAccusedAt(p, first, mainStop) is var falsely and > 0)
        {
            // "her clients were falsely implicated in the case": the accusation the speaker says was false is denied, without
            // the adverb ("Her clients were implicated in the case").
            props.Add(new Proposition(first, mainStop, Stance.Denied, NegationAt: falsely));
        }
        else if (FalseReportClause(p, first, mainStop) is var reported and > 0)
        {
            // "the circulation of a fabricated message indicating 11 persons had died", "a fake post claiming that the port
            // was sold": what the false report says is denied.
            props.Add(new Proposition(reported, mainStop, Stance.Denied));
        }
        else if (FalseReportTopic(p, first, mainStop) is var (topicFirst, topicEnd))
        {
            // "The circulation of entirely unfounded news regarding the health of the Holy Father … is gravely
            // irresponsible": the report named false, with what it is about, is denied.
            props.Add(new Proposition(topicFirst, topicEnd, Stance.Denied));
        }
        else if (t[first].Norm.EndsWith("ing", StringComparison.Ordinal) && !p.InQuote[first] && IsDenialVerb(p, first))
        {
            // "recalled dismissing similar false reports", "reiterated rejecting the claims": the content is a denial.
            props.Add(new Proposition(StripFraming(p, first + 1, mainStop), mainStop, Stance.Denied));
        }
        else if ((QuotedDenialVerb(p, first, mainStop) is var dv and >= 0) ||
                 (ColonInQuote(p, first, mainStop) is var colon and > 0 && (dv = QuotedDenialVerb(p, colon + 1, mainStop)) >= 0))
        {
            // “The Ministry categorically rejects the false reports …,” the note says: the quotation itself denies.
            // “We deny that anyone was arrested”: the clause after "that", not "That anyone …".
            // “We brushed aside the claims that …”, “pushed back on reports that …”: past the verb's particle and its preposition.
            var after = dv + 1;
            if (after < mainStop && t[after].Norm is "aside" or "off" or "back" or "down" or "out")
            {
                after += after + 1 < mainStop && t[after + 1].Norm is "on" or "at" or "against" ? 2 : 1;
            }

            var from = after + 1 < mainStop && t[after].Norm == "that" ? after + 1 : StripFraming(p, after, mainStop);
            props.Add(new Proposition(from, mainStop, Stance.Denied));
        }
        else if (FirstPersonRejectsRelative(p, first, mainStop) is var which and > 0)
        {
            // "the legal action was a “concerted attack upon Santos which we completely reject”": what the speaker's own
            // relative clause rejects, the clause before it, is denied.
            props.Add(new Proposition(first, which, Stance.Denied));
        }
        else if (ContraryToReports(p, first, mainStop) is var (contrary, reportedFirst) && contrary > first)
        {
            // "12 people were rescued, contrary to reports of deaths": the speaker's own account is said, and what the
            // reports say is denied ("Deaths").
            props.Add(ByNegation(p, first, contrary > first && p.Tokens[contrary - 1].Norm == "," ? contrary - 1 : contrary));
            props.Add(new Proposition(reportedFirst, mainStop, Stance.Denied));
        }
        else if (InnocentOf(p, first, mainStop) is var accused and > 0)
        {
            // "Mark Sampson says he is innocent of claims of racism made against him": the accusation is denied.
            props.Add(new Proposition(accused, mainStop, Stance.Denied));
        }
        else if (AsVerdict(p, first, mainStop))
        {
            // "describing the allegation as a “deliberate … falsehood”", "dismissed them as baseless": the object is denied;
            // the verdict after "as" is why, not part of the claim.
            var asAt = first + 1;
            while (asAt < mainStop && t[asAt].Norm != "as")
            {
                asAt++;
            }

            props.Add(PronounOnly(t, first, asAt) ? new Proposition(first, mainStop, Stance.Denied) : new Proposition(StripFraming(p, first, asAt), asAt, Stance.Denied));
        }
        else if (ConcernedByFalsehood(p, first, mainStop) is var falseTopic and > 0)
        {
            // "We are aware of speculation and false information circulating online", "police were deeply concerned about the
            // continued peddling of fake news about kidnappings": the speaker names what circulates false, and denies it.
            props.Add(new Proposition(falseTopic, mainStop, Stance.Denied));
        }
        else if (DeceptionAt(p, first, mainStop) is var deceiving and >= 0)
        {
            // "These reports seek to mislead the public …": calling the subject a deception rejects it.
            props.Add(new Proposition(first, mainStop, Stance.Denied) { DeceiverEnd = deceiving });
        }
        else if ((falsehood = FalsehoodAt(p, first, mainStop)) >= 0 && ReportsConjunct(p, first, falsehood) is var conjunct and > 0)
        {
            // "There was no meeting between A and B, and all reports about it are false": the first clause is the claim,
            // denied by its negation, and the reports are that same claim's; "The meeting took place in May, and the reports
            // of a rift are untrue": the clause is said, and the reports the verdict calls false are denied.
            var clause = ByNegation(p, first, conjunct - 1);
            props.Add(clause);
            if (clause.Stance != Stance.Denied)
            {
                props.Add(new Proposition(conjunct + 1, falsehood, Stance.Denied));
            }
        }
        else if (falsehood >= 0)
        {
            var copula = falsehood; // (asked once, in the branch above)
            var subject = StripFraming(p, first, copula);
            var relative = RelativeAntecedent(p, subject, copula);
            if (relative is var (antecedent, pronoun))
            {
                subject = antecedent; // "This is a very hurtful accusation which is completely untrue": the accusation
                copula = pronoun;
            }

            for (var k = copula - 1; k > subject && relative is null; k--)
            {
                if (t[k].Norm == "that" && k + 1 < copula)
                {
                    subject = StripFraming(p, k + 1, copula); // "We wish to put it right that the letter is a forgery": the letter
                    break;
                }
            }

            // "the claim could not be further from the truth": the modal and its negation belong to the verdict, not to the
            // claim ("The claim").
            while (copula - 1 > subject && p.Tokens[copula - 1].Norm is "could" or "can" or "would" or "might" or "may" or "must" or "not" or "n't" or "couldn't" or "cannot" or "ca" or "wo")
            {
                copula--;
            }

            // "find it to be a spurious report", "Nothing could be further from the truth": the whole clause. ("Clearly this
            // is a fabricated story": a sentence adverb before "this" leaves it bare.)
            var bareFrom = subject;
            while (bareFrom + 1 < copula && Words.LyAdverb(p.Tokens[bareFrom].Norm))
            {
                bareFrom++;
            }

            // ("The reporters are making things up": one who invents is no claim, so the whole clause is what is denied)
            var bare = copula <= subject || (copula - bareFrom == 1 && p.Tokens[bareFrom].Norm is "it" or "this" or "that" or "these" or "those") ||
                p.Tokens[copula - 1].Norm == "to" || p.Tokens[subject].Norm == "nothing" || MakingAfter(p.Tokens, falsehood + 1, mainStop);
            props.Add(NotOnlyInverted(p, subject, mainStop) is var (invFirst, invEnd) ? new Proposition(invFirst, invEnd, Stance.Denied)
                : bare ? new Proposition(first, mainStop, Stance.Denied) : new Proposition(subject, copula, Stance.Denied));
        }
        else if (VerdictOnly(p, first, mainStop) || SuchVerdict(p, first, mainStop) || ClaimThenVerdict(p, first, mainStop) || CalledVerdict(p, first, mainStop) || DisagreesWithFalsehood(p, first, mainStop) ||
                 SpreadsFalsehood(p, first, mainStop))
        {
            // "I was surprised to read such codswallop": what the speaker calls "such" a falsehood is what was reported.
            // "“Complete lies,” Trump said", "“FAKE NEWS – A TOTAL POLITICAL WITCH HUNT!”": a verdict with no verb is the
            // speaker's denial of what the verdict names.
            props.Add(new Proposition(first, mainStop, Stance.Denied));
        }
        else if (PassiveDenialOfReports(p, first, mainStop) is var beAt and > 0)
        {
            // "“Reports of bugging in the South Block is, hereby, denied,” the spokesperson said": the reports' claim is denied.
            props.Add(new Proposition(StripFraming(p, first, beAt), beAt, Stance.Denied));
        }
        else if (FalseClaimsSubject(p, first, mainStop) is var claimsEnd and > 0)
        {
            // "Such repeated, baseless, and fabricated allegations can be assessed …": a sentence about claims its subject
            // calls false rejects them.
            props.Add(new Proposition(first, claimsEnd, Stance.Denied));
        }
        else if (AndNot(p, first, mainStop) is var (andAt, be) && andAt > 0)
        {
            // "the move was “independent” and not a result of pressure": the first half is said, the second denied with
            // the first half's subject and verb ("The move was a result of pressure").
            props.Add(ByNegation(p, first, andAt));
            props.Add(new Proposition(andAt + 2, mainStop, Stance.Denied, first, be + 1, SubjectHasVerb: true));
        }
        else if (PutOutFalsehood(p, first, mainStop) is var putOut and > 0)
        {
            // "the news desk had developed a fake story about the defection of 33 members", "the paper published false
            // reports that the port was sold": the speaker rejects what the report said.
            props.Add(new Proposition(putOut, mainStop, Stance.Denied));
        }
        else if (MadeFalseClaims(p, first, mainStop))
        {
            // "TV3 and Winston Peters have made utterly false comments", "they are spreading false allegations": whoever the
            // speaker says made false claims has their claims rejected.
            props.Add(new Proposition(first, mainStop, Stance.Denied));
        }
        else if (ConfirmedNegation(p, first, mainStop) is var confirmed and > 0)
        {
            // "We immediately investigated reports … and can confirm that no Microsoft site or service was compromised": what
            // is confirmed not to be so is denied.
            props.Add(new Proposition(confirmed, mainStop, Stance.Denied, NegationAt: NegationAt(p, confirmed, mainStop)));
        }
        else
        {
            props.Add(ByNegation(p, first, mainStop));
        }

        if (secondThat >= 0)
        {
            var from = secondThat + 2;
            props.Add(verbDenial ? new Proposition(from, mainEnd, Stance.Denied) : ByNegation(p, from, mainEnd));
        }
        else if (inverted >= 0 && innerDenial < 0)
        {
            props.Add(ByNegation(p, inverted + 1, mainEnd));
        }

        // Later sentences of a quotation are claims of their own: "That is false. What we send is humanitarian aid …".
        var from2 = mainEnd;
        while (from2 < end && !IsStop(t, from2))
        {
            from2++; // past the rest of the first sentence ("… are not true, but they are ready …")
        }

        // Only after a short opening verdict ("That is false.", "Nobody is lying outright."): a long first sentence
        // carries the claim and what follows in the quotation elaborates it, unless a later sentence calls something
        // false ("The attention of the ministry has been drawn to a story. The allegation … is completely untrue.").
        var verdictsOnly = !openedByQuestion && from2 - first > ShortOpening &&
            !(from2 - first <= 2 * ShortOpening && props.Count > 0 && props[0].Stance == Stance.Denied && props[0].First == first);

        while (from2 < end)
        {
            while (from2 < end && (t[from2].IsQuote || t[from2].Norm is "." or "!" or "?"))
            {
                from2++;
            }

            var stop2 = from2;
            while (stop2 < end && !IsStop(t, stop2))
            {
                stop2++;
            }

            var question = stop2 < end && t[stop2].Norm == "?";
            var sentenceEnd = stop2;
            while (sentenceEnd > from2 && t[sentenceEnd - 1].IsQuote)
            {
                sentenceEnd--;
            }

            if (TagsOrAside(t, from2, sentenceEnd))
            {
                // "No I'm not. #rumors #nottrue", "No I'm not. (dating anyone new already)": hashtags or a bracketed aside
                // after the answer are no claim of their own.
            }
            else if (!question && VerdictFragment(t, from2, sentenceEnd))
            {
                // "“I think it's absurd. Absolutely absurd and rumour mongering which is meant to be divisive,” …": a later
                // sentence that is only a verdict, with no verb of its own, goes on denying.
                props.Add(new Proposition(from2, sentenceEnd, Stance.Denied));
            }
            else if (!question && NoTruthOpening(p, from2, sentenceEnd) is var opening and > 0)
            {
                // "… There is no reason to believe that he is involved.", "… There are inaccurate reports that …": a later
                // sentence that refutes a clause denies it, after a long opening too.
                props.Add(new Proposition(opening, sentenceEnd, Stance.Denied));
            }
            else if (!question && sentenceEnd - from2 >= 4 && !ConditionWords.Contains(t[from2].Norm) && InnerDenial(p, from2, sentenceEnd) < 0 &&
                FindDenialVerb(p, from2, sentenceEnd) < 0)
            {
                var verdict = FalsehoodAt(p, from2, sentenceEnd);
                if (verdict >= 0 && verdictsOnly)
                {
                    var subject = StripFraming(p, from2, verdict);
                    if (RelativeAntecedent(p, subject, verdict) is var (antecedent, pronoun))
                    {
                        (subject, verdict) = (antecedent, pronoun);
                    }

                    props.Add(verdict - subject > 1 ? new Proposition(subject, verdict, Stance.Denied) : new Proposition(from2, sentenceEnd, Stance.Denied));
                }
                else if (verdictsOnly && ByNegation(p, from2, sentenceEnd) is { Stance: Stance.Denied } denied)
                {
                    props.Add(denied); // "… The agency reiterates that no such audit has taken place": a later denial is a claim too
                }
                else if (!verdictsOnly)
                {
                    props.Add(verdict < 0 ? ByNegation(p, from2, sentenceEnd)
                        : RelativeAntecedent(p, from2, verdict) is var (antecedent, pronoun) ? new Proposition(antecedent, pronoun, Stance.Denied)
                        : new Proposition(from2, sentenceEnd, Stance.Denied));
                }
            }

            from2 = stop2 + 1;
        }

        // Later rejections in the content: "… and rejects the characterization of being a threat".
        for (var k = first; k < end; k++)
        {
            if (k != innerDenial && !(k >= mainEnd && IsDenialVerb(p, k)))
            {
                continue;
            }

            if (k != innerDenial && ThirdPartyBefore(p, first, k))
            {
                continue; // "… and he vigorously denied the allegations": someone else's denial, reported
            }

            var stop = k;
            while (stop < end && t[stop].Norm is not ("." or "!" or "?" or ";"))
            {
                stop++;
            }

            var from = StripFraming(p, k + 1, stop);
            if (stop > from)
            {
                var sentenceStart = k;
                while (sentenceStart > first && !IsStop(t, sentenceStart - 1))
                {
                    sentenceStart--;
                }

                props.Add(new Proposition(from, stop, Stance.Denied, sentenceStart, SubjectEnd(p, sentenceStart, k)));
            }
        }

        return props;
    }

    /// <summary>A later sentence of a quotation made only of hashtags ("#rumors #nottrue"), or wholly in brackets.</summary>
    private static bool TagsOrAside(List<Token> t, int from, int end)
    {
        while (end > from && t[end - 1].Norm is "." or "!" or "?")
        {
            end--;
        }

        if (end - from >= 2 && t[from].Norm == "(" && t[end - 1].Norm == ")")
        {
            return true;
        }

        var words = 0;
        for (var k = from; k < end; k++)
        {
            if (t[k].IsWord && !(k > from && t[k - 1].Norm == "#"))
            {
                return false;
            }

            words += t[k].IsWord ? 1 : 0;
        }

        return words > 0;
    }

    private static WordSet IntroWords => Lexicon.Current.IntroWords;

    /// <summary>
    /// "(that,) contrary to the report, …", "contrary to claims by the newspaper, …": the report or claims, as the span
    /// [First, End) of their noun phrase, when the content opens with such a phrase; else null.
    /// </summary>
    private static (int First, int End)? ContraryToReport(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        var k = first;
        while (k + 3 < end && k < first + 10 && !(t[k].Norm == "contrary" && t[k + 1].Norm == "to" && (k == first || t[k - 1].Norm is "," or "that" || t[k - 1].IsQuote)))
        {
            if (t[k].Norm is "." or "!" or "?" or ";")
            {
                return null;
            }

            k++; // "I wish to state that, contrary to …" when the declaration was not stepped over
        }

        if (k + 3 >= end || t[k].Norm != "contrary")
        {
            return null;
        }

        for (var c = k + 2; c < end && c <= k + 10; c++)
        {
            if (t[c].Norm == ",")
            {
                // ("…, contrary to the viral publication, the officers were not released …": a clause that denies by its own
                // negation says what was denied, and is read as such)
                return c + 1 < end && ClaimNounIn(t, k + 2, c) && NegationAt(p, c + 1, end) < 0 ? (k + 2, c) : null;
            }
        }

        return null;
    }

    /// <summary>"contrary to the statements of X, they are not …": the claim starts after the introductory phrase.</summary>
    private static int SkipIntro(Paragraph p, int first, int end)
    {
        // "To be clear, we refute …", "Frankly, the report is false": a word on how the speaker speaks, then the claim.
        var t = p.Tokens;
        if (first + 4 < end && t[first].Norm == "to" && t[first + 1].Norm == "be" && t[first + 2].IsWord && t[first + 3].Norm == ",")
        {
            return first + 4;
        }

        if (first + 4 < end && t[first].Norm == "for" && t[first + 1].Norm == "the" && t[first + 2].Norm == "record" && t[first + 3].Norm == ",")
        {
            return first + 4; // "For the record, the department wishes to reiterate that …"
        }

        // "Let's be clear, the issue … was not raised by the Palace", "Let me be clear, …"
        var let = first + 2 < end && t[first].Norm == "let" && t[first + 1].Norm is "me" or "us" or "'s" ? first + 2 : -1;
        if (let > 0 && let + 2 < end && t[let].Norm == "be" && t[let + 1].Norm is "clear" or "honest" or "frank" && t[let + 2].Norm == ",")
        {
            return let + 3;
        }

        if (first + 2 < end && t[first].Norm is "frankly" or "honestly" or "clearly" or "obviously" or "regrettably" or "unfortunately" or "sadly" or
            "naturally" or "respectfully" or "again" or "well" or "look" or "listen" && t[first + 1].Norm == ",")
        {
            return first + 2;
        }

        // "(described) as false, malicious and without basis a publication …", "as “baseless, libellous and scurrilous” a
        // publication": an "as" verdict opens the content, no intro.
        if (first >= end || !IntroWords.Contains(p.Tokens[first].Norm) ||
            (t[first].Norm == "as" && first + 1 < end && Words.FalsehoodAt(t, t[first + 1].IsQuote && first + 2 < end ? first + 2 : first + 1, end)))
        {
            return first;
        }

        for (var k = first + 1; k < end && k < first + 14; k++)
        {
            if (p.Tokens[k].Norm == "," && k + 1 < end)
            {
                return k + 1;
            }
        }

        return first;
    }

    /// <summary>
    /// "We wish to state categorically that …", "I would like to clarify that …", "We want to inform the public that …", "I
    /// can confirm that …": a first-person frame of declaring before a that-clause; what is declared is the clause. Returns its first token, or
    /// <paramref name="first"/> when there is no such frame.
    /// </summary>
    private static int SkipDeclaration(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        var k = first + 1;
        if (first + 5 < end && t[first].Norm is "the" or "this" && SpeechLexicon.IsInstitutionNoun(t[first + 1].Norm))
        {
            // "The Ministry (also) wishes to state that …", "the department wishes to reiterate that …": the body's own voice
            k = t[first + 2].Norm == "also" ? first + 3 : first + 2;
        }
        else if (first + 4 >= end || t[first].Norm is not ("we" or "i"))
        {
            return first;
        }

        if (k < end && t[k].Norm == "also")
        {
            k++;
        }

        // ("We regret to inform the public that …": a regret put as the frame of telling)
        // ("I can confirm that …": the modal of being able to say so frames it too)
        if (k < end && t[k].Norm is "would" or "wish" or "want" or "wishes" or "wants" or "hereby" or "regret" or "regrets" or "can")
        {
            k += t[k].Norm == "would" && t[k + 1].Norm == "like" ? 2 : 1;
            if (k < end && t[k].Norm == "to")
            {
                k++;
            }
        }

        // "We wish to advise members of the public that …", "we want to notify residents that …": the addressee may come between.
        if (k >= end || t[k].Norm is not ("state" or "clarify" or "inform" or "stress" or "emphasise" or "emphasize" or "reiterate" or "affirm" or "assure" or "declare" or "confirm" or
                "advise" or "notify" or "remind"))
        {
            return first;
        }

        for (var j = k + 1; j < end && j <= k + 6; j++)
        {
            if (t[j].Norm == "that")
            {
                return j + 1 < end ? j + 1 : first;
            }

            if (!t[j].IsWord)
            {
                return first;
            }
        }

        return first;
    }

    /// <summary>
    /// "… and can confirm that no Microsoft site was compromised", "… confirmed that it has not commissioned any bank": a
    /// "confirm(s/ed) that" past the proposition's start whose clause is negated; the clause's first token, or -1.
    /// </summary>
    private static int ConfirmedNegation(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first + 1; k + 3 < end; k++)
        {
            if (t[k].Norm is "confirm" or "confirms" or "confirmed" && t[k + 1].Norm == "that")
            {
                return NegationAt(p, k + 2, end) >= 0 ? k + 2 : -1;
            }
        }

        return -1;
    }

    private static int SkipOpeningQuote(Paragraph p, int first, int end)
    {
        while (first < end && p.Tokens[first].IsQuote)
        {
            first++;
        }

        return first;
    }

    /// <summary>
    /// A quotation that opens with a named third party and that party's past verb of speech: "“the Indian Foreign
    /// Secretary has categorically denied …”". Not a first-person quotation ("“We categorically reject …”"), nor an
    /// issuer naming itself in the present ("“The Ministry categorically rejects …”").
    /// </summary>
    private static bool QuotedReportedSpeech(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        if (first >= end || !p.InQuote[first] || (p.MentionAt[first] < 0 && t[first].Norm != "the"))
        {
            return false;
        }

        // The subject: a name, or "the" and a few words of a title ("the Indian Foreign Secretary").
        var after = p.MentionAt[first] >= 0 ? p.Mentions[p.MentionAt[first]].End : first + 1;
        while (after < end && after < first + 6 && t[after].IsWord && (t[after].Cap || p.MentionAt[after] >= 0) && !SpeechLexicon.IsVerb(t[after].Norm))
        {
            after = p.MentionAt[after] >= 0 ? p.Mentions[p.MentionAt[after]].End : after + 1;
        }

        if (after == first + 1 && p.MentionAt[first] < 0)
        {
            return false; // "the" and no name or title
        }

        for (var k = after; k < end && k < after + 4; k++)
        {
            // A past or perfect verb reports ("has categorically denied", "said"); a present one ("The Ministry rejects …")
            // is the issuer's own statement in the third person.
            if (t[k].IsWord && SpeechLexicon.TryVerb(t[k].Norm, out _, out _))
            {
                return t[k].Norm.EndsWith("ed", StringComparison.Ordinal) || t[k].Norm is "said" or "told" or "wrote";
            }

            if (!t[k].IsWord || !(t[k].Norm is "has" or "have" or "had" or "also" or "again" or "did" || t[k].Norm.EndsWith("ly", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Reports of bugging … is, hereby, denied", "The allegations are categorically rejected": a subject holding a claim
    /// noun, a be-form, adverbs or commas, and a denial verb's participle that ends the clause, in a quotation or with
    /// "hereby"; the be-form, else -1. ("He said reports were denied" tells of someone else's denial.)
    /// </summary>
    private static int PassiveDenialOfReports(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first + 1; k < end && k < first + 25; k++)
        {
            if (t[k].Norm is not ("is" or "are" or "was" or "were") || !Words.ClaimNounIn(t, first, k))
            {
                continue;
            }

            var j = k + 1;
            var hereby = false;
            while (j < end && PassiveFiller(t[j].Norm))
            {
                hereby |= t[j].Norm == "hereby";
                j++;
            }

            return j < end && t[j].Norm is "denied" or "rejected" or "refuted" or "dismissed" && (j + 1 >= end || !t[j + 1].IsWord) && (p.InQuote[j] || hereby) ? k : -1;
        }

        return -1;
    }

    /// <summary>"is, hereby, denied": a be-form before <paramref name="k"/> past commas and adverbs (a passive, not a joined verb).</summary>
    private static bool AfterBeForm(List<Token> t, int first, int k)
    {
        var j = k - 1;
        while (j > first && PassiveFiller(t[j].Norm))
        {
            j--;
        }

        return j >= first && t[j].Norm is "is" or "are" or "was" or "were" or "been" or "be";
    }

    /// <summary>What may stand between a be-form and its participle: commas, "hereby", adverbs ("is, hereby, denied", "are categorically rejected").</summary>
    private static bool PassiveFiller(string norm) => norm is "," or "hereby" || Words.LyAdverb(norm);

    /// <summary>
    /// A verb of denial at token k, not after a determiner; one that denies only with its particle ("brushed aside",
    /// "pushed back", "played down") needs it ("it brushes the line of moral turpitude" denies nothing).
    /// </summary>
    private static bool IsDenialVerb(Paragraph p, int k) =>
        p.Tokens[k].IsWord && SpeechLexicon.TryVerb(p.Tokens[k].Norm, out var lemma, out var denial) && denial &&
        k > 0 && !Words.Determiners.Contains(p.Tokens[k - 1].Norm) &&
        (!(SpeechVerbs.NeedsParticle(lemma) || lemma == "rule") ||
         (k + 1 < p.Tokens.Count && (SpeechVerbs.DenialParticle(lemma, p.Tokens[k + 1].Norm) || (lemma == "rule" && p.Tokens[k + 1].Norm == "out") ||
                                      (lemma == "pour" && p.Tokens[k + 1].Norm == "cold"))));

    /// <summary>
    /// "…, and all reports about it are false": the "and" of a conjunct, between a clause and the verdict at
    /// <paramref name="copula"/>, whose subject is reports (a quantifier or determiner, then a claim noun); or -1.
    /// </summary>
    private static int ReportsConjunct(Paragraph p, int first, int copula)
    {
        var t = p.Tokens;
        for (var k = copula - 2; k > first + 3 && k > copula - 8; k--)
        {
            if (t[k].Norm == "and" && t[k - 1].Norm == "," && !p.InQuote[k])
            {
                var n = k + 1;
                while (n < copula && n < k + 4 && (Words.Determiners.Contains(t[n].Norm) || t[n].Norm is "all" or "the" or "other" or "media" or "news"))
                {
                    n++;
                }

                return n < copula && Words.NamesAClaim(t[n].Norm) ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "There are multiple unconfirmed and inaccurate news reports about a second suspect", "There have been false claims
    /// that the port was sold": reports called false as they are introduced; the token where their subject starts (after
    /// "about", "of" or "that"), or -1.
    /// </summary>
    private static int FalseReportsOpening(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        if (first + 4 >= end || t[first].Norm != "there" || t[first + 1].Norm is not ("is" or "are" or "was" or "were" or "'s" or "have" or "has"))
        {
            return -1;
        }

        var k = first + 2 + (t[first + 2].Norm == "been" ? 1 : 0);
        var falsehood = false;
        for (var j = k; j + 1 < end && j < k + 8; j++)
        {
            if (!t[j].IsWord && t[j].Norm != ",")
            {
                return -1;
            }

            falsehood |= Words.FalsehoodAt(t, j, end);
            if (Words.FramingNouns.Contains(t[j].Norm) || t[j].Norm is "stories" or "story")
            {
                return falsehood && t[j + 1].Norm is "about" or "of" or "that" && j + 2 < end ? j + 2 : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Not only is the suggestion baseless and completely false, …": the subject after the copula that "not only"
    /// inverts, up to the verdict; null when the content does not open so.
    /// </summary>
    private static (int First, int End)? NotOnlyInverted(Paragraph p, int subject, int end)
    {
        var t = p.Tokens;
        if (subject + 3 >= end || t[subject].Norm != "not" || t[subject + 1].Norm != "only" || !Words.BeForms.Contains(t[subject + 2].Norm))
        {
            return null;
        }

        // (the copula found may be a later clause's: "… baseless and completely false, it is totally absurd")
        for (var j = subject + 4; j < end && j < subject + 16; j++)
        {
            if (Words.FalsehoodAt(t, j, end))
            {
                return (subject + 3, j);
            }
        }

        return null;
    }

    /// <summary>
    /// A "but" that opens a clause of its own, past the content's first words; not the "but" of "nothing but a
    /// fabrication", "anything but true", "all but certain", which belongs to the predicate.
    /// </summary>
    private static bool ClauseBut(Paragraph p, int first, int k) =>
        p.Tokens[k].Norm == "but" && k > first + 2 && !p.InQuote[k] && p.Tokens[k - 1].Norm is not ("nothing" or "anything" or "all");

    /// <summary>
    /// "such codswallop", "such misinformation", "such lies about the club": a falsehood named with "such" points at what was
    /// reported. The falsehood word must head the phrase: "such false reporting damages …" and "such false and defamatory
    /// statements" qualify another noun, and say what those do.
    /// </summary>
    private static bool SuchVerdict(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first; k + 1 < end; k++)
        {
            if (t[k].Norm == "such" && Words.FalsehoodWords.Contains(t[k + 1].Norm) &&
                (k + 2 >= end || !t[k + 2].IsWord || Words.Prepositions.Contains(t[k + 2].Norm) || t[k + 2].Norm is "that" or "which"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "(saying) they spread “false information based on false figures”", "the paper published lies about the club": the
    /// subject, a pronoun or a report, spread what the content itself calls false.
    /// </summary>
    private static bool SpreadsFalsehood(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        if (SpreadPassively(t, first, end))
        {
            return true;
        }

        var k = first;
        while (k < end && k < first + 4 && !(Words.SpreadingGerund(t[k].Norm) || t[k].Norm is "spread" or "spreads" or "peddled" or "peddles" or "published" or
                   "publishes" or "circulated" or "carried" or "printed" or "aired" or "ran"))
        {
            k++;
        }

        return k < end && k < first + 4 && k > first && (t[first].Norm is "they" or "it" || ClaimNounIn(t, first, k) || DocumentNounIn(t, first, k)) &&
            FalsehoodNounAfter(t, k + 1, end);
    }

    /// <summary>
    /// "(Ms Agnew said) lies had been spread by the alleged victims", "false rumours were circulated by rivals": the content
    /// opens with what it calls false and says that it was put about, by whom.
    /// </summary>
    private static bool SpreadPassively(List<Token> t, int first, int end)
    {
        if (!FalsehoodNounAfter(t, first, Math.Min(end, first + 3)))
        {
            return false;
        }

        for (var k = first + 1; k + 1 < end && k < first + 8; k++)
        {
            if (t[k].Norm is "been" or "was" or "were" or "being" or "are" or "is" &&
                t[k + 1].Norm is "spread" or "peddled" or "circulated" or "disseminated" or "propagated" or "published" or "fabricated" or "concocted" or "invented")
            {
                return true;
            }

            if (!t[k].IsWord && !t[k].IsQuote)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"(are) making things up", "(are) just making up stuff": "making" within the two words after the copula.</summary>
    private static bool MakingAfter(List<Token> t, int from, int end) =>
        (from < end && t[from].Norm == "making") || (from + 1 < end && t[from + 1].Norm == "making" && (Words.LyAdverb(t[from].Norm) || t[from].Norm is "just" or "simply" or "now" or "again"));

    /// <summary>
    /// "(Southwest told the WSJ it) “strongly disagrees with ‘unsubstantiated references to Southwest’s safety culture’”":
    /// disagreeing with what the content itself calls false rejects it, and so does a "disagreement with" claims ("expressed its
    /// “strongest disagreement” with the claims in the report").
    /// </summary>
    private static bool DisagreesWithFalsehood(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first; k + 2 < end && k < first + 8; k++)
        {
            if (t[k].Norm is "disagree" or "disagrees" or "disagreed" && t[k + 1].Norm == "with" && Words.FalsehoodIn(t, k + 2, Math.Min(end, k + 8)))
            {
                return true;
            }

            // "expressed its “strongest disagreement” with the claims in the report": the noun, with what is claimed.
            if (t[k].Norm is "disagreement" && k + 2 < end && (t[k + 1].Norm == "with" || (t[k + 1].IsQuote && k + 3 < end && t[k + 2].Norm == "with")))
            {
                var with = t[k + 1].Norm == "with" ? k + 1 : k + 2;
                for (var j = with + 1; j < end && j <= with + 4 && t[j].IsWord; j++)
                {
                    if (Words.NamesAClaim(t[j].Norm))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "the testimonies led to what she called “full-blown lies”", "what they described as a fabrication": the speaker's
    /// own verdict of falsehood ("she", "he", "they", "we", "I"), named with "what … called".
    /// </summary>
    private static bool CalledVerdict(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first; k + 3 < end; k++)
        {
            if (t[k].Norm == "to" && !p.InQuote[k] && k + 1 < end && t[k + 1].IsWord && !t[k + 1].Cap && !Lexicon.Current.Determiners.Contains(t[k + 1].Norm) &&
                t[k + 1].Norm is not ("what" or "which" or "whom" or "him" or "her" or "them" or "us" or "me") && !t[k + 1].Norm.EndsWith("ing", StringComparison.Ordinal))
            {
                return false; // "(urged Norvell) to drop what she described as a smear campaign": an appeal, no claim denied
            }

            if (t[k].Norm == "what" && t[k + 1].Norm is "she" or "he" or "they" or "we" or "i" &&
                t[k + 2].Norm is "called" or "calls" or "termed" or "terms" or "dubbed" or "labelled" or "labeled" or "described")
            {
                var at = t[k + 2].Norm == "described" ? (t[k + 3].Norm == "as" ? k + 4 : -1) : k + 3;
                if (at > 0 && at < end && Words.VerdictIn(t, at, end, 5))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "Complete lies", "Pure fabrication!", "FAKE NEWS – A TOTAL POLITICAL WITCH HUNT", "pulled out of thin air": up to
    /// eight words with a verdict of falsehood, no verb and no negation, and at most one word that is no intensifier or
    /// determiner.
    /// </summary>
    private static bool VerdictOnly(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        int words = 0, verdicts = 0, others = 0;
        for (var k = first; k < end; k++)
        {
            if (!t[k].IsWord)
            {
                continue;
            }

            var n = t[k].Norm;
            if (++words > 8)
            {
                return false; // (a content this long is more than a verdict, whatever its words: the rest is not read)
            }

            if (Words.FalsehoodEnd(t, k, end) is var phraseEnd && phraseEnd > k + 1)
            {
                verdicts++; // "pulled out of thin air", "without any basis": a verdict of several words
                k = phraseEnd - 1;
                continue;
            }

            if (Words.FalsehoodWords.Contains(n) || (n == "witch" && k + 1 < end && t[k + 1].Norm == "hunt"))
            {
                verdicts++;
            }
            else if (SpeechLexicon.IsVerb(n) || Words.BeForms.Contains(n) || Words.IsFutureModal(n) || n is "has" or "have" or "had" or "do" or "does" or "did" or "not" or "no" or "never")
            {
                return false;
            }
            else if (!(Lexicon.Current.VerdictIntensifiers.Contains(n) || Lexicon.Current.Determiners.Contains(n) || n is "news" or "hunt" or "political" or "just" or "simply" or "all" or "more" ||
                n is "another" or "yet" || Words.LyAdverb(n) || (verdicts > 0 && Words.NamesAPublishedWork(n)) || InstanceOf(t, k, end)) && ++others > 1)
            {
                return false;
            }
        }

        return verdicts > 0;
    }

    /// <summary>
    /// "Reports of plot to oust Ramaphosa blatant lies, says ANC", "Claims of secret deal ‘baseless’": a headline's claim
    /// noun opening the content and a verdict closing it (within its last three words), with no verb between: the verdict
    /// is on the claims.
    /// </summary>
    private static bool ClaimThenVerdict(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        // ("Grupo Mexico account of toxic spill 'totally false'", "Harbour Times story 'baseless'": a name owning the claim
        // noun may come first, its words capitalised, with or without a possessive)
        var noun = first;
        while (noun < end && noun < first + 4 && ((t[noun].IsWord && t[noun].Cap) || t[noun].Norm == "'s") && !ClaimNoun(t[noun].Norm))
        {
            noun++;
        }

        if (end - noun < 3 || end - first > 16 || !ClaimNoun(t[noun].Norm))
        {
            return false;
        }

        var verdict = false;
        for (var k = noun + 1; k < end; k++)
        {
            if (t[k].IsWord && (SpeechLexicon.IsVerb(t[k].Norm) || Words.BeForms.Contains(t[k].Norm) || Words.IsFutureModal(t[k].Norm) ||
                t[k].Norm is "has" or "have" or "had" or "do" or "does" or "did" or "not" or "no"))
            {
                return false;
            }

            verdict |= k >= end - 3 && Words.FalsehoodWords.Contains(t[k].Norm);
        }

        return verdict;
    }

    private static bool ClaimNoun(string norm) =>
        norm is "reports" or "claims" or "allegations" or "rumours" or "rumors" or "stories" or "accusations" or "report" or "claim" or "story" or
            "account" or "accounts";

    /// <summary>"Another example of fake news", "a pack of lies", "a load of rubbish": a noun of a case or a quantity and its "of" leave the verdict alone.</summary>
    private static bool InstanceOf(List<Token> t, int k, int end) =>
        (t[k].Norm == "of" && k > 0 && InstanceNoun(t[k - 1].Norm)) || (k + 1 < end && t[k + 1].Norm == "of" && InstanceNoun(t[k].Norm));

    private static bool InstanceNoun(string norm) =>
        norm is "example" or "examples" or "case" or "instance" or "piece" or "pack" or "bunch" or "load" or "lot" or "heap" or "kind" or "sort" or "string" or "series";

    /// <summary>
    /// "have made utterly false comments", "TV3 made false claims", "keeps repeating baseless allegations": in the clause's
    /// first words, not negated, a verb of making, levelling, repeating or telling and right after it (past determiners and
    /// adverbs) falsehood words before a noun of claims.
    /// </summary>
    private static bool MadeFalseClaims(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        var opening = EvaluativeFrameEnd(t, first, end);
        for (var k = opening + 1; k < end && k < opening + 5 && opening == first; k++)
        {
            if (t[k].Norm == ",")
            {
                opening = k + 1; // "Worse than that, TV3 … have made utterly false comments": past a short fronted phrase
                break;
            }
        }

        for (var k = opening + 1; k + 2 < end && k < opening + 10; k++)
        {
            var n = t[k].Norm;
            if (n is "," or ";" or ":" or "that" or "which" or "who" or "if" || Negations.Contains(n))
            {
                return false;
            }

            if (n is "made" or "make" or "makes" or "making" or "told" or "tell" or "tells" or "telling" or "levelled" or "leveled" or "levelling" or "leveling" or
                "repeated" or "repeating" or "spouted" or "spouting")
            {
                // (past quotation marks and intensifiers too: "had told “full blown lies” in their evidence")
                var j = k + 1;
                while (j < end && j < k + 6 && (Lexicon.Current.Determiners.Contains(t[j].Norm) || Words.LyAdverb(t[j].Norm) || t[j].IsQuote ||
                       (Lexicon.Current.VerdictIntensifiers.Contains(t[j].Norm) && !Words.FalsehoodWords.Contains(t[j].Norm)) ||
                       t[j].Norm is "full" or "blown" or "full-blown" or "barefaced" or "bare-faced"))
                {
                    j++;
                }

                // ("utterly false comments" here; "spreading malicious comments online" elsewhere judges no claim)
                return j + 1 < end && Words.FalsehoodWords.Contains(t[j].Norm) && (FalsehoodNounAfter(t, j, end) || (t[j].Norm == "false" && t[j + 1].Norm == "comments"));
            }
        }

        return false;
    }

    /// <summary>
    /// "It is highly regrettable that the minister has chosen to make false claims": past "it is", adverbs and one adjective,
    /// the "that" clause is what the speaker asserts; its first token, else <paramref name="first"/>.
    /// </summary>
    private static int EvaluativeFrameEnd(List<Token> t, int first, int end)
    {
        if (first + 3 >= end || t[first].Norm != "it" || t[first + 1].Norm is not ("is" or "was"))
        {
            return first;
        }

        var k = first + 2;
        while (k < end && k < first + 5 && Words.LyAdverb(t[k].Norm))
        {
            k++;
        }

        return k + 1 < end && t[k].IsWord && !t[k].Cap && t[k + 1].Norm == "that" && !SpeechLexicon.IsVerb(t[k].Norm) ? k + 2 : first;
    }

    /// <summary>
    /// "the news desk had developed a fake story about the defection", "the paper published false reports that the port
    /// was sold", "they are spreading fake news about the club": within the clause's first words a verb of putting out or
    /// making up a report, then (past a determiner) a falsehood word and a noun of something published, then "about",
    /// "on", "regarding" or "that" and what the report said; that first token, or -1. A report called false with nothing
    /// said of what it said is left to the other rules.
    /// </summary>
    private static int PutOutFalsehood(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first + 1; k + 4 < end && k < first + 14; k++)
        {
            var n = t[k].Norm;
            if (p.InQuote[k] != p.InQuote[first] || t[k].IsQuote)
            {
                continue; // "the daily ‘Jang’ had developed …": a quoted name
            }

            if (n is "," or ";" or ":" or "that" or "which" or "who" || Negations.Contains(n))
            {
                return -1;
            }

            var made = n is "published" or "publishes" or "developed" or "ran" or "runs" or "carried" or "carries" or "fabricated" or "planted" or
                "spread" or "spreads" or "aired" or "airs" or "concocted" or "circulated" or "circulates" or "peddled" or "peddles" or "printed" or
                "prints" or "broadcast" or "disseminated" or "propagated" or "manufactured" or "invented" || Words.SpreadingGerund(n);
            if (!made || !t[k - 1].IsWord)
            {
                continue;
            }

            // "published on June 8 totally false and unfounded information according to which …": a date after the verb and
            // an adverb before the verdict are stepped over.
            var j = k + 1;
            if (j + 1 < end && t[j].Norm is "on" or "last" or "this" && SpeechVerbs.IsDateWord(t[j + 1]))
            {
                j += 2;
                while (j < end && j < k + 6 && t[j].IsWord && SpeechVerbs.IsDateWord(t[j]))
                {
                    j++;
                }
            }

            while (j < end && j < k + 8 && (Lexicon.Current.Determiners.Contains(t[j].Norm) || Words.LyAdverb(t[j].Norm)))
            {
                j++;
            }

            if (j >= end || !Words.FalsehoodWords.Contains(t[j].Norm))
            {
                return -1;
            }

            for (var noun = j + 1; noun + 1 < end && noun <= j + 4 && t[noun].IsWord; noun++)
            {
                if (!Words.NamesAPublishedWork(t[noun].Norm) && t[noun].Norm != "information")
                {
                    continue;
                }

                var topic = noun + 1;
                if (t[topic].Norm is "about" or "on" or "regarding" or "concerning" or "that" && topic + 2 < end)
                {
                    return topic + 1;
                }

                // "… information according to which there is an agreement …"
                if (topic + 3 < end && t[topic].Norm == "according" && t[topic + 1].Norm == "to" && t[topic + 2].Norm == "which")
                {
                    return topic + 3;
                }

                return -1;
            }

            return -1;
        }

        return -1;
    }

    /// <summary>
    /// "the circulation of entirely unfounded news regarding the health of the pope by a newspaper is irresponsible": in the
    /// content's first words, "of", adverbs, a falsehood word, a noun of a published work and "regarding", "about" or
    /// "concerning"; the noun up to the verb or comma after the topic, or null.
    /// </summary>
    internal static (int First, int End)? FalseReportTopic(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first + 1; k + 4 < end && k < first + 6; k++)
        {
            if (t[k].Norm != "of")
            {
                continue;
            }

            var j = k + 1;
            while (j < end && (Words.LyAdverb(t[j].Norm) || Lexicon.Current.Determiners.Contains(t[j].Norm)))
            {
                j++;
            }

            if (j + 2 >= end || !Words.FalsehoodWords.Contains(t[j].Norm) || !Words.NamesAPublishedWork(t[j + 1].Norm) ||
                t[j + 2].Norm is not ("regarding" or "about" or "concerning"))
            {
                return null;
            }

            var stop = j + 3;
            while (stop < end && t[stop].Norm is not ("," or ";" or ":") && !Words.BeForms.Contains(t[stop].Norm) && !(t[stop].IsWord && SpeechLexicon.IsVerb(t[stop].Norm)))
            {
                stop++;
            }

            return stop - (j + 3) >= 2 ? (j + 1, stop) : null;
        }

        return null;
    }

    /// <summary>
    /// "we are aware of false information circulating", "were deeply concerned about the continued peddling of fake news": a
    /// copula, adverbs, an adjective of knowing or of concern, its preposition, then within five words a falsehood word (not a
    /// bare "errors"); the first word after the preposition, or -1. ("concerned about the economy" names nothing false.)
    /// </summary>
    private static int ConcernedByFalsehood(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first + 1; k + 3 < end && k < first + 8; k++)
        {
            if (!Words.BeForms.Contains(t[k].Norm))
            {
                continue;
            }

            var j = k + 1;
            while (j < end && (Words.LyAdverb(t[j].Norm) || t[j].Norm is "very" or "so" or "now" or "also" or "all" or "well"))
            {
                j++;
            }

            if (j + 2 >= end || t[j].Norm is not ("aware" or "concerned" or "worried" or "alarmed" or "disturbed" or "troubled" or "dismayed" or "saddened" or
                "appalled" or "conscious") || t[j + 1].Norm is not ("of" or "about" or "by" or "over" or "at"))
            {
                return -1;
            }

            for (var f = j + 2; f < end && f <= j + 7 && t[f].IsWord; f++)
            {
                if (Words.FalsehoodWords.Contains(t[f].Norm) && t[f].Norm is not ("errors" or "exaggerated" or "outrageous" or "malicious" or "flawed"))
                {
                    return end - (j + 2) >= 2 ? j + 2 : -1;
                }
            }

            return -1;
        }

        return -1;
    }

    /// <summary>
    /// A report called false and what it says: a falsehood word, then within two words a noun of a report or message (or the
    /// word itself a hoax or rumour), then "indicating", "claiming", "alleging", "suggesting", "saying" or "that" and a clause
    /// of three words or more, or a finite verb of saying and "that" within five words; the clause's first token, or -1.
    /// </summary>
    private static int FalseReportClause(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var j = first; j + 4 < end; j++)
        {
            if (!Words.FalsehoodWords.Contains(t[j].Norm) && t[j].Norm is not ("rumour" or "rumor"))
            {
                continue;
            }

            // "a false and malicious viral post on social media alleging that …": up to four words of the noun phrase
            // between the verdict and the noun, and a place or channel between the noun and the participle.
            // ("the hoax claimed that …": a noun of falsehood is its own report)
            for (var n = t[j].Norm is "hoax" or "hoaxes" or "rumour" or "rumours" or "rumor" or "rumors" ? j : j + 1; n < end && n <= j + 4 && (t[n].IsWord || t[n].Norm == ","); n++)
            {
                if (n > j && !Words.NamesAPublishedWork(t[n].Norm))
                {
                    continue;
                }

                // ("fake news surfaced on various social media platforms alleging …": a verb and its place between them)
                var c = n + 1;
                if (c + 1 < end && t[c].IsWord && t[c].Norm is not ("indicating" or "claiming" or "alleging" or "suggesting" or "saying" or "stating" or "that"))
                {
                    var k = c + 1;
                    while (k < end && k <= c + 5 && t[k].IsWord && t[k].Norm is not ("indicating" or "claiming" or "alleging" or "suggesting" or "saying" or "stating" or "that"))
                    {
                        k++;
                    }

                    c = k < end && t[k].Norm is "indicating" or "claiming" or "alleging" or "suggesting" or "saying" or "stating" ? k : c;
                }

                if (c + 1 < end && t[c].Norm is "claimed" or "claims" or "alleged" or "alleges" or "said" or "says" or "warned" or "warns" or "suggested" or
                    "suggests" or "stated" or "states" && !p.InQuote[c])
                {
                    // "one of the hoaxes warned the local people that the dam had cracks": what the false report said is denied.
                    for (var k = c + 1; k < end && k <= c + 5 && t[k].IsWord; k++)
                    {
                        if (t[k].Norm == "that")
                        {
                            return end - (k + 1) >= 3 ? k + 1 : -1;
                        }
                    }

                    return -1;
                }

                if (c < end && t[c].Norm is "indicating" or "claiming" or "alleging" or "suggesting" or "saying" or "stating" or "that")
                {
                    var clause = c + 1 < end && t[c + 1].Norm == "that" ? c + 2 : c + 1;
                    if (clause < end && (Words.BeForms.Contains(t[clause].Norm) || t[clause].Norm is "has" or "have" or "had" or "will" or "would" or "can" or "could" ||
                        (t[clause].IsWord && !t[clause].Cap && t[clause].Norm.EndsWith("ed", StringComparison.Ordinal))))
                    {
                        return -1; // "this false statement that was engineered": "that" is the statement's relative pronoun
                    }

                    return end - clause >= 3 ? clause : -1;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// The end of a subject that calls claims false ("Such repeated, baseless, and fabricated allegations", "These false
    /// reports"): within the clause's first words a verdict of falsehood before a claim noun, and a verb right after the
    /// noun; -1 when the clause does not open so.
    /// </summary>
    private static int FalseClaimsSubject(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        var verdict = false;
        for (var k = first; k < end && k < first + 8; k++)
        {
            if (!t[k].IsWord && t[k].Norm != ",")
            {
                return -1;
            }

            verdict |= Words.FalsehoodWords.Contains(t[k].Norm) && !Words.NamesAClaim(t[k].Norm);
            if (verdict && Words.NamesAClaim(t[k].Norm) && t[k].Norm.EndsWith('s') && k + 1 < end &&
                (Words.BeForms.Contains(t[k + 1].Norm) || Words.IsFutureModal(t[k + 1].Norm) || t[k + 1].Norm is "can" or "have" or "has" or "had" or "must"))
            {
                return k + 1;
            }

            if (t[k].IsWord && (SpeechLexicon.IsVerb(t[k].Norm) || Words.BeForms.Contains(t[k].Norm)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"there is no truth (whatsoever) in/to the reports that …": the token after "that", or -1.</summary>
    private static int NoTruthOpening(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        var k = first;
        if (FalseReportsOpening(p, first, end) is var about and > 0)
        {
            return about;
        }

        if (k + 4 >= end || t[k].Norm != "there" || t[k + 1].Norm is not ("is" or "was" or "'s") || t[k + 2].Norm != "no" || t[k + 3].Norm is not ("truth" or "basis" or "substance" or "reason" or "evidence" or "indication"))
        {
            return -1;
        }

        // "There is no reason to believe that he is involved", "no evidence to suggest he was there": the clause believed.
        if (t[k + 3].Norm is "reason" or "evidence" or "indication")
        {
            if (k + 6 >= end || t[k + 4].Norm != "to" || t[k + 5].Norm is not ("believe" or "think" or "suspect" or "suggest" or "conclude"))
            {
                return -1;
            }

            var clause = k + 6 + (t[k + 6].Norm == "that" ? 1 : 0);
            return clause + 2 < end ? clause : -1;
        }

        for (var j = k + 4; j < end && j < k + 12; j++)
        {
            if (t[j].Norm == "that" && j > k + 5 && Words.FramingNouns.Contains(t[j - 1].Norm))
            {
                return j + 1 < end ? j + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "as “completely baseless” reports that …", "as false and malicious the claims that …": a content that opens with
    /// "as" and a verdict of falsehood; the token where the verdict's object starts, or -1.
    /// </summary>
    private static int VerdictFirst(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        if (first + 2 >= end || t[first].Norm != "as" || !Words.VerdictIn(t, first + 1, end, 6))
        {
            return -1;
        }

        var k = first + 1;
        if (t[k].IsQuote && Spans.QuoteOpeningAt(p, k) is { } q)
        {
            k = q.Close + 1;
        }
        else
        {
            while (k < end && k < first + 8)
            {
                if (Words.FalsehoodEnd(t, k, end) is var verdictEnd && verdictEnd > k)
                {
                    k = verdictEnd; // "as false, malicious and without basis a publication …": the whole of each verdict
                }
                else if (t[k].Norm is "and" or "," or "completely" or "totally" or "utterly" or "entirely" or "absolutely" or "wholly" or "patently" ||
                    t[k].Norm.EndsWith("ly", StringComparison.Ordinal))
                {
                    k++;
                }
                else
                {
                    break;
                }
            }
        }

        while (k < end && t[k].Norm is "," or "the")
        {
            k++;
        }

        return k + 1 < end && t[k].IsWord ? k : -1;
    }

    /// <summary>"he", "she", "they" or a name right before token k, past adverbs and auxiliaries: another subject than the speaker's.</summary>
    private static bool ThirdPartyBefore(Paragraph p, int first, int k) =>
        WordBefore(p, first, k, auxiliaries: true) is var j and >= 0 && (p.Tokens[j].Norm is "he" or "she" or "they" || p.MentionAt[j] >= 0);

    /// <summary>"wishes to (strongly) debunk", "we would like to deny": a denial verb put politely, whoever the subject.</summary>
    private static bool PolitelyBefore(Paragraph p, int first, int k) =>
        WordBefore(p, first, k, auxiliaries: false) is var j && j > first && p.Tokens[j].Norm == "to" &&
        p.Tokens[j - 1].Norm is "like" or "wish" or "wishes" or "want" or "wants";

    /// <summary>
    /// "we" or "I" right before token k, past adverbs ("We categorically deny …", "I strongly reject …") and a "can" or
    /// "hereby" of the speaker's own ("I can categorically deny …", "We hereby deny …").
    /// </summary>
    private static bool FirstPersonBefore(Paragraph p, int first, int k)
    {
        // "We categorically deny …", "Today we have denied all charges": the perfect is a denial made too.
        var j = WordBefore(p, first, k, auxiliaries: p.Tokens[k].Norm.EndsWith("ed", StringComparison.Ordinal));
        if (j > first && p.Tokens[j].Norm is "can" or "hereby")
        {
            j = WordBefore(p, first, j, auxiliaries: false);
        }

        return j >= 0 && p.Tokens[j].Norm is "we" or "i";
    }

    /// <summary>The token before k past "-ly" adverbs (and "has", "have", "had", "also" when <paramref name="auxiliaries"/>), or -1 before <paramref name="first"/>.</summary>
    private static int WordBefore(Paragraph p, int first, int k, bool auxiliaries)
    {
        var j = k - 1;
        while (j >= first && (p.Tokens[j].Norm.EndsWith("ly", StringComparison.Ordinal) || p.Tokens[j].Norm is "further" or "also" or "again" or "still" or "once" ||
               (auxiliaries && p.Tokens[j].Norm is "has" or "have" or "had")))
        {
            j--;
        }

        return j >= first ? j : -1;
    }

    /// <summary>
    /// “I'll be as clear as I can possibly be: Huawei categorically denies …”: a colon early in a quotation, after which
    /// the quoted clause starts again; -1 when there is none.
    /// </summary>
    private static int ColonInQuote(Paragraph p, int first, int end)
    {
        for (var k = first + 2; k + 3 < end && k < first + 14; k++)
        {
            if (!p.InQuote[k] || p.Tokens[k].Norm is "." or "?" or "!")
            {
                return -1;
            }

            if (p.Tokens[k].Norm == ":")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// "… a concerted attack upon Santos which we completely reject": "which" or "that", "we" or "I", up to two adverbs and a
    /// verb of denial closing the content (or followed only by punctuation); the "which", or -1. A clause of three words or
    /// more must stand before it.
    /// </summary>
    private static int FirstPersonRejectsRelative(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        var last = end;
        while (last > first && !t[last - 1].IsWord)
        {
            last--;
        }

        if (last - first < 6 || !IsDenialVerb(p, last - 1))
        {
            return -1;
        }

        var k = last - 2;
        while (k > first && Words.LyAdverb(t[k].Norm))
        {
            k--;
        }

        return k - 1 > first + 2 && t[k].Norm is "we" or "i" && t[k - 1].Norm is "which" or "that" ? k - 1 : -1;
    }

    /// <summary>A denial verb as the main verb of a quoted clause ("The Ministry categorically rejects …"), or -1.</summary>
    private static int QuotedDenialVerb(Paragraph p, int first, int end)
    {
        // "I dispute what he said", "I'm rejecting what he's saying" as a transcript answer's own sentence: the speaker's
        // words unquoted, in the first person.
        var own = !p.InQuote[first] && p.Tokens[first].Norm is "i" or "we" or "i'm" or "we're" or "i\u2019m" or "we\u2019re";
        // "“Mr. Weinstein has denied these crimes,” Brafman said", "“My client has always denied …”": one who speaks of a client
        // by title asserts the client's denial (an outlet quoting "the Foreign Secretary has denied" only reports it).
        var client = p.InQuote[first] && first + 1 < end && (p.Tokens[first].Norm is "mr" or "mr." or "ms" or "ms." or "mrs" or "mrs." ||
            (p.Tokens[first].Norm is "my" or "our" && p.Tokens[first + 1].Norm is "client" or "clients"));
        for (var k = first + 1; k < end && k < first + 6; k++)
        {
            if (client && IsDenialVerb(p, k) && p.Tokens[k].Norm.EndsWith("ed", StringComparison.Ordinal) &&
                (p.Tokens[k - 1].Norm is "has" or "have" or "had" || (k - 2 > first && p.Tokens[k - 2].Norm is "has" or "have" or "had" && p.Tokens[k - 1].Norm is "always" or "consistently" or "repeatedly" or "vehemently" or "categorically" or "strongly")))
            {
                return k;
            }

            var n = p.Tokens[k].Norm;
            if (n is "that" or "," or "which" or "who" || !(p.InQuote[k] || own))
            {
                return -1;
            }

            if (own && n is "'m" or "am" or "are" or "'re" && k == first + 1)
            {
                continue;
            }

            if (p.Tokens[k - 1].Norm is "not" or "never" || p.Tokens[k - 1].Norm.EndsWith("n't", StringComparison.Ordinal))
            {
                return -1; // “We do not deny that …”: a denial verb negated is no quoted denial (the negation decides)
            }

            if (IsDenialVerb(p, k) && ((p.Tokens[k].Norm.EndsWith('s') && !own) || FirstPersonBefore(p, first, k) || (own && k == first + 1 && p.Tokens[first].Norm.Length > 2) || (own && k == first + 2 && p.Tokens[k - 1].Norm is "'m" or "am" or "are" or "'re") ||
                PolitelyBefore(p, first, k)))
            {
                return k; // "The Ministry categorically rejects …", "We categorically deny these allegations", "The Command wishes to debunk …"
            }
        }

        return -1;
    }

    private static int FindDenialVerb(Paragraph p, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (IsDenialVerb(p, k))
            {
                return k;
            }
        }

        return -1;
    }

    private static int InnerDenial(Paragraph p, int first, int end)
    {
        for (var k = first + 1; k < end; k++)
        {
            if (IsDenialVerb(p, k) && p.Tokens[k - 1].Norm is "and" or "," or "but" or "also" && !AfterBeForm(p.Tokens, first, k))
            {
                return k;
            }

            if (JoinedFirstPerson(p.Tokens, first, k) > first + 1 && IsDenialVerb(p, k))
            {
                return k; // "I was surprised by the question and I vehemently denied it"
            }
        }

        return -1;
    }

    /// <summary>
    /// The "and" before "in no way", "at no time" or "under no circumstances" opening a clause of its own (inverted:
    /// "in no way was the restaurant asked"), past the content's first words; else -1.
    /// </summary>
    private static int InvertedNegationClause(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first + 3; k + 4 < end; k++)
        {
            if (t[k].Norm == "and" && !p.InQuote[k] && t[k + 2].Norm == "no" &&
                ((t[k + 1].Norm == "in" && t[k + 3].Norm == "way") || (t[k + 1].Norm == "at" && t[k + 3].Norm == "time") ||
                 (t[k + 1].Norm == "under" && t[k + 3].Norm == "circumstances")) &&
                (Words.BeForms.Contains(t[k + 4].Norm) || t[k + 4].Norm is "did" or "does" or "do" or "has" or "have" or "had" or "will" or "would" or "could" or "can"))
            {
                return k;
            }
        }

        return -1;
    }

    private static int SecondThatClause(Paragraph p, int first, int end)
    {
        for (var k = first + 2; k + 2 < end; k++)
        {
            if (p.Tokens[k].Norm == "and" && p.Tokens[k + 1].Norm == "that" && !p.InQuote[k])
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"… and I vehemently |denied": the "I" or "we" of a clause joined by "and" or "but" before <paramref name="k"/>, past adverbs; else -1.</summary>
    private static int JoinedFirstPerson(List<Token> t, int first, int k)
    {
        var j = k - 1;
        while (j > first && Words.LyAdverb(t[j].Norm))
        {
            j--;
        }

        return j > first && j < k && t[j].Norm is "i" or "we" && t[j - 1].Norm is "and" or "but" ? j : -1;
    }

    private static int ConnectorStart(Paragraph p, int first, int k)
    {
        // "… and I vehemently denied it": the joined clause's own subject and adverbs go with the connector
        if (JoinedFirstPerson(p.Tokens, first, k) is var subject and > 0)
        {
            k = subject;
        }

        while (k > first && p.Tokens[k - 1].Norm is "and" or "," or "but" or "also")
        {
            k--;
        }

        return k;
    }

    /// <summary>"him", "them", "it": an object that names nothing by itself, so the verdict after it must stay in the claim.</summary>
    private static bool PronounOnly(List<Token> t, int first, int end) =>
        end - first == 1 && t[first].Norm is "him" or "her" or "them" or "it" or "this" or "that" or "these" or "those";

    /// <summary>
    /// "X was A and not B": the "and" of ", and not" / "and not" after a form of "be" (unquoted), and that verb; (0, 0)
    /// when the clause has no such contrast. "not only" and a negation with its own verb ("and did not …") are not it.
    /// </summary>
    private static (int And, int Be) AndNot(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        var be = -1;
        for (var k = first; k + 2 < end && k < first + 25; k++)
        {
            if (p.InQuote[k] && !t[k].IsQuote)
            {
                continue;
            }

            if (be < 0 && Words.BeForms.Contains(t[k].Norm))
            {
                be = k;
            }
            else if (be >= 0 && t[k].Norm == "and" && t[k + 1].Norm == "not" && !p.InQuote[k] && t[k + 2].Norm != "only" &&
                     !SpeechLexicon.IsVerb(t[k + 2].Norm) && k > be + 1 && end - (k + 2) >= 2)
            {
                return (k, be);
            }
        }

        return (0, 0);
    }

    private static int SubjectEnd(Paragraph p, int sentenceStart, int verb)
    {
        for (var k = sentenceStart; k < verb; k++)
        {
            if (p.MentionAt.Length > k && p.MentionAt[k] >= 0)
            {
                return p.Mentions[p.MentionAt[k]].End;
            }
        }

        return -1;
    }

    /// <summary>"the claims about X" → X; "the characterization of being X" → X; "the notion that X" → X.</summary>
    private static bool TimeWord(string norm) =>
        norm is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "today" or "tonight" or
            "yesterday" or "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september" or "october" or "november" or "december" ||
        (norm.EndsWith("day's", StringComparison.Ordinal) && norm.Length > 6);

    /// <summary>
    /// A verdict in a relative clause ("… a very hurtful accusation which is completely untrue"): the noun phrase the
    /// pronoun before <paramref name="copula"/> stands for, from after the last verb before it, and the pronoun's index;
    /// null when no relative pronoun stands right before the copula.
    /// </summary>
    private static (int First, int Pronoun)? RelativeAntecedent(Paragraph p, int first, int copula)
    {
        var t = p.Tokens;
        var pronoun = copula - 1;
        if (pronoun <= first || t[pronoun].Norm is not ("which" or "that" or "who"))
        {
            return null;
        }

        if (t[pronoun - 1].Norm == ",")
        {
            pronoun--; // "an accusation, which is untrue"
        }

        var start = first;
        for (var k = pronoun - 1; k > first; k--)
        {
            if ((Words.BeForms.Contains(t[k].Norm) && !PossessiveBeforeCopula(t, k, copula + 1)) || t[k].Norm is "it's" or "that's" or "this's" || (t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm)) ||
                t[k].Norm is "," or ";" or ":")
            {
                start = k + 1;
                break;
            }
        }

        return pronoun > start ? (start, pronoun) : null;
    }

    /// <summary>
    /// "I've seen that newspaper article", "I have read the report", "We saw the story": the speaker, a verb of seeing or
    /// reading, a determiner, up to two modifiers and a report's noun, nothing else in [first, end).
    /// </summary>
    private static bool ReadTheReport(List<Token> t, int first, int end)
    {
        var k = first;
        if (k < end && t[k].Norm is "i" or "we" or "i've" or "we've")
        {
            k++;
        }

        if (k < end && t[k].Norm is "'ve" or "have" or "'d" or "had" or "did")
        {
            k++;
        }

        if (k == first || k >= end || t[k].Norm is not ("seen" or "read" or "saw" or "heard" or "watched"))
        {
            return false;
        }

        k++;
        if (k >= end || !Lexicon.Current.Determiners.Contains(t[k].Norm))
        {
            return false;
        }

        for (var j = k + 1; j < end && j <= k + 3; j++)
        {
            if ((Lexicon.Current.ReportNouns.Contains(t[j].Norm) || Words.FramingNouns.Contains(t[j].Norm) || t[j].Norm is "paper" or "newspaper") &&
                (j + 1 == end || ReactionAfter(t, j + 1, end)))
            {
                return true; // ("that newspaper article": the noun that ends the phrase)
            }
        }

        return false;
    }

    /// <summary>"… and I was shocked when I saw the article": the speaker's feeling joined to the reading, no claim.</summary>
    private static bool ReactionAfter(List<Token> t, int k, int end) =>
        k + 3 < end && t[k].Norm == "and" && t[k + 1].Norm is "i" or "we" && t[k + 2].Norm is "was" or "were" &&
        t[k + 3].Norm is "shocked" or "surprised" or "stunned" or "saddened" or "disappointed" or "appalled" or "amazed" or "dismayed" or "upset" or "hurt" or "angered";

    /// <summary>The first word of a sentence of at least three words after <paramref name="from"/>, still inside the quotation; else -1.</summary>
    private static int AnswerAfter(Paragraph p, int from, int end)
    {
        var t = p.Tokens;
        while (from < end && !t[from].IsWord)
        {
            if (t[from].Norm is "?" or "!" || t[from].Kind == TokenKind.QuoteClose)
            {
                return -1;
            }

            from++;
        }

        var words = 0;
        var k = from;
        for (; k < end && !IsStop(t, k); k++)
        {
            words += t[k].IsWord ? 1 : 0;
        }

        return from < end && p.InQuote[from] && words >= 3 && !(k < end && t[k].Norm == "?") ? from : -1; // a second question answers nothing
    }

    /// <summary>
    /// "outlets had incorrectly reported that …", "the paper falsely claimed that …": an adverb of falsity before a verb of
    /// reporting, then "that", in the first dozen words; the token after "that", or -1.
    /// </summary>
    private static int FalselyReportedThat(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first; k + 2 < end && k < first + 12; k++)
        {
            if (p.InQuote[k] || !FalseAdverb(t[k].Norm))
            {
                continue;
            }

            var v = k + 1;
            if (v + 1 < end && t[v].Norm == "and" && FalseAdverb(t[v + 1].Norm))
            {
                v += 2; // "the article misleadingly and erroneously acknowledges …"
            }

            if (v >= end)
            {
                return -1;
            }

            if ((SpeechLexicon.TryVerb(t[v].Norm, out _, out _) && !Lexicon.Current.WeakSpeechVerbs.Contains(t[v].Norm) || t[v].Norm is "reported" or "published" or "written" or "wrote") &&
                MediaSubjectBefore(p, first, k))
            {
                // ("the article wrongly suggests the port was sold": without "that", the verb and what follows)
                return v + 1 < end && t[v + 1].Norm == "that" && v + 2 < end ? v + 2 : v + 1 < end ? v : -1;
            }

            // "the article misleadingly and erroneously attributes the study to …": what a report is said to do falsely, of
            // any verb, is denied from the verb on.
            if (t[v].IsWord && !t[v].Cap && t[v].Norm.EndsWith('s') && v + 1 < end && MediaSubjectBefore(p, first, k))
            {
                return v;
            }
        }

        return -1;
    }

    /// <summary>
    /// "her clients were falsely implicated", "he had been wrongly accused of": a passive of accusing after a form of "be"
    /// and an adverb of falsity, in the clause's first dozen words outside quotation; the adverb's index, or -1.
    /// </summary>
    private static int FalselyAccusedAt(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first + 1; k + 1 < end && k < first + 12; k++)
        {
            if (!p.InQuote[k] && FalseAdverb(t[k].Norm) && t[k - 1].Norm is "was" or "were" or "been" or "being" or "is" or "are" or "be" &&
                t[k + 1].Norm is "implicated" or "accused" or "charged" or "framed" or "named" or "linked" or "blamed" or "convicted" or "arrested" or "detained" or "targeted")
            {
                return k;
            }
        }

        return -1;
    }

    internal static bool FalseAdverb(string norm) =>
        norm is "incorrectly" or "falsely" or "wrongly" or "erroneously" or "mistakenly" or "inaccurately" or "wrongfully" or "misleadingly";

    /// <summary>
    /// The words before the adverb name media ("some media outlets had", "the newspaper", "reports"): a report being
    /// corrected, not someone accused ("complained that a2MC falsely said that …" is an accusation, said).
    /// </summary>
    internal static bool MediaSubjectBefore(Paragraph p, int first, int k)
    {
        var t = p.Tokens;
        for (var j = k - 1; j >= first && j >= k - 5; j--)
        {
            if (Lexicon.Current.OutletNouns.Contains(t[j].Norm) || t[j].Norm is "media" or "outlets" or "reports" or "report" or "article" or "articles" or "story" or "stories")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A capitalised word at <paramref name="k"/>, or after up to three lower-case words of description ("noted
    /// environmental group"), no preposition among them ("misconduct filed against Roe" is no maker).
    /// </summary>
    private static bool CapitalAfterDescription(List<Token> t, int k, int end)
    {
        for (var j = k; j < end && j <= k + 3; j++)
        {
            if (!t[j].IsWord || Words.Prepositions.Contains(t[j].Norm) || t[j].Norm == "that")
            {
                return false;
            }

            if (t[j].Cap)
            {
                return true;
            }
        }

        return false;
    }

    internal static int StripFraming(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        var k = first;
        while (k < end && (t[k].Norm is "the" or "a" or "an" or "any" or "these" or "those" or "such" or "this" or "that" or "all" or "its" or "his" or "her" or "their" or "recent" or "latest"))
        {
            k++;
        }

        // "union claims over crane safety", "fresh media reports that …": up to two modifiers before the framing noun.
        var noun = k;
        while (noun < end && noun < k + 2 && t[noun].IsWord && !p.InQuote[noun] && !Words.FramingNouns.Contains(t[noun].Norm) && !SpeechLexicon.IsVerb(t[noun].Norm) &&
               noun + 1 < end && Words.FramingNouns.Contains(t[noun + 1].Norm))
        {
            noun++;
        }

        // "reports suggesting (that) the mayor cheated", "claims alleging that …": the participle of the report is framing too.
        if (noun + 2 < end && Words.FramingNouns.Contains(t[noun].Norm) && t[noun + 1].Norm is "suggesting" or "claiming" or "alleging" or "saying" or "stating")
        {
            k = t[noun + 2].Norm == "that" ? noun + 3 : noun + 2;
            return k < end ? k : first;
        }

        // "allegations by Tom Reyes that …", "claims from the opposition that …": the one who made them, then the claim;
        // "the allegations of JSP president and actor Pawan Kalyan that …": "of" and a name, the maker too.
        // "the charges of noted environmental group Indonesian Forum for Environment (Walhi) that …": up to three words of
        // description before the maker's name.
        var ofMaker = noun + 2 < end && t[noun + 1].Norm == "of" && CapitalAfterDescription(t, noun + 2, end);
        // "a story appearing on the BBC that alleges that …", "a report published in the Gazette that …": where it ran.
        var ran = noun + 3 < end && t[noun + 1].Norm is "appearing" or "published" or "aired" or "carried" or "broadcast" or "printed" && t[noun + 2].Norm is "on" or "in" or "by";
        if (noun + 2 < end && (Words.FramingNouns.Contains(t[noun].Norm) || (ran && Words.NamesAClaim(t[noun].Norm))) && (t[noun + 1].Norm is "by" or "from" || ofMaker || ran))
        {
            for (var j = noun + (ran ? 3 : 2); j < end && j < noun + (ofMaker ? 14 : 8); j++)
            {
                if (t[j].Norm == "that" && !p.InQuote[j])
                {
                    // "… that alleges that …": the report's own verb of saying goes too.
                    var after = SpeechVerbs.RelativeSpeechVerb(t, j + 1, end) ? (j + 2 < end && t[j + 2].Norm == "that" ? j + 3 : j + 2) : j + 1;
                    return after < end ? after : first;
                }

                if (!t[j].IsWord && t[j].Norm != "'s" && t[j].Norm != "." && !(ofMaker && t[j].Norm is "(" or ")"))
                {
                    break;
                }
            }
        }

        // "denied the report on Monday": a time, not the report's topic.
        if (noun + 2 < end && t[noun + 1].Norm is "on" or "over" && TimeWord(t[noun + 2].Norm))
        {
            return first;
        }

        // "the claims that have been made by X", "reports that circulated online": "that" and a verb is a relative clause,
        // and the claim noun is the object itself.
        if (noun + 2 < end && Words.FramingNouns.Contains(t[noun].Norm) && t[noun + 1].Norm == "that" &&
            (Words.BeForms.Contains(t[noun + 2].Norm) || t[noun + 2].Norm is "have" or "has" or "had" or "appeared" or "circulated" or "emerged" or "surfaced"))
        {
            return first;
        }

        if (noun + 1 < end && Words.FramingNouns.Contains(t[noun].Norm) && t[noun + 1].Norm is "that" or "of" or "about" or "regarding" or "over" or "on" or "concerning")
        {
            k = noun + 2;

            while (k < end && t[k].Norm is "being" or "there")
            {
                k++;
            }

            return k;
        }

        // "denied reports she will resign": a framing noun followed at once by a subject pronoun opens a clause with "that"
        // left out ("the reports the paper published" stays: its clause is a relative one).
        if (k + 2 < end && Words.FramingNouns.Contains(t[k].Norm) && t[k + 1].Norm is "he" or "she" or "it" or "they" or "we" or "i")
        {
            return k + 1;
        }

        // "denied reports the port was sold", "denied a claim two of its aircraft have been damaged": a short subject and a
        // form of "be", a modal or "has been" open the clause; "the claims the minister has made" is a relative clause.
        if (k + 3 < end && Words.FramingNouns.Contains(t[k].Norm) && BareClauseAt(p, k + 1, end))
        {
            return k + 1;
        }

        return first;
    }

    private static bool BareClauseAt(Paragraph p, int from, int end)
    {
        var t = p.Tokens;
        if (Words.Prepositions.Contains(t[from].Norm) || t[from].Norm is "after" or "before" or "when" or "while" or "as" or "because" or "since" or
            "until" or "if" or "although" or "though" or "once" or "unless" or "whereas")
        {
            return false; // "denied the report after it was published": a clause of time, not the report's content
        }
        for (var j = from; j < end && j < from + 7; j++)
        {
            var n = t[j].Norm;
            if (j > from && (Words.BeForms.Contains(n) || n is "will" or "would" or "could" or "may" or "might" or "can" or "should" or "must" ||
                (n is "has" or "have" or "had" && j + 1 < end && t[j + 1].Norm == "been")))
            {
                return true;
            }

            if (!t[j].IsWord && n != "'s" || p.InQuote[j] || n is "that" or "which" or "who" or "and" or "or" || (j > from && SpeechLexicon.IsVerb(n)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Absolutely absurd and rumour mongering …", "Lies, all lies.", "Totally false.": a sentence that opens, past adverbs
    /// of degree, with a word of falsehood that a stop, a comma, "and" or a relative pronoun follows (no verb of its own).
    /// </summary>
    private static bool VerdictFragment(List<Token> t, int from, int end)
    {
        var j = from;
        while (j < end && j < from + 3 && t[j].IsWord && (t[j].Norm.EndsWith("ly", StringComparison.Ordinal) || t[j].Norm is "just" or "pure" or "utter" or "complete" or "total" or "all"))
        {
            j++;
        }

        return j < end && t[j].IsWord && Words.FalsehoodWords.Contains(t[j].Norm) &&
            (j + 1 >= end || !t[j + 1].IsWord || t[j + 1].Norm is "and" or "which" or "who");
    }

    /// <summary>
    /// "its rejection of the report", "their total denial of the claims", "its “rejection of …”": a possessive, maybe a
    /// quotation mark and an adjective of degree, a noun of denial and "of" opening the content; the token after "of", else -1.
    /// </summary>
    private static int RejectionOf(List<Token> t, int first, int end)
    {
        if (first + 2 >= end || t[first].Norm is not ("its" or "his" or "her" or "their" or "our" or "my"))
        {
            return -1;
        }

        var k = t[first + 1].IsQuote ? first + 2 : first + 1; // "expressed its “rejection of the full report …”"
        k += k < end && t[k].Norm is "total" or "complete" or "categorical" or "firm" or "strong" or "outright" or "absolute" or "full" ? 1 : 0;
        return k + 2 < end && t[k].Norm is "rejection" or "denial" or "refutation" or "repudiation" && t[k + 1].Norm == "of" ? k + 2 : -1;
    }

    /// <summary>
    /// "ruled out any scope of holding …", "rules out resigning": after "rule out", an action (a gerund, or a noun of
    /// chance or scope and "of" with a gerund) rather than a claim ("ruled out the possibility that …" stays a denial).
    /// </summary>
    private static bool RuledOutAction(List<Token> t, int first, int end)
    {
        if (first < 2 || t[first - 1].Norm != "out" || t[first - 2].Norm is not ("ruled" or "rules" or "rule" or "ruling"))
        {
            return false;
        }

        var k = first < end && t[first].Norm is "any" or "the" or "a" or "all" ? first + 1 : first;
        static bool Gerund(Token g) => g.IsWord && g.Norm.Length > 4 && g.Norm.EndsWith("ing", StringComparison.Ordinal) && !g.Cap;
        return k < end && (Gerund(t[k]) ||
            (k + 2 < end && t[k].Norm is "scope" or "possibility" or "chance" or "prospect" or "option" or "question" or "idea" && t[k + 1].Norm == "of" && Gerund(t[k + 2])));
    }
}
