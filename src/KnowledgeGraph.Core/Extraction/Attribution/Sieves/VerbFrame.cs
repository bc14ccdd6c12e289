using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// The frame every verb-of-speech sieve shares once it has decided on a subject: the content after the verb (after
/// "that", a quotation or the object, up to the next trigger), the evidence span, and denial frames around the content.
/// </summary>
internal static class VerbFrame
{
    /// <summary>
    /// ", in a statement signed by Eugene Arhin, …," between a subject and its verb: the person named right after "signed
    /// by" inside the set-off phrase, or null.
    /// </summary>
    private static (string Id, int First, int End)? SignatoryBetween(AttributionContext context, Paragraph p, int from, int v)
    {
        var t = p.Tokens;
        if (t[from].Norm != "," || v - from > 30)
        {
            return null;
        }

        for (var k = from + 1; k + 2 < v; k++)
        {
            if (p.InQuote[k] || t[k].IsQuote)
            {
                return null;
            }

            if (t[k].Norm == "signed" && t[k + 1].Norm == "by" && p.MentionAt[k + 2] >= 0 && p.Mentions[p.MentionAt[k + 2]] is { } m && m.First == k + 2 &&
                context.Analysis.Entities.TryGetValue(m.EntityId, out var e) && e.Kind == Model.EntityKind.Person)
            {
                return (m.EntityId, m.First, m.End);
            }
        }

        return null;
    }

    /// <summary>The token before the verb, skipping adverbs ("also", "later", "-ly").</summary>
    public static int BeforeAdverbs(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var w = v - 1;
        while (w > s.First)
        {
            if (t[w].Norm.EndsWith("ly", StringComparison.Ordinal) || t[w].Norm is "also" or "later" or "then" or "again" or "once" or "yesterday" or "today")
            {
                w--;
            }
            else if (w - 1 > s.First && t[w].Norm is "week" or "weekend" or "month" or "year" or "morning" or "afternoon" or "evening" or "night" &&
                     t[w - 1].Norm is "this" or "last" or "earlier")
            {
                w -= 2; // "Alan Jones this week also accused …": a time phrase between the subject and its verb
            }
            else if (w - 2 > s.First && t[w].Norm is "night" or "morning" or "afternoon" or "evening" && Weekday(t[w - 1].Norm) && t[w - 2].Norm == "on")
            {
                w -= 3; // "Ms Hanson on Tuesday night told the Upper House …"
            }
            else if (w - 1 > s.First && Weekday(t[w].Norm) && t[w - 1].Norm == "on" && p.MentionAt[w - 2] >= 0)
            {
                w -= 2; // "Ms Hanson on Tuesday told …": right after a name
            }
            else
            {
                break;
            }
        }

        return w;
    }

    /// <summary>The word before verb v past adverbs and auxiliaries ("has also", "would later").</summary>
    private static int BeforeAuxiliaries(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var w = BeforeAdverbs(p, s, v);
        while (w > s.First && t[w].Norm is "has" or "have" or "had" or "would" or "will" or "did" or "does" or "could" or "may" or "might")
        {
            w = BeforeAdverbs(p, s, w);
        }

        return w;
    }

    /// <summary>A "he" or "she" opening a clause after the sentence's first word, right before verb v (adverbs and auxiliaries between), or -1.</summary>
    private static int PronounBeforeVerb(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var w = BeforeAuxiliaries(p, s, v);

        // After a comma or a conjunction only: "X says she told …" leaves the inner verb to the outer statement.
        return w > s.First && t[w].Norm is "he" or "she" && !p.InQuote[w] && !p.InQuote[v] &&
            t[w - 1].Norm is "," or ";" or "and" or "but" or "as" or "when" or "while" or "after" or "before" or "because" or "so" or "then" or
                "although" or "though" or "until" or "since" or "where" or "once" ? w : -1;
    }

    /// <summary>
    /// The statement of verb trigger <paramref name="index"/> with the given subject; with none, the sentence's own
    /// subject before the verb (after an introductory phrase) is looked for.
    /// </summary>
    public static Finding? Complete(AttributionContext context, SentenceScope scope, int index, (string Id, int First, int End)? subject)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var trig = scope.Triggers[index];
        var t = p.Tokens;
        var v = trig.At;
        var intro = Math.Max(Math.Max(Math.Max(SourceFinder.IntroEnd(p, s, v), SubordinateIntroEnd(context, p, s, v)), CreditedDatelineEnd(p, s, v)),
            Math.Max(Math.Max(CoordinatedClauseStart(context, p, s, v), SemicolonClauseStart(p, s, v)), Math.Max(PlainDatelineEnd(context, p, s, v), ConjunctionClauseStart(p, s, v))));
        // "Daniel Okonkwo through his lawyer Femi Adeyemi said …": one who speaks through counsel is the speaker, not the lawyer.
        if (subject is null && PrincipalThroughCounsel(context, p, s, v) is { } principal)
        {
            subject = principal;
        }

        // "ICMR Director General, Dr. Rajiv Bahl, criticised …": the person named after an organisation's office speaks.
        if (subject is null && OfficeHolderSetOff(context, p, s, v) is { } holder)
        {
            subject = holder;
        }

        // "Through its spokesperson Bruno Shioso, NPS issued a statement denying …": the named spokesperson speaks.
        if (subject is null && ThroughSpokesperson(p, s, v) is { } through)
        {
            subject = through;
        }

        if (subject is null && trig.Kind == TriggerKind.Participle && SpeechVerbs.IssuedDocumentBefore(p, s, v) is var document and >= 0)
        {
            subject = context.Subjects.FindSubject(p, s.First, document); // "X issued a statement … after …, saying …": X
        }

        // "NASA refutes story of boy who predicted asteroid collision": a speech verb right after "who" and a plain noun
        // belongs to that unnamed one, not to the sentence's subject.
        if (v >= 2 && t[v - 1].Norm == "who" && !p.InQuote[v] && t[v - 2].IsWord && p.MentionAt[v - 2] < 0 && !t[v - 2].Cap &&
            !SpeechLexicon.PersonNouns.Contains(t[v - 2].Norm))
        {
            return null;
        }

        // "…, when Spurs exited the Champions League, he criticised Conte …", "Spurs lost and he criticised …": "he" or "she"
        // right before the verb is its subject; a name earlier in the sentence belongs to another clause.
        // "Gossip Cop also confirmed with a rep for Walters that the allegations … are untrue": what was confirmed with
        // someone is that one's statement; the one who checked only carried it.
        if (trig.Lemma == "confirm" && v + 3 < s.End && t[v + 1].Norm == "with" && !p.InQuote[v + 1] && Spans.ThatAt(p, v + 2, Math.Min(s.End, v + 10)) is var thatAt and > 0 &&
            ConfirmedWith(context, p, v + 2, thatAt) is { } confirmer)
        {
            subject = confirmer;
        }

        // "Carlos Fernández de Cossío is Cuba's deputy foreign minister …, and he says …": "he" after ", and" is the person
        // who opens the sentence as its subject, not the last one who spoke.
        if (subject is null && PronounBeforeVerb(p, s, v) is var andPronoun and >= 0 && andPronoun >= s.First + 3 && t[andPronoun].Norm is "he" or "she" &&
            t[andPronoun - 1].Norm == "and" && t[andPronoun - 2].Norm == "," &&
            p.MentionAt[s.First] >= 0 && p.Mentions[p.MentionAt[s.First]] is { } opener && opener.First == s.First && opener.End < andPronoun &&
            context.Analysis.Entities.TryGetValue(opener.EntityId, out var openerEntity) && openerEntity.Kind == Model.EntityKind.Person &&
            (Words.BeForms.Contains(t[opener.End].Norm) || t[opener.End].Norm is "has" or "had"))
        {
            subject = (opener.EntityId, opener.First, opener.End);
        }

        if (subject is null && PronounBeforeVerb(p, s, v) is var pronounAt and >= 0)
        {
            if (context.Subjects.FindSubject(p, pronounAt, v) is not { } pronounSubject)
            {
                return null;
            }

            subject = pronounSubject;
        }

        var fallback = subject is null;
        // "It will be recalled that the APC campaign had made …, saying …": after the writer's own frame, its "It" is no one.
        var framed = subject is null && SourceFinder.WritersFrameEnd(p, s, v) > 0;
        subject ??= WhereClauseSubject(context, p, s, v) ?? SetOffSubject(context, p, s, v) ?? SubordinateClauseSubject(context, p, s, v) ??
            (intro > s.First ? context.Subjects.FindSubject(p, intro, v) : null) ?? (framed ? null : context.Subjects.FindSubject(p, s.First, v)) ??
            Cataphora.NamedLater(context.Analysis, p, s, v);
        if (fallback && IndefiniteMemberOf(context, p, s, subject))
        {
            // "A Premier League footballer today denied …": a player of the league, not the league; the person the lede
            // describes, named later, or no one.
            subject = Cataphora.NamedLater(context.Analysis, p, s, v);
        }

        if (subject is not { } subj)
        {
            return null;
        }

        // "Facebook page “Youth TV News” shared … and wrote …", "the YouTube channel Harbour Watch said …": the page or the
        // account named after the platform speaks, not the platform.
        if (subj.End > 0 && subj.End + 1 < v && t[subj.End].Norm is "page" or "account" or "channel" or "handle" && NamedAfterPlatform(context, p, subj.End + 1, v) is { } page)
        {
            subj = (page.Id, subj.First, page.End);
        }

        // "the government, in a statement signed by Eugene Arhin, Director of Communication at the presidency, said, …": the
        // person who signed the statement set off between an organisation and its verb speaks.
        if (subj.End > 0 && subj.End < v && !subj.Id.StartsWith("person:", StringComparison.Ordinal) && SignatoryBetween(context, p, subj.End, v) is { } signatory)
        {
            subj = signatory;
        }

        // "Defending the arrest of N. Chandrababu Naidu in the scam, the Minister said …": a name inside a fronted participle
        // phrase is its object, never the subject of the verb after the phrase's comma.
        if (fallback && FrontedParticipleEnd(p, s, v) is var phraseEnd and > 0 && subj.First < phraseEnd && subj.First >= s.First)
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

        var (cFirst, cEnd) = ForwardContent(p, s, v, scope.NextAt(index));
        if (cEnd > cFirst && Spans.QuoteOpeningAt(p, cFirst) is { } opened && opened.Close + 1 < cEnd &&
            t[opened.Close + 1].Norm is "although" or "though" or "whereas" or "while")
        {
            cEnd = opened.Close + 1; // "says “no way, I didn't know anything” although Little says …": the quotation is what was said
        }

        var toOutlet = OutletAddressed(context, p, cFirst, cEnd);
        if (toOutlet is var (to, _))
        {
            cEnd = to; // "denied the split rumours to People": the magazine carried the denial, it is no part of it
        }

        if (trig.Denial && cEnd > cFirst && t[cFirst].Norm is "it" or "this" or "that" or "them" &&
            (cEnd == cFirst + 1 || t[cFirst + 1].Norm is "on" or "in" or "at" or "during" or "last" or "yesterday" or "today" or "earlier" or "later" or
                "again" or "outright" or "strongly" or "flatly" or "categorically" or "vehemently" or "firmly" or "repeatedly") &&
            context.Discourse.PreviousContent is { } previous && previous.SpeakerId != subj.Id && (previous.Paragraph != p || previous.End <= s.First))
        {
            // "Norvell Group says Okafor sold the port. Okafor denied it.": what is denied is what the sentence before said.
            var evFrom = subj.First >= s.First && subj.First < v ? subj.First : v;
            return new Finding(subj.Id, subj.First, subj.End, previous.First, previous.End, evFrom, cFirst + 1)
            {
                ContentParagraph = previous.Paragraph == p ? null : previous.Paragraph,
            };
        }

        // "Hale responded to the allegations and rejected them", "…, dismissing it": with no statement before to point back to,
        // the pronoun stands for the claim or report named earlier in the sentence.
        if (context.Discourse.PreviousContent is null && PronounsClaim(scope, index, cFirst, cEnd) is var (claimFirst0, claimEnd0))
        {
            var evFrom = subj.First >= s.First && subj.First < claimFirst0 ? subj.First : claimFirst0;
            return new Finding(subj.Id, subj.First, subj.End, claimFirst0, claimEnd0, evFrom, cEnd);
        }

        // "Trump has said there are talks; the ministry claims the opposite": what the other speaker just said, denied.
        // ("said the opposite was true of …" says something of its own)
        if (!trig.Denial && cEnd > cFirst && (t[cFirst].Norm == "otherwise" || (cFirst + 1 < cEnd && t[cFirst].Norm == "the" && t[cFirst + 1].Norm == "opposite")) &&
            (cFirst + (t[cFirst].Norm == "otherwise" ? 1 : 2)) is var oppositeEnd && (oppositeEnd >= cEnd || t[oppositeEnd].Norm is "," or ";") &&
            OppositeOf(context, scope, subj.Id, s) is var (oParagraph, oFirst, oEnd))
        {
            var evFrom = subj.First >= s.First && subj.First < v ? subj.First : v;
            return new Finding(subj.Id, subj.First, subj.End, oFirst, oEnd, evFrom, oppositeEnd, Denies: true)
            {
                ContentParagraph = oParagraph == p ? null : oParagraph,
            };
        }

        if (trig.Denial && trig.Lemma is "reject" or "dismiss" or "spurn" or "rebuff" && cEnd > cFirst && ActObject(p, v + 1, cEnd))
        {
            return null; // "rejected a £12.5million offer", "dismissed his appeal": refusing an act denies no claim
        }

        if (trig.Denial && cEnd > cFirst + 1 && SpeechVerbs.DenialParticle(trig.Lemma, t[cFirst].Norm))
        {
            cFirst++; // "hosed down the allegation": the particle is the verb's, the allegation what is denied
        }

        if (trig.Lemma is "distance" or "dissociate" && cEnd > cFirst + 2 && t[cFirst + 1].Norm == "from")
        {
            cFirst += 2; // "distanced itself from the allegations": what it disowns comes after "from"
        }

        if (trig.Denial && cEnd > cFirst)
        {
            cFirst = trig.Lemma == "accuse" && AccusedWork(p, cFirst, cEnd) is var work && work > cFirst ? work :
                SpreadTopic(p, cFirst, cEnd) is var topic && topic > cFirst ? topic : ReportedContent(p, cFirst, cEnd);
        }

        if (cEnd <= cFirst && EchoedClause(p, s, v, index > 0 ? scope.Triggers[index - 1].At : -1) is var (eFirst, eEnd) && eEnd > eFirst)
        {
            // "…, a charge Okafor denied": what is denied is the clause the charge names, before the comma.
            return new Finding(subj.Id, subj.First, subj.End, eFirst, eEnd, eFirst, v + 1);
        }

        if (cEnd <= cFirst)
        {
            return null;
        }

        if (SubjectlessPredicate(p, cFirst, cEnd, out var negated) && PronounEchoBefore(p, s, v) is var echo and > 0)
        {
            // "…, something the president said never happened", "…, which the ministry said was false": the predicate is
            // said of the clause before the comma, and its negation denies it. A subject found before the echo is not the
            // verb's ("Ebrard resigned, something the president said …" is no statement of Ebrard's).
            var (pFirst, pEnd) = EchoedClause(p, s, echo + 1, index > 0 ? scope.Triggers[index - 1].At : -1, pronoun: true);
            if (subj.First <= echo || !negated || pEnd <= pFirst)
            {
                return null;
            }

            return new Finding(subj.Id, subj.First, subj.End, pFirst, pEnd, pFirst, cEnd, Denies: true);
        }

        var evFirst = subj.First >= 0 && subj.First < v && subj.First >= s.First ? subj.First : v;
        var denies = NoTruthFrame(p, v + 1, cFirst) || VerdictBefore(p, v + 1, cFirst) ||
            (trig.Lemma is not ("say" or "tell" or "add" or "state" or "write" or "note") && DenialFrame(p, v + 1, cFirst));
        var evidenceEnd = cEnd;
        if (trig.Lemma is "call" or "brand" or "label" or "term")
        {
            // "called reports of an imminent deal “false”": the claim is the object, the quotation is the verdict.
            for (var k = cFirst; k < cEnd; k++)
            {
                if (t[k].IsQuote && k + 1 < cEnd && p.InQuote[k + 1])
                {
                    evidenceEnd = cEnd;
                    var objectEnd = Spans.TrimEnd(p, cFirst, k > cFirst + 1 && t[k - 1].Norm == "as" ? k - 1 : k); // "labelled the claims as “false”"
                    // ("called the polls a “farce”, citing …": a verdict of one word too, and a clause may go on after its comma or "and")
                    if (!trig.Denial && Spans.QuoteOpeningAt(p, k) is { } verdict && verdict.Close - verdict.Open > 1 && objectEnd > cFirst &&
                        (NothingButPunctuation(t, verdict.Close + 1, cEnd) || RelayTail(p, verdict.Close + 1, cEnd) ||
                         (verdict.Close + 1 < cEnd && t[verdict.Close + 1].Norm is "," or "and")))
                    {
                        // "called the report “an attempt to divert public attention”": a verdict that is no falsehood, closing
                        // the clause, is what is said of the object ("The report is an attempt …"); "called it a “brutal act”"
                        // keeps its article with the verdict; a pronoun object is left out of the claim.
                        var article = t[objectEnd - 1].Norm is "a" or "an" && objectEnd - 1 > cFirst;
                        objectEnd = article ? objectEnd - 1 : objectEnd;
                        var pronoun = objectEnd - cFirst == 1 && t[cFirst].Norm is "it" or "them" or "this" or "that" or "these" or "those";
                        return new Finding(subj.Id, subj.First, subj.End, article ? objectEnd : verdict.Open + 1, verdict.Close, evFirst, evidenceEnd, denies)
                        {
                            PrefixFirst = pronoun ? -1 : cFirst,
                            PrefixEnd = pronoun ? -1 : objectEnd,
                            PrefixIsSubject = !pronoun,
                        };
                    }

                    cEnd = objectEnd;
                    if (PronounsClaim(scope, index, cFirst, cEnd) is var (claimFirst, claimEnd))
                    {
                        (cFirst, cEnd) = (claimFirst, claimEnd); // "addressed the claim on Twitter, calling it “fake news”": the claim is denied
                    }

                    break;
                }
            }

            if (evidenceEnd == cEnd && SpeechVerbs.UnquotedFalsehood(p, s, v + 1) is var verdictAt and > 0 && verdictAt < cEnd)
            {
                // "called the allegations false and baseless": the object is the claim; "called the reports pure
                // fabrication": the verdict's intensifier goes with it.
                // "branded the report as fake": the "as" goes with the verdict too.
                while (verdictAt > cFirst + 1 && (Lexicon.Current.VerdictIntensifiers.Contains(t[verdictAt - 1].Norm) || t[verdictAt - 1].Norm is "as" or "'"))
                {
                    verdictAt--;
                }

                // ("branded as false the claim that …", "termed as baseless reports that …": the verdict comes before the
                // content the frame already found after it, and cuts nothing)
                if (verdictAt > cFirst)
                {
                    cEnd = Spans.TrimEnd(p, cFirst, verdictAt);
                }
            }

            // "read the report and called it a smear campaign": a pronoun alone stands for the report named before it
            while (cEnd > cFirst + 1 && t[cEnd - 1].Norm is "a" or "an")
            {
                cEnd--;
            }

            if (PronounsClaim(scope, index, cFirst, cEnd) is var (namedFirst, namedEnd))
            {
                (cFirst, cEnd) = (namedFirst, namedEnd);
            }

            if (cEnd <= cFirst)
            {
                return null;
            }
        }

        var found = new Finding(subj.Id, subj.First, subj.End, cFirst, cEnd, evFirst, evidenceEnd, denies);
        if (toOutlet is var (_, outlet))
        {
            found.Via.Add(outlet);
        }

        return found;
    }

    /// <summary>
    /// "denied the split rumours to People", "denied the report to Reuters on Monday": "to" and a news outlet closing the
    /// verb's object, a noun phrase with no verb of its own (only a time may follow), name whom the words were given to.
    /// The "to" and the outlet, or null.
    /// </summary>
    private static (int To, string Outlet)? OutletAddressed(AttributionContext context, Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = end - 2; k > first; k--)
        {
            if (t[k].Norm != "to" || p.InQuote[k] || p.MentionAt[k + 1] < 0 || p.Mentions[p.MentionAt[k + 1]] is not { First: var m0, End: var mEnd, EntityId: var id } ||
                m0 != k + 1 || !context.IsMedia(id))
            {
                continue;
            }

            for (var j = mEnd; j < end; j++)
            {
                if (!(t[j].Norm is "on" or "in" or "last" or "this" or "earlier" or "late" or "," || Weekday(t[j].Norm) || t[j].Norm is "week" or "month" or "year" or "night" or "morning" or "evening" or "afternoon" or "today" or "yesterday"))
                {
                    return null;
                }
            }

            // "said the port was sold to Reuters": a clause's own "to", not the verb's
            return FiniteVerbBetween(p, first, k) ? null : (k, id);
        }

        return null;
    }

    /// <summary>
    /// "…, calling it “fake news”", "… and rejected them": a denial whose object [cFirst, cEnd) is only "it" or "them", its
    /// verb after a comma or "and" and first in its sentence: the claim or report named before the verb
    /// (<see cref="ClaimBeforeComma"/>), or null.
    /// </summary>
    private static (int First, int End)? PronounsClaim(SentenceScope scope, int index, int cFirst, int cEnd)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var t = p.Tokens;
        var v = scope.Triggers[index].At;
        return scope.Triggers[index].Denial && scope.PreviousAt < 0 && cEnd == cFirst + 1 && t[cFirst].Norm is "it" or "them" && v - 1 > s.First &&
            t[v - 1].Norm is "," or "and" && ClaimBeforeComma(p, s, v - 1) is var (first, end) && end > first ? (first, end) : null;
    }

    /// <summary>
    /// The claim a pronoun after the comma stands for: the last claim or report noun of the clause before it ("addressed the
    /// claim on Twitter, calling it …" gives "the claim"; "responded to the report that potholes make good drivers, calling
    /// it …" gives the clause after "that"), or (-1, -1).
    /// </summary>
    private static (int, int) ClaimBeforeComma(Paragraph p, Sentence s, int comma)
    {
        var t = p.Tokens;
        for (var k = comma - 1; k > s.First && k >= comma - 25; k--)
        {
            if (p.InQuote[k] || t[k].Norm is "," or ";" or ":")
            {
                return (-1, -1);
            }

            if (!Lexicon.Current.FramingNouns.Contains(t[k].Norm) || t[k].Cap)
            {
                continue;
            }

            if (k + 2 < comma && t[k + 1].Norm == "that")
            {
                return (k + 2, comma);
            }

            var det = k - 1;
            while (det > s.First && det >= k - 3 && !(t[det].Norm is "the" or "a" or "an" or "these" or "those" or "this" or "his" or "her" or "its" or "their"))
            {
                det--;
            }

            return t[det].Norm is "the" or "a" or "an" or "these" or "those" or "this" or "his" or "her" or "its" or "their" ? (det, k + 1) : (k, k + 1);
        }

        return (-1, -1);
    }

    /// <summary>", the Harbour Times" before its "reported": only the subject of a relaying verb after the clause.</summary>
    private static bool RelayTail(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        var k = from < to && t[from].Norm == "," ? from + 1 : from;
        k = k < to && t[k].Norm == "the" ? k + 1 : k;
        return k > from && k < to && p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is { } m && m.First == k && m.End == to;
    }

    private static bool NothingButPunctuation(List<Token> t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (t[k].IsWord)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"termed as “completely baseless” reports that …": "as" and a verdict of falsehood between the verb and its content.</summary>
    private static bool VerdictBefore(Paragraph p, int from, int to)
    {
        for (var k = from; k + 1 < to && k < from + 3; k++)
        {
            if (p.Tokens[k].Norm == "as" && !p.InQuote[k])
            {
                return Words.VerdictIn(p.Tokens, k + 1, to, 6);
            }
        }

        return false;
    }

    /// <summary>Words of a description before a name: no verb, quotation or punctuation other than a possessive.</summary>
    internal static bool DescriptionOnly(Paragraph p, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var tok = p.Tokens[k];
            if (p.InQuote[k] || (!tok.IsWord && tok.Norm != "'s") || (tok.IsWord && SpeechLexicon.IsVerb(tok.Norm)) || p.MentionAt[k] >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The verb of a report noun's relative clause: "a report which claimed", "the story that said", "claims saying".</summary>
    public static bool ReportsVerb(Paragraph p, int v)
    {
        var t = p.Tokens;
        return v >= 2 && !p.InQuote[v] &&
            ((t[v - 1].Norm is "that" or "which" && Lexicon.Current.FramingNouns.Contains(t[v - 2].Norm)) ||
             (t[v].Norm.EndsWith("ing", StringComparison.Ordinal) && Lexicon.Current.FramingNouns.Contains(t[v - 1].Norm)));
    }

    /// <summary>
    /// "denied a report published in a local daily on Saturday that said the port was sold": what is denied is what the
    /// report said, the clause after its relative speech verb ("that said", "which claimed", "saying"). The report noun
    /// opens the object; the clause runs to the content's end. Otherwise <paramref name="first"/>.
    /// </summary>
    private static int ReportedContent(Paragraph p, int first, int end)
    {
        var original = first;
        var t = p.Tokens;
        if (first >= 2 && t[first - 1].Norm is "that" or "which" && Lexicon.Current.FramingNouns.Contains(t[first - 2].Norm))
        {
            first -= 2; // the frame already stepped past "reports that"; its verb comes next
        }

        var noun = -1;
        for (var k = first; k < end && k < first + 4; k++)
        {
            if (p.InQuote[k] || !t[k].IsWord)
            {
                return original;
            }

            if (Lexicon.Current.FramingNouns.Contains(t[k].Norm))
            {
                noun = k;
                break;
            }
        }

        for (var j = noun + 1; noun >= 0 && j + 1 < end && j < noun + 16; j++)
        {
            var n = t[j].Norm;
            if (p.InQuote[j] || n is "." or ";" or ":" or "and" or "but")
            {
                return original;
            }

            var verb = n is "that" or "which" ? j + 1 : n.EndsWith("ing", StringComparison.Ordinal) ? j : -1;
            if (verb < 0 || !SpeechLexicon.TryVerb(t[verb].Norm, out _, out var denial))
            {
                continue;
            }

            var content = verb + 1 < end && t[verb + 1].Norm == "that" ? verb + 2 : verb + 1;
            return !denial && content + 2 < end ? content : original;
        }

        return original;
    }

    /// <summary>
    /// "X met officials in Moscow, where Russia's Sergey Lavrov urged …", "…, but Havana has repeatedly denied …": the verb
    /// sits in a subordinate or contrasted clause with a subject of its own, which ends right before it (past adverbs,
    /// auxiliaries, or an appositive between commas). The sentence's first subject belongs to the other clause.
    /// </summary>
    private static (string Id, int First, int End)? SubordinateClauseSubject(AttributionContext context, Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        if (SpeechVerbs.AbsoluteSubject(p, s, v) is { } absolute)
        {
            return (absolute.EntityId, absolute.First, absolute.End); // "…, despite adviser Karl Venter claiming …"
        }

        var w = BeforeAuxiliaries(p, s, v);

        // "Asked whether …, since Cuba needs it most, Sheinbaum said …": the name right after the last comma, ending at the
        // verb, is its subject; what came before the comma was an introduction.
        for (var k = w - 1; k > s.First && k >= v - 10 && t[w].Norm != ","; k--)
        {
            if (t[k].Norm != "," || p.InQuote[k])
            {
                continue;
            }

            if (context.Subjects.FindSubject(p, k + 1, v) is { } named && named.First == k + 1 && named.End == w + 1 && p.MentionAt[k + 1] >= 0)
            {
                return named;
            }

            // "…, a claim Okafor strongly denies": the name after the echoing noun is the subject of the echo's verb.
            if (k + 3 <= w && t[k + 1].Norm is "a" or "an" or "the" && Lexicon.Current.FramingNouns.Contains(t[k + 2].Norm) &&
                p.MentionAt[w] >= 0 && p.Mentions[p.MentionAt[w]] is var echoer && echoer.First == k + 3 && echoer.End == w + 1)
            {
                return (echoer.EntityId, echoer.First, echoer.End);
            }

            break;
        }

        for (var k = w - 1; k > s.First && k >= v - 16; k--)
        {
            if (p.InQuote[k] || t[k].Norm is not ("where" or "whereas" or "while" or "when" or "as" or "after" or "before" or "because" or "since" or
                "although" or "though" or "but" or "until"))
            {
                continue;
            }

            // "… after opposition leader Tom Reyes said …": a name ending right before the verb, after only a description
            // ("opposition leader", "the club's"), is the clause's own subject, though "after" also governs nouns.
            if (p.MentionAt[w] >= 0 && p.Mentions[p.MentionAt[w]] is var named && named.End == w + 1 && named.First > k && named.First <= k + 5 &&
                DescriptionOnly(p, k + 1, named.First) && context.Analysis.Entities[named.EntityId].Kind != Model.EntityKind.Place)
            {
                return (named.EntityId, named.First, named.End);
            }

            // "…, but X avoided answering and opened the door to speculation by saying …": a gerund of manner is the
            // speech of the clause's subject, however far back it stands.
            var manner = t[w].Norm == "by" && t[v].Norm.EndsWith("ing", StringComparison.Ordinal);
            if (context.Subjects.FindSubject(p, k + 1, v) is { } own && own.First <= k + 4 &&
                (own.End == w + 1 || manner || (t[w].Norm == "," && own.End < w && t[own.End].Norm == ",")))
            {
                return own;
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "accused the paper of fabricating its story", "of making up the figures": what is rejected is the work after the
    /// verb of inventing, not the one accused; else the content as is.
    /// </summary>
    private static int AccusedWork(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first; k + 2 < end && k < first + 8; k++)
        {
            if (t[k].Norm != "of" || p.InQuote[k])
            {
                continue;
            }

            if (ClaimCalledALie(p, k + 1, end) is var claimed and > 0)
            {
                return claimed; // "accused North Korea of a “blatant lie” in claiming it had not fired": the claim called a lie
            }

            // Only a verb of inventing has the work for its object; "of spreading lies", "of acting under a false
            // pretext" keep the one accused as what is rejected.
            var at = k + 2;
            if (t[k + 1].Norm == "making" && t[k + 2].Norm == "up")
            {
                at++;
            }
            else if (t[k + 1].Norm is not ("fabricating" or "inventing" or "concocting" or "faking" or "falsifying" or "doctoring" or "misquoting"))
            {
                return first;
            }

            if (at < end && t[at].IsQuote)
            {
                at++; // "of fabricating “quotes”"
            }

            return at < end && t[at].IsWord && !Words.ClauseBreaks.Contains(t[at].Norm) && !Words.Prepositions.Contains(t[at].Norm) ? at : first;
        }

        return first;
    }

    /// <summary>
    /// "(of) a “blatant lie” in claiming it had not fired", "(of) lying in saying the port was closed": the claim the
    /// accused made, which the accusation calls a lie; its first token, or -1.
    /// </summary>
    private static int ClaimCalledALie(Paragraph p, int from, int end)
    {
        var t = p.Tokens;
        var k = from;
        if (t[k].Norm is "a" or "an")
        {
            k++;
        }

        for (; k < end && k < from + 5 && (t[k].IsQuote || Lexicon.Current.VerdictIntensifiers.Contains(t[k].Norm)); k++)
        {
        }

        if (k + 2 >= end || t[k].Norm is not ("lie" or "lies" or "lying"))
        {
            return -1;
        }

        k++;
        if (t[k].IsQuote)
        {
            k++;
        }

        // "in claiming (that) …", "in saying …" ("by saying …" is a gerund of manner, a statement of its own)
        if (!Words.InClaimingAt(t, k, end))
        {
            return -1;
        }

        k += 2;

        if (k < end && t[k].Norm == "that")
        {
            k++;
        }

        return k < end && t[k].IsWord ? k : -1;
    }

    /// <summary>
    /// "(criticized) the news media for putting out unfounded reports … about resignations of officials", "(accused) Reuters
    /// of publishing fake news that the port was sold": what the falsehood spread was about, or -1.
    /// </summary>
    private static int SpreadTopic(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first; k + 2 < end && k < first + 8; k++)
        {
            if (t[k].Norm is not ("of" or "for") || p.InQuote[k] || Words.AfterSpreading(t, k + 1, end) is not (var spread and > 0))
            {
                continue;
            }

            var framed = false;
            for (var j = spread; j + 1 < end && j < k + 16; j++)
            {
                // "reports that …", "reports (in the past few days) about resignations": what the reports said; "lies about
                // the port" keeps the one accused as what is rejected.
                framed |= Words.FramingNouns.Contains(t[j].Norm);
                if ((t[j].Norm == "that" || (t[j].Norm is "about" or "regarding" or "concerning" && framed)) && !p.InQuote[j])
                {
                    return j + 1;
                }

                if (t[j].Norm is "," or "." or ";")
                {
                    break;
                }
            }

            return -1;
        }

        return -1;
    }

    /// <summary>
    /// "Through its spokesperson Bruno Shioso, …", "The White House, through spokeswoman Karoline Leavitt, described …": a
    /// person named in a "through" phrase of a spokesperson, fronted or set off by commas before the verb.
    /// </summary>
    private static (string Id, int First, int End)? ThroughSpokesperson(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var k = s.First;
        while (k < v && !(t[k].Norm == "through" && (k == s.First || t[k - 1].Norm == ",") && !p.InQuote[k]))
        {
            k++;
        }

        if (k + 2 >= v)
        {
            return null;
        }

        k += t[k + 1].Norm is "its" or "their" or "his" or "her" or "the" ? 2 : 1;
        if (!(Attribution.ReferenceResolver.IsSpokesNoun(t[k].Norm) || t[k].Norm is "lawyer" or "lawyers" or "attorney" or "publicist" or "representative"))
        {
            return null;
        }

        k++;
        if (k < v && t[k].Norm == ",")
        {
            k++;
        }

        while (k < v && p.MentionAt[k] < 0 && t[k].IsWord && t[k].Cap && Entities.NameWords.IsTitle(t[k]))
        {
            k++; // "Through its spokesperson, Superintendent X,"
        }

        if (k >= v || p.MentionAt[k] < 0)
        {
            return null;
        }

        var m = p.Mentions[p.MentionAt[k]];
        return m.First == k && m.End < v && t[m.End].Norm == "," ? (m.EntityId, m.First, m.End) : null;
    }

    /// <summary>
    /// "Former minister Daniel Okonkwo through his lawyer Femi Adeyemi said …", "Okonkwo, through Advocate Sani Bello,
    /// contended …": a name, "through", a lawyer or counsel named right before the verb; the first name, or null.
    /// </summary>
    private static (string Id, int First, int End)? PrincipalThroughCounsel(AttributionContext context, Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var k = v - 1;
        if (k > s.First && t[k].Norm == ",")
        {
            k--;
        }

        if (k <= s.First || p.MentionAt[k] < 0 || p.Mentions[p.MentionAt[k]] is not { } counsel || counsel.End != k + 1 || counsel.First - 1 <= s.First)
        {
            return null;
        }

        var legal = false;
        for (k = counsel.First - 1; k > s.First && counsel.First - k <= 3 && t[k].IsWord && !p.InQuote[k] && (Entities.NameWords.IsTitle(t[k]) || CounselNoun(t[k].Norm)); k--)
        {
            legal |= CounselNoun(t[k].Norm);
        }

        k -= t[k].Norm is "his" or "her" or "its" or "their" ? 1 : 0;
        if (!legal || k <= s.First || t[k].Norm != "through" || p.InQuote[k])
        {
            return null;
        }

        k -= t[k - 1].Norm == "," && k - 1 > s.First ? 2 : 1;
        return p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is { } named && named.End == k + 1 && context.Analysis.Entities.ContainsKey(named.EntityId)
            ? (named.EntityId, named.First, named.End)
            : null;
    }

    /// <summary>
    /// "ICMR Director General, Dr. Rajiv Bahl, criticised …", "The NCDC Director General, Jide Idris, said …", "Quarry
    /// Enterprises' managing director, Marty Hamnett, said …": an organisation opening the sentence, its office
    /// (capitalised, or any case after a possessive), a person set off by commas right before the verb (past adverbs and
    /// ", however,"); the person, or null. An organisation set off after a noun for one speaks too ("BTS' management
    /// agency, Big Hit Entertainment, …").
    /// </summary>
    private static (string Id, int First, int End)? OfficeHolderSetOff(AttributionContext context, Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        // (", however," between the name and its verb: "BTS' management agency, Big Hit Entertainment, however, rejected …")
        var at = BeforeAdverbs(p, s, v) + 1; // past "flatly", "later"
        var close = at - 4 > s.First && t[at - 1].Norm == "," && Words.SetOffConnective(t[at - 2].Norm) && t[at - 3].Norm == "," ? at - 3 : at - 1;
        if (close - 3 <= s.First || t[close].Norm != "," || p.InQuote[close] || p.MentionAt[close - 1] < 0 || p.Mentions[p.MentionAt[close - 1]] is not { } person ||
            person.End != close || !context.Analysis.Entities.TryGetValue(person.EntityId, out var named) || named.Kind == Model.EntityKind.Place)
        {
            return null;
        }

        var k = person.First - 1;
        while (k > s.First && t[k].IsWord && t[k].Cap && Entities.NameWords.IsTitle(t[k]) && p.MentionAt[k] < 0)
        {
            k--; // "Dr."
        }

        if (k <= s.First || t[k].Norm != "," || p.InQuote[k])
        {
            return null;
        }

        if (named.Kind == Model.EntityKind.Person && OfficeAtBodyOpens(context, p, s, v, k))
        {
            return (person.EntityId, person.First, person.End);
        }

        // The office: up to six words that end in a title or a person's noun, capitalised or after a possessive
        // ("Executive Government and Corporate Affairs", "'s managing director"), no verb among them; for an organisation
        // set off, a noun for one ("'s management agency, Big Hit Entertainment,").
        if (named.Kind == Model.EntityKind.Person ? !OfficeEnd(t[k - 1]) : t[k - 1].Cap || !SpeechLexicon.IsInstitutionNoun(t[k - 1].Norm))
        {
            return null;
        }

        var office = k - 1;
        while (office > s.First && office >= k - 6 && t[office].IsWord && p.MentionAt[office] < 0 && !p.InQuote[office] && !SpeechLexicon.IsVerb(t[office].Norm) &&
               (t[office].Cap || t[office].Norm is "and" or "of" || OfficeEnd(t[office]) || t[office].Norm.EndsWith("ing", StringComparison.Ordinal) ||
                (named.Kind == Model.EntityKind.Institution && office >= k - 3 && !Words.Prepositions.Contains(t[office].Norm))))
        {
            office--;
        }

        var possessive = office < k - 1 && t[office].Norm is "'s" or "'"; // (the tokenizer folds ’ to ')
        var lowered = false;
        for (var w = office + 1; w < k; w++)
        {
            lowered |= !t[w].Cap && t[w].Norm is not ("and" or "of");
        }

        var owner = possessive ? office - 1 : office;
        if (office == k - 1 || (lowered && !possessive) || owner < s.First || p.MentionAt[owner] < 0 || p.Mentions[p.MentionAt[owner]] is not { } body ||
            body.End != owner + 1 || !context.Analysis.Entities.TryGetValue(body.EntityId, out var organisation) ||
            organisation.Kind != Model.EntityKind.Institution)
        {
            return null;
        }

        // At the sentence's start, after a dateline ("WELLINGTON - ", "Lagos, May 2 (Reuters) - ") or "the".
        var from = body.First > s.First && IsDash(t[body.First - 1].Norm) ? body.First
            : Math.Max(s.First, Math.Max(PlainDatelineEnd(context, p, s, v), CreditedDatelineEnd(p, s, v)));
        return body.First == from || (body.First == from + 1 && t[from].Norm == "the") ? (person.EntityId, person.First, person.End) : null;
    }

    /// <summary>The organisation or person named at <paramref name="k"/> (inside an opening quotation mark or not), before <paramref name="v"/>; or null.</summary>
    private static (string Id, int First, int End)? NamedAfterPlatform(AttributionContext context, Paragraph p, int k, int v)
    {
        k += p.Tokens[k].IsQuote ? 1 : 0;
        return k < v && p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is { } m && m.First == k && m.End <= v &&
            context.Analysis.Entities.TryGetValue(m.EntityId, out var e) && e.Kind != Model.EntityKind.Place
            ? (m.EntityId, m.First, m.End)
            : null;
    }

    /// <summary>
    /// "The PR and Protocol Manager at MTN Nigeria, |": before the comma at <paramref name="comma"/>, the names of an
    /// organisation (and its country), after "at", "of" or "for" and a capitalised office holding a title, the whole
    /// opening the sentence (after "the" or a dateline): the office whose holder is named after the comma.
    /// </summary>
    private static bool OfficeAtBodyOpens(AttributionContext context, Paragraph p, Sentence s, int v, int comma)
    {
        var t = p.Tokens;
        var k = comma;
        var institution = false;
        while (k - 1 > s.First && p.MentionAt[k - 1] >= 0 && p.Mentions[p.MentionAt[k - 1]] is { } m && m.End == k &&
               context.Analysis.Entities.TryGetValue(m.EntityId, out var e))
        {
            institution |= e.Kind == Model.EntityKind.Institution;
            k = m.First; // "MTN" "Nigeria"
        }

        if (!institution || k - 2 <= s.First || t[k - 1].Norm is not ("at" or "of" or "for") || !t[k - 2].IsWord || !t[k - 2].Cap)
        {
            return false;
        }

        // ("Head of Communications for …": a title anywhere in the office, its portfolio after it)
        var office = k - 2;
        var titled = OfficeEnd(t[office]);
        while (office > s.First && office > k - 9 && t[office - 1].IsWord && p.MentionAt[office - 1] < 0 && (t[office - 1].Cap || t[office - 1].Norm is "and" or "&" or "of"))
        {
            office--;
            titled |= t[office].Cap && OfficeEnd(t[office]);
        }

        if (!titled)
        {
            return false;
        }

        var from = Math.Max(s.First, Math.Max(PlainDatelineEnd(context, p, s, v), CreditedDatelineEnd(p, s, v)));
        return office == from || (office == from + 1 && t[from].Norm == "the");
    }

    /// <summary>A word an office ends in: a title ("Director", "chief executive") or a person's noun ("spokesperson").</summary>
    private static bool OfficeEnd(Token t) => t.IsWord && (Entities.NameWords.IsTitle(t) || SpeechLexicon.PersonNouns.Contains(t.Norm));

    private static bool CounselNoun(string norm) =>
        norm is "lawyer" or "lawyers" or "counsel" or "advocate" or "advocates" or "attorney" or "attorneys" or "solicitor" or "solicitors" or "barrister";

    /// <summary>
    /// "[India], Dec 7 (ANI): Gurugram's Fortis Hospital denied …", "Lagos, May 2 (Reuters) - …": a dateline closed by a
    /// wire credit in brackets and a colon or dash; the first token after it, else the sentence's start.
    /// </summary>
    private static int CreditedDatelineEnd(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        for (var k = s.First + 2; k + 1 < v && k < s.First + 14; k++)
        {
            if (t[k].Norm == ")" && t[k + 1].Norm is ":" or "-" or "\u2014" or "\u2013" && t[k - 2].Norm == "(" && t[k - 1].IsWord && t[k - 1].Cap && !p.InQuote[k])
            {
                return k + 2;
            }

            if (DatedCreditClose(p, k))
            {
                return k + 1;
            }
        }

        return s.First;
    }

    /// <summary>
    /// "New Delhi, May 3 (PTI) The opposition …": <paramref name="k"/> is the ")" of an agency's capitals in brackets after
    /// a day's number, with a capitalised word right after it and no mark between.
    /// </summary>
    public static bool DatedCreditClose(Paragraph p, int k)
    {
        var t = p.Tokens;
        return k >= 3 && k + 1 < t.Count && t[k].Norm == ")" && t[k - 2].Norm == "(" && t[k - 1].IsWord && t[k - 1].AllCaps && t[k - 1].Norm.Length is >= 2 and <= 6 &&
            t[k - 3].Norm.Length <= 2 && char.IsAsciiDigit(t[k - 3].Norm[0]) && t[k + 1].IsWord && t[k + 1].Cap && !p.InQuote[k];
    }

    /// <summary>
    /// "Defending the arrest of X in the scam, the Minister said": a sentence that opens with a capitalised "-ing" word (no
    /// name, no speech verb) and the first comma after it, which closes its phrase, before the verb; the token after that
    /// comma, else -1.
    /// </summary>
    private static int FrontedParticipleEnd(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var o = s.First;
        if (o + 3 >= v || !t[o].IsWord || !t[o].Cap || t[o].Norm.Length < 6 || !t[o].Norm.EndsWith("ing", StringComparison.Ordinal) || p.MentionAt[o] >= 0 ||
            p.InQuote[o] || SpeechLexicon.IsVerb(t[o].Norm))
        {
            return -1;
        }

        for (var k = o + 2; k < v; k++)
        {
            if (t[k].Norm == "," && !p.InQuote[k])
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "A Harlow Rovers striker …": the subject is an organisation named after "a"/"an" and before the noun of a person who
    /// does not speak for it.
    /// </summary>
    private static bool IndefiniteMemberOf(AttributionContext context, Paragraph p, Sentence s, (string Id, int First, int End)? subject)
    {
        var t = p.Tokens;
        return subject is { } named && named.First == s.First + 1 && t[s.First].Norm is "a" or "an" && named.End < s.End && !t[named.End].Cap &&
            SpeechLexicon.PersonNouns.Contains(t[named.End].Norm) && !SpeaksForItsBody(t[named.End].Norm) &&
            context.Analysis.Entities.TryGetValue(named.Id, out var e) && e.Kind != Model.EntityKind.Person;
    }

    /// <summary>"A Northgate Bank spokesman", "a club official", "a ministry source": unnamed, they speak for the body.</summary>
    private static bool SpeaksForItsBody(string noun) =>
        ReferenceResolver.IsSpokesNoun(noun) || noun is "official" or "officials" or "source" or "sources" or "representative" or
            "executive" or "aide" or "adviser" or "advisor" or "officer" or "head" or "chief" or "director" or "deputy" or "vice";

    /// <summary>
    /// "JOHOR BARU, March 24 — The Johor Health Department has denied …": a city in capitals, a comma, a date and a dash open
    /// the paragraph; the token after the dash, else -1 (the city is where the story was filed, never its subject).
    /// </summary>
    private static int PlainDatelineEnd(AttributionContext context, Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        if (s.First != 0 || !t[0].IsWord)
        {
            return -1;
        }

        if (!t[0].AllCaps)
        {
            return PlacesDatelineEnd(context, p, v);
        }

        var k = 0;
        while (k < v && k < 4 && t[k].IsWord && t[k].AllCaps)
        {
            k++;
        }

        if (k >= v || t[k].Norm != ",")
        {
            return -1;
        }

        for (var j = k + 1; j < v && j <= k + 5; j++)
        {
            if (IsDash(t[j].Norm))
            {
                return j > k + 1 && (SpeechVerbs.IsMonth(t[k + 1].Norm) || Weekday(t[k + 1].Norm)) ? j + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Havana, Cuba — Cuba's deputy foreign minister denied …": a place, a comma, a place and a dash open the paragraph
    /// (or a place and a colon, "New Delhi: …"); the token after the dash or colon, else -1.
    /// </summary>
    private static int PlacesDatelineEnd(AttributionContext context, Paragraph p, int v)
    {
        var t = p.Tokens;
        // "New Delhi: The Sri Lankan Cricket Board dismissed …": a place and a colon open the paragraph.
        if (p.MentionAt[0] >= 0 && p.Mentions[p.MentionAt[0]] is { First: 0 } place && place.End + 1 < v && t[place.End].Norm == ":" && PlaceMention(context, place))
        {
            return place.End + 1;
        }

        if (p.MentionAt[0] < 0 || p.Mentions[p.MentionAt[0]] is not { First: 0 } city || city.End + 2 >= v || t[city.End].Norm != "," ||
            p.MentionAt[city.End + 1] < 0 || p.Mentions[p.MentionAt[city.End + 1]] is not { } country || country.First != city.End + 1 || country.End >= v ||
            !IsDash(t[country.End].Norm))
        {
            return -1;
        }

        return PlaceMention(context, city) && PlaceMention(context, country) ? country.End + 1 : -1;
    }

    /// <summary>
    /// "a rep for Walters", "Walters' camp", "the ministry's spokesman", "Walters": the one whose words were confirmed, the
    /// phrase running from <paramref name="from"/> to <paramref name="to"/>; null for anyone the article does not name.
    /// </summary>
    private static (string Id, int First, int End)? ConfirmedWith(AttributionContext context, Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        var k = from;
        if (k < to && t[k].Norm is "a" or "an" or "the")
        {
            k++;
        }

        if (k + 1 < to && Lexicon.Current.ProxyNouns.Contains(t[k].Norm) && t[k + 1].Norm is "for" or "of")
        {
            k += 2;
            if (k < to && t[k].Norm == "the")
            {
                k++;
            }
        }

        if (k >= to || p.MentionAt[k] < 0 || p.Mentions[p.MentionAt[k]] is not { } m || m.First != k ||
            !context.Analysis.Entities.TryGetValue(m.EntityId, out var e) || e.Kind == Model.EntityKind.Place)
        {
            return null;
        }

        var end = m.End;
        if (end + 1 < to && t[end].Norm is "'s" or "'" && (Lexicon.Current.ProxyNouns.Contains(t[end + 1].Norm) || ReferenceResolver.IsSpokesNoun(t[end + 1].Norm)))
        {
            end += 2; // "Walters' camp", "the ministry's spokesman"
        }

        return end == to ? (m.EntityId, from, end) : null;
    }

    /// <summary>The dash that closes a dateline (em, en, hyphen or a double hyphen).</summary>
    private static bool IsDash(string norm) => norm is "\u2014" or "\u2013" or "-" or "--";

    private static bool PlaceMention(AttributionContext context, Entities.Mention m) =>
        context.Analysis.Entities.TryGetValue(m.EntityId, out var e) && e.Kind == Model.EntityKind.Place;

    /// <summary>
    /// "… was hosting a clandestine recruiting exercise; the police have since disputed the claims": a clause after a
    /// semicolon, outside quotation marks, with a subject of two to six words before the verb, has its own subject. The
    /// token after the semicolon, else -1.
    /// </summary>
    private static int SemicolonClauseStart(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        for (var k = v - 2; k > s.First && k >= v - 7; k--)
        {
            if (t[k].Norm == ";" && !p.InQuote[k])
            {
                return k + 1;
            }

            if (!t[k].IsWord || SpeechLexicon.IsVerb(t[k].Norm))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "The coach has been linked to Juventus, however board member Alberto Galassi has denied …": a clause with a verb of
    /// its own, then a comma and a conjunction ("however", "but", "while", "whereas", "yet") with no comma after it, then a
    /// subject right before this verb: the subject is the second clause's. The token after the conjunction, else -1.
    /// </summary>
    private static int CoordinatedClauseStart(AttributionContext context, Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        for (var k = v - 2; k > s.First + 2; k--)
        {
            if (t[k].Norm is not ("," or ";") || p.InQuote[k] || t[k + 1].Norm is not ("however" or "but" or "while" or "whereas" or "yet") ||
                (k + 2 < v && t[k + 2].Norm == ","))
            {
                continue;
            }

            // "…, but the footballer said …": a described subject opens the second clause as well as a named one.
            return FiniteVerbBetween(p, s.First, k) && ((context.Subjects.FindSubject(p, k + 2, v) is { } named && named.First <= k + 6) ||
                (t[k + 2].Norm == "the" && context.References.ReferencePhrase(p, k + 2, v) is { } described && described.Item3 == v)) ? k + 2 : -1;
        }

        return -1;
    }

    /// <summary>
    /// "KPLC's response came after Business Daily yesterday reported that …": a conjunction ("after", "before", "since",
    /// "until", "as") inside the sentence, right before a name whose verb this is, opens the clause the verb belongs to; the
    /// name's first token, else -1.
    /// </summary>
    private static int ConjunctionClauseStart(Paragraph p, Sentence s, int v)
    {
        for (var c = v - 2; c > s.First && c >= v - 10; c--)
        {
            if (!p.InQuote[c] && p.MentionAt[c + 1] >= 0 && p.Mentions[p.MentionAt[c + 1]] is { } m && m.First == c + 1 && m.End <= v &&
                SubjectFinder.ClauseAfterConjunction(p, m, v))
            {
                return c + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "As the prosecutor went into detail, Mr Moore stopped him and said …": a sentence that opens with a subordinate
    /// clause or a prepositional phrase has its main subject after the comma that closes it; the first token after the
    /// first such comma before the verb where a name opens, else the sentence's start.
    /// </summary>
    private static int SubordinateIntroEnd(AttributionContext context, Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        // "New Delhi [India], June 7 (ANI): In response to …, the Election Commission described …": past a dateline.
        var o = CreditedDatelineEnd(p, s, v);

        // "In response to the allegation made by X, the commission said …": an opening prepositional phrase, as a clause.
        if (o >= v || p.MentionAt[o] >= 0 || !(t[o].Norm is "as" or "when" or "while" or "after" or "before" or "because" or "since" or
            "although" or "though" or "once" or "whereas" or "until" || (t[o].Cap && Words.Prepositions.Contains(t[o].Norm))))
        {
            return s.First;
        }

        // After a prepositional phrase, the first comma after which a name opens ("In an email, Howard Riefs, a Sears
        // spokesman, said": Riefs, not the appositive's Sears; "…, Greg Hodges, a partner at a firm in Savannah, Ga.,
        // told": not Georgia). After a subordinate clause, which may hold commas of its own ("When X, the prosecutor, went
        // into detail, Y said"; "Since …, in Abia State, southeast Nigeria, last year, he has been alleging"), the last one.
        var phrase = Words.Prepositions.Contains(t[o].Norm) && t[o].Norm is not ("after" or "before" or "since" or "until" or "as");
        for (var i = 0; i < v - o - 2; i++)
        {
            var k = phrase ? o + 2 + i : v - 1 - i;
            if (t[k].Norm == "," && !p.InQuote[k] && context.Subjects.FindSubject(p, k + 1, v) is { } named && named.First > k && named.First <= k + 3)
            {
                return k + 1;
            }
        }

        return s.First;
    }

    /// <summary>
    /// "reiterated his “categorical denial” of any suggestion that …", "repeated the firm's denials that …": a denial noun
    /// before the that-clause, with its "of" or "that" after it, frames the content as denied ("said the denial that …
    /// came late" makes the denial a subject: the caller leaves out verbs of saying).
    /// </summary>
    private static bool DenialFrame(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        for (var k = from; k + 1 < to && k < from + 6; k++)
        {
            if (Lexicon.Current.DenialNouns.Contains(t[k].Norm))
            {
                var after = t[k + 1].IsQuote && k + 2 < to ? k + 2 : k + 1;
                return t[after].Norm is "of" or "that";
            }
        }

        return false;
    }

    /// <summary>"said there was no truth to reports that …", "said it was not true that …": the that-clause is denied.</summary>
    private static bool NoTruthFrame(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        for (var k = from; k < to; k++)
        {
            // ("said there was zero evidence that …": "zero" before a ground negates it as "no" does)
            if (t[k].Norm is "no" or "not" or "n't" or "never" || Words.ZeroGround(t, k, to))
            {
                for (var j = k + 1; j < to && j <= k + 4; j++)
                {
                    if (t[j].Norm is "truth" or "true" or "basis" or "evidence" or "foundation" or "accurate" or "correct")
                    {
                        return true;
                    }
                }
            }

            if (Words.FalsehoodAt(t, k, to))
            {
                return true; // "dismissed as false the claims that …"
            }
        }

        return false;
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

    /// <summary>
    /// ", a charge Okafor denied", ", an accusation the company has rejected": the comma before a determiner and a framing
    /// noun whose clause ends at the next trigger; -1 when there is none.
    /// </summary>
    private static int FramedEcho(Paragraph p, Sentence s, int first, int nextAt)
    {
        var t = p.Tokens;
        if (nextAt >= s.End)
        {
            return -1;
        }

        for (var k = nextAt - 2; k > first && k >= nextAt - 11; k--)
        {
            if (t[k].Norm == "," && !p.InQuote[k] && k + 2 < nextAt && t[k + 1].Norm is "a" or "an" or "the" or "claims" or "allegations" or "accusations" or "charges" &&
                (Lexicon.Current.FramingNouns.Contains(t[k + 1].Norm) || Lexicon.Current.FramingNouns.Contains(t[k + 2].Norm)))
            {
                return k;
            }

            if (t[k].Norm == "," && !p.InQuote[k] && k + 2 < nextAt && t[k + 1].Norm == "which")
            {
                return k; // "claimed the cranes were unsafe, which Okafor denied": the relative's subject stands before its verb
            }
        }

        return -1;
    }

    private static bool AsBetween(Paragraph p, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (p.Tokens[k].Norm == "as" && !p.InQuote[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"never happened", "was not true", "did not take place": a short predicate with no subject of its own.</summary>
    private static bool SubjectlessPredicate(Paragraph p, int first, int end, out bool negated)
    {
        var t = p.Tokens;
        negated = false;
        if (end - first > 5 || !t[first].IsWord ||
            t[first].Norm is not ("never" or "not" or "did" or "didn't" or "was" or "wasn't" or "is" or "isn't" or "had" or "hadn't" or "has" or "hasn't"))
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            negated |= t[k].Norm is "never" or "not" || t[k].Norm.EndsWith("n't", StringComparison.Ordinal) || Words.FalsehoodWords.Contains(t[k].Norm);
        }

        return true;
    }

    /// <summary>", something the president said", ", which she said": the "something" or "which" echoing the clause before the comma, or -1.</summary>
    private static int PronounEchoBefore(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        for (var k = v - 1; k > s.First + 1 && k >= v - 6; k--)
        {
            if (t[k].Norm is "something" or "which" && t[k - 1].Norm == ",")
            {
                return k;
            }

            if (!t[k].IsWord || p.InQuote[k])
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The clause a framing noun echoes: for the verb at <paramref name="v"/> of ", a charge (that) Okafor denied", the
    /// words between the previous trigger (or the sentence start) and the comma before the framing noun. Empty when the
    /// frame is not there.
    /// </summary>
    private static (int First, int End) EchoedClause(Paragraph p, Sentence s, int v, int previousTrigger, bool pronoun = false)
    {
        var t = p.Tokens;
        var k = v - 1;
        while (!pronoun && k > s.First && k >= v - 10 && t[k].IsWord && !p.InQuote[k] && !Lexicon.Current.FramingNouns.Contains(t[k].Norm))
        {
            k--;
        }

        if (k <= s.First || !(pronoun || Lexicon.Current.FramingNouns.Contains(t[k].Norm)))
        {
            return (0, 0);
        }

        if (t[k - 1].Norm is "a" or "an" or "the")
        {
            k--;
        }

        if (k - 1 <= s.First || t[k - 1].Norm != ",")
        {
            return (0, 0);
        }

        var end = k - 1;
        var first = previousTrigger >= s.First && previousTrigger < end ? previousTrigger + 1 : s.First;
        while (first < end && t[first].Norm is "that" or "," or ":")
        {
            first++;
        }

        return end - first >= 3 ? (first, Spans.TrimEnd(p, first, end)) : (0, 0);
    }

    /// <summary>
    /// "said on Monday the terminal …", "said late Tuesday …", "said last week …", "said in a statement the …": a time or
    /// channel right after the verb is no part of what was said. Returns the first token after it (and a comma), or
    /// <paramref name="first"/> when nothing such stands there or nothing follows it.
    /// </summary>
    private static int AfterTimeOrChannel(Paragraph p, int first, int nextAt)
    {
        var t = p.Tokens;
        var k = SkipTimeOrChannel(p, first, nextAt);

        // Something must be left, and it must not be a "that" (handled by the caller's search) or a preposition's object;
        // a quotation may open it ("said Tuesday \"countless visitors …\"").
        return k > first && k + 2 < nextAt && (t[k].IsWord || t[k].Kind is TokenKind.QuoteOpen or TokenKind.QuoteStraight) &&
            t[k].Norm is not ("that" or "to" or "of" or "about" or "on" or "in") ? k : first;
    }

    /// <summary>
    /// Past up to two time or channel adverbials ("on Monday", "last week", "in a statement", "in a text message") from
    /// <paramref name="first"/>; <paramref name="first"/> when none opens there.
    /// </summary>
    private static int SkipTimeOrChannel(Paragraph p, int first, int nextAt)
    {
        var t = p.Tokens;
        var k = first;
        var channelAt = -1;
        for (var round = 0; round < 4 && k < nextAt && !p.InQuote[k]; round++)
        {
            var n = t[k].Norm;
            var named = k + 1 < nextAt && t[k + 1].Norm == "the" ? k + 2 : k + 1;
            if (channelAt >= 0 && n is "at" or "in" && named < nextAt && t[named].Cap && t[named].IsWord)
            {
                // "during his daily press conference at the National Palace in Mexico City": where the channel was.
                k = named;
                while (k < nextAt && t[k].IsWord && t[k].Cap)
                {
                    k++;
                }

                continue;
            }

            if (round >= 2 && channelAt < 0)
            {
                break; // two adverbials of time at most ("on Monday, last week"); more only around a channel
            }

            if (n is "on" or "late" or "early" && k + 1 < nextAt && Weekday(t[k + 1].Norm))
            {
                k += 2;
            }
            else if (n is "last" or "this" or "earlier" or "late" or "early" && k + 1 < nextAt && t[k + 1].Norm is "week" or "month" or "year" or "night" or "weekend" or "morning" or "evening" or "afternoon")
            {
                k += 2;
            }
            else if ((Weekday(n) || n is "today" or "yesterday" or "tonight") && !(k + 1 < nextAt && t[k + 1].Norm == "'s"))
            {
                k++;
            }
            else if (n is "in" or "at" or "during" && ChannelNounAfter(p, k + 1, nextAt) is var channel and > 0)
            {
                channelAt = channel;
                k = channel + 1; // "in a statement", "in a text message", "at a news conference", "during his daily press conference"
                if (k + 1 < nextAt && t[k].Norm is "titled" or "entitled" or "headlined" && Spans.QuoteOpeningAt(p, k + 1) is { } title)
                {
                    k = title.Close + 1; // "in a Facebook post titled “The Rafale Falsehood Repeated”": the post's title is the channel's
                }
            }
            else
            {
                break;
            }

            if (k < nextAt && t[k].Norm == ",")
            {
                k++;
            }
        }

        return k;
    }

    /// <summary>The channel noun of "a statement", "a text message", "an emailed statement" opening at <paramref name="det"/>, or -1.</summary>
    private static int ChannelNounAfter(Paragraph p, int det, int end)
    {
        var t = p.Tokens;
        if (det >= end || t[det].Norm is not ("a" or "an" or "the" or "his" or "her" or "its" or "their"))
        {
            return -1;
        }

        for (var k = det + 1; k < end && k <= det + 3 && t[k].IsWord && !p.InQuote[k]; k++)
        {
            if (Lexicon.Current.ChannelNouns.Contains(t[k].Norm))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// A finite verb in [from, to): an auxiliary or a form of "be", or a past form in -ed after a word that is no
    /// determiner or preposition ("the army stopped", not "the unnamed official", "by elected members").
    /// </summary>
    private static bool FiniteVerbBetween(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        for (var k = from; k < to; k++)
        {
            var n = t[k].Norm;
            if (!t[k].IsWord || p.InQuote[k])
            {
                continue;
            }

            if (n is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "can" or "could" or "did" &&
                !(k > from && t[k - 1].Norm == "there"))
            {
                return true; // ("there was no truth in reports that …" frames the that-clause)
            }

            // Not after a channel noun: "said in an interview aired Sunday on NBC that …" describes the interview.
            if (n.Length > 4 && n.EndsWith("ed", StringComparison.Ordinal) && k > from && t[k - 1].IsWord && !t[k - 1].Cap &&
                !Words.Determiners.Contains(t[k - 1].Norm) && !Words.Prepositions.Contains(t[k - 1].Norm) && !Lexicon.Current.ChannelNouns.Contains(t[k - 1].Norm))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool Weekday(string n) => n is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday";

    /// <summary>
    /// "told reporters the report was false", "told a news conference on Monday the strike would end": the listener
    /// (and any adverbials after it) is no part of what was told. The content starts at the first determiner, subject
    /// pronoun, colon or quotation after the listener, or at a capitalised word after a lower-case listener
    /// ("told reporters Northwind was solvent"); without such a start the object stays the content.
    /// </summary>
    private static int AfterListener(Paragraph p, int first, int nextAt)
    {
        var t = p.Tokens;
        var k = first;
        if (k < nextAt && t[k].IsWord && Lexicon.Current.Determiners.Contains(t[k].Norm))
        {
            k++; // "a news conference", "the BBC"
        }

        var listenerEnd = k;
        for (; k < nextAt && k < first + 8 && !p.InQuote[k]; k++)
        {
            var n = t[k].Norm;
            if (k > listenerEnd && (n is ":" || t[k].IsQuote ||
                (t[k].IsWord && (n is "the" or "a" or "an" or "this" or "these" or "those" or "he" or "she" or "it" or "they" or "we" or "i" or "there" or "his" or "her" or "its" or "their" or "our") ) ||
                (t[k].IsWord && t[k].Cap && !t[k - 1].Cap && t[k - 1].IsWord && t[k - 1].Norm is not ("on" or "in" or "at" or "from" or "by"))))
            {
                return k;
            }

            if (!t[k].IsWord || t[k].Norm is "that" or "whether" or "if" or "how" or "why" or "what")
            {
                return first; // a that-clause or an object clause: the usual reading holds
            }
        }

        return first;
    }

    /// <summary>
    /// The object after a verb of refusing is an act, not a claim: within five words a noun of the lexicon's
    /// <c>actObjects</c> ("rejected a £12.5million offer", "dismissed his application") before any noun that names a claim
    /// ("rejected claims of an offer") or a "that".
    /// </summary>
    private static bool ActObject(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first; k < end && k < first + 5; k++)
        {
            if (p.InQuote[k] || t[k].Norm is "that" or "," or ";" or ":" or "as")
            {
                return false;
            }

            // "rejected the motion", "dismissed the lawsuit on Thursday": a filing that is an act; "dismissed the lawsuit as
            // frivolous", "rejected the motion's claims", "the complaint that …" still name what is denied.
            if (Lexicon.Current.ActObjects.Contains(t[k].Norm))
            {
                return !(k + 1 < end && t[k + 1].Norm is "as" or "that" or "'s") && !AsWithin(p, k + 1, end);
            }

            if (Words.NamesAClaim(t[k].Norm) || Lexicon.Current.FramingNouns.Contains(t[k].Norm) || SpeechLexicon.DocumentNouns.Contains(t[k].Norm))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An "as" outside quotation marks within eight words ("dismissed the suit filed by X as frivolous").</summary>
    private static bool AsWithin(Paragraph p, int from, int to)
    {
        for (var k = from; k < to && k < from + 8; k++)
        {
            if (p.Tokens[k].Norm == "as" && !p.InQuote[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The "that" of ", that" within a dozen words from <paramref name="from"/> with no quotation or sentence mark between; else -1.</summary>
    private static int CommaThatAfter(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        for (var k = from; k + 1 < to && k < from + 12; k++)
        {
            if (p.InQuote[k] || t[k].Norm is "." or ";" or ":" or "!" or "?")
            {
                return -1;
            }

            if (t[k].Norm == "," && t[k + 1].Norm == "that")
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "… in a statement by the ministry's press officer, Ojebo Donald, where the Commissioner …, Dr. Mordi Ononye, said, “…”":
    /// a verb inside a clause opened by "where" (or "in which", "during which") has its subject after the opener, never
    /// before it. Null when no such clause holds the verb, or it names no subject.
    /// </summary>
    private static (string Id, int First, int End)? WhereClauseSubject(AttributionContext context, Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        for (var k = v - 2; k > s.First && k >= v - 25; k--)
        {
            if (p.InQuote[k] || t[k].Norm is ";" or ":" || (k < v - 1 && t[k].Norm.EndsWith("ed", StringComparison.Ordinal) && t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm)))
            {
                return null;
            }

            if (t[k].Norm == "where" || (t[k].Norm == "which" && t[k - 1].Norm is "in" or "during" or "at"))
            {
                // ("Buhari, while speaking in Poland, where he attended a summit, said …": a clause with a verb of its own
                // closed before the verb, which is the main clause's.)
                return !FiniteVerbBetween(p, k + 1, v) && context.Subjects.FindSubject(p, k + 1, v) is { } named && named.First > k ? named : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "MLD Entertainment, the agency representing actress Yeonwoo, has denied …", "MLD Entertainment, which released its
    /// statement a day later, also explained …": the name opening the sentence, with a description or a relative clause
    /// set off by commas (no comma or quotation inside) right before the verb and its auxiliaries, is the verb's subject.
    /// </summary>
    private static (string Id, int First, int End)? SetOffSubject(AttributionContext context, Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var c = v - 1;
        while (c > s.First && (t[c].Norm is "has" or "have" or "had" or "also" or "later" or "earlier" or "previously" or "now" or "again" or "further" or "since" ||
               (t[c].IsWord && t[c].Norm.EndsWith("ly", StringComparison.Ordinal) && !t[c].Cap)))
        {
            c--;
        }

        if (c <= s.First + 2 || t[c].Norm != "," || p.InQuote[c])
        {
            return null;
        }

        for (var o = c - 2; o > s.First && o >= c - 25; o--)
        {
            if (t[o].IsQuote || p.InQuote[o] || t[o].Norm is ";" or ":" or "(" or ")")
            {
                return null;
            }

            if (t[o].Norm != ",")
            {
                continue;
            }

            // "QRS Records (QRS), the agency representing …,": the name's acronym in brackets before the comma.
            var nameEnd = o >= 4 && t[o - 1].Norm == ")" && t[o - 3].Norm == "(" ? o - 3 : o;
            if (p.MentionAt[nameEnd - 1] < 0 || p.Mentions[p.MentionAt[nameEnd - 1]] is not { } m || m.End != nameEnd ||
                !(m.First == s.First || (m.First == s.First + 1 && t[s.First].Norm == "the")) ||
                !context.Analysis.Entities.TryGetValue(m.EntityId, out var e) || e.Kind == Model.EntityKind.Place)
            {
                return null;
            }

            return (context.SpeakerEntity(m.EntityId), m.First, m.End);
        }

        return null;
    }

    /// <summary>
    /// What "the opposite" / "otherwise" is said against: the content of a statement another speaker made earlier in the
    /// sentence ("Trump has said there are talks; …"), else of the sentence before; null when the last one was the same
    /// speaker's or there is none.
    /// </summary>
    private static (Paragraph Paragraph, int First, int End)? OppositeOf(AttributionContext context, SentenceScope scope, string speaker, Sentence s)
    {
        if (scope.Found.Count > 0)
        {
            var last = scope.Found[^1];
            return last.SpeakerId != speaker && last.ContentParagraph is null ? (scope.Paragraph, last.ContentFirst, last.ContentEnd) : null;
        }

        return context.Discourse.PreviousContent is { } previous && previous.SpeakerId != speaker && (previous.Paragraph != scope.Paragraph || previous.End <= s.First)
            ? (previous.Paragraph, previous.First, previous.End)
            : null;
    }

    /// <summary>
    /// "accused the complainants of rowdy behavior that …", "charged him with fraud that …": a verb of accusing, its object
    /// and the "of" or "with" of the charge before the "that" at <paramref name="that"/>, which then opens a relative
    /// clause (unless a verb of saying stands right before it: "accused him of claiming that …").
    /// </summary>
    private static bool AccusedOfBefore(Paragraph p, int v, int first, int that)
    {
        var t = p.Tokens;
        if (!SpeechLexicon.TryVerb(t[v].Norm, out var lemma, out _) || lemma is not ("accuse" or "charge") ||
            (that > first && SpeechLexicon.IsVerb(t[that - 1].Norm)))
        {
            return false;
        }

        for (var k = first + 1; k < that; k++)
        {
            if (t[k].Norm is "of" or "with")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Content after a verb: after "that" when it comes soon, a quotation, or the object; up to the next trigger.</summary>
    public static (int First, int End) ForwardContent(Paragraph p, Sentence s, int v, int nextAt)
    {
        var t = p.Tokens;
        var first = v + 1;
        if (first < s.End && t[first].Norm == "out")
        {
            first++; // "pointed out"
        }

        if (first + 1 < s.End && t[first].Norm is "at" or "against" && t[v].Norm.StartsWith("lash", StringComparison.Ordinal))
        {
            first++; // "lashed (out) at claims that …", "lashing out against the rumours"
        }
        else if (first + 1 < s.End && t[first].Norm == "with" && t[v].Norm.StartsWith("disagree", StringComparison.Ordinal))
        {
            first++; // "disagreed with the senator's recollection"
        }
        else if (first + 1 < s.End && t[first].Norm is "back" or "down" or "aside" or "off" && SpeechLexicon.TryVerb(t[v].Norm, out var lemma, out _) &&
                 SpeechVerbs.NeedsParticle(lemma) && lemma is not ("pour" or "hose"))
        {
            first += t[first + 1].Norm is "at" or "on" or "against" ? 2 : 1; // "hit back at claims …", "played down reports …"
        }
        else if (first + 3 < s.End && t[first].Norm == "cold" && t[first + 1].Norm == "water" && t[first + 2].Norm == "on")
        {
            first += 3; // "poured cold water on reports …"
        }
        else if (first + 3 < s.End && t[first].Norm == "," && t[first + 1].Norm is "via" or "in" or "through" or "on" or "during")
        {
            // "said, via an official club statement, “This is …”": the channel between commas, then the content.
            for (var k = first + 2; k < s.End && k < first + 10; k++)
            {
                if (t[k].Norm == "," && !p.InQuote[k])
                {
                    first = k + 1;
                    break;
                }

                if (!t[k].IsWord || p.InQuote[k])
                {
                    break;
                }
            }
        }

        // "dismissed “with contempt” claims that …", "rejected “in the strongest terms” reports …": a short quoted phrase
        // opening with a preposition right after the verb is the manner of the saying; the content follows it.
        // ("denied “at least two dozen” requests" is a quantity, not a manner.)
        if (first + 2 < nextAt && t[first].IsQuote && p.InQuote[first] && t[first + 1].Norm is "with" or "without" or "in" &&
            Spans.QuoteOpeningAt(p, first) is { } manner && manner.Close - manner.Open <= 5 && manner.Close + 2 < nextAt)
        {
            first = manner.Close + 1;
        }

        // The "that" must come before the next trigger: in "said the port would open and added that fees …" it is "added"'s;
        // and before an echo of the content (", an accusation that Okafor rejected").
        var echoAt = FramedEcho(p, s, first, nextAt);
        var thatBound = echoAt >= 0 ? echoAt : nextAt;
        var window = 10;
        var stepped = false;
        for (var k = first; k < thatBound && k < first + window; k++)
        {
            if (t[k].IsQuote && p.InQuote[k])
            {
                // "there was “no truth whatsoever” in reports that …": a short quoted phrase inside the frame is stepped
                // over (its words and marks do not count against the window).
                if (Spans.QuoteOpeningAt(p, k) is { } quoted && quoted.Close - quoted.Open <= 5 && quoted.Close + 1 < thatBound)
                {
                    window += quoted.Close - k + 1;
                    k = quoted.Close;
                    stepped = true;
                    continue;
                }

                break;
            }

            if (t[k].Norm == "," && k + 1 < thatBound && t[k + 1].IsWord && t[k + 1].Norm.EndsWith("ing", StringComparison.Ordinal))
            {
                // "to deny the reports, writing that …": that "that" is the participle's. But "reported on Monday, citing
                // people close to the talks, that …": a source cited between commas, and the content after its closing comma.
                if (t[k + 1].Norm is "citing" or "quoting" && CommaThatAfter(p, k + 2, thatBound) is var cited and > 0)
                {
                    first = cited + 1;
                }

                break;
            }

            if (t[k].Norm == "that" && !p.InQuote[k])
            {
                if (k + 1 >= s.End || t[k + 1].Norm is "." or "," or ";" or "!" or "?")
                {
                    break; // "Hale denied that.": the pronoun is the object, no clause follows it
                }

                if (stepped && !Lexicon.Current.FramingNouns.Contains(t[k - 1].Norm))
                {
                    break; // "said the policy “has not changed” and that …": past a quotation, only "reports that" frames
                }

                if (FiniteVerbBetween(p, first, k))
                {
                    break; // "said the army stopped a drone that had crossed …": a relative "that" inside the content
                }

                if (AccusedOfBefore(p, v, first, k))
                {
                    break; // "accused the complainants of rowdy behavior that caused a delay": the relative of what they were accused of
                }

                if (k - 2 > first && t[k - 2].Norm is "a" or "an" && AsBetween(p, first, k - 2))
                {
                    break; // "described the island as a state that sponsors terrorism": the relative of "a state"
                }

                // "denied allegations of fraud that have been brought against him": "that" before an auxiliary is a
                // relative pronoun of the object, not the start of a clause.
                if (k > first && k + 1 < thatBound && t[k + 1].Norm is "have" or "has" or "had" or "was" or "were" or "is" or "are" or "would" or "will" or "could")
                {
                    break;
                }

                // "said the ships were sent so that the island …": "so that", "now that", "such that" open an adverbial
                // clause inside the content, not the content itself.
                if (k > first && t[k - 1].Norm is "so" or "now" or "such" or "except" or "given" or "provided")
                {
                    break;
                }

                first = k + 1;
                if (first + 1 < thatBound && SpeechVerbs.RelativeSpeechVerb(t, first, thatBound) && Words.ClaimNounIn(t, v + 1, k))
                {
                    // "rejected a story appearing on the BBC that alleges that …": the story's own verb of saying, and its
                    // "that", come before what it said.
                    first = t[first + 1].Norm == "that" ? first + 2 : first + 1;
                }

                break;
            }
        }

        // "confirmed at a meeting of the Central Committee held on March 12, and again in an address …, that …": a
        // comma before "that" closes the adverbials between the verb and its content, however long they are.
        if (first == v + 1 || (first == v + 2 && t[v + 1].Norm == "out"))
        {
            for (var k = first + 10; k + 1 < nextAt && k < first + 45; k++)
            {
                if (p.InQuote[k] || t[k].Norm is "." or ";" or "!" or "?")
                {
                    break;
                }

                if (t[k].Norm == "," && t[k + 1].Norm == "that")
                {
                    first = k + 2;
                    break;
                }
            }
        }

        if (first == v + 1 && t[v].Norm is "told" or "tells" or "tell" or "telling")
        {
            first = AfterListener(p, first, nextAt);
        }
        else if (first == v + 1 && t[v].Norm is "informed" or "informs" or "informing")
        {
            // "informed Chelsea and the player of an adverse finding", "informed the committee that …": what after the
            // listener.
            for (var k = first; k < nextAt && k < first + 10; k++)
            {
                if (t[k].Norm is "of" or "that" && !p.InQuote[k])
                {
                    first = k + 1;
                    break;
                }
            }
        }
        else if (first == v + 1)
        {
            // "Ed Barbini said in a text message.": adverbials of the saying and nothing after them are no content
            // (the quotation before was the content, and a sieve of its own reads it).
            if (SkipTimeOrChannel(p, first, nextAt) is var past && past > first && Spans.TrimEnd(p, past, nextAt) <= past)
            {
                return (past, past);
            }

            first = AfterTimeOrChannel(p, first, nextAt); // "said on Monday the terminal was not for sale"
        }

        while (first < s.End && t[first].Norm is "," or ":" or "-")
        {
            first++;
        }

        var end = nextAt;
        if (echoAt >= first)
        {
            end = echoAt; // "claimed the cranes were unsafe, a charge Okafor denied": the echo is the next verb's
        }

        for (var k = first + 1; k + 1 < end; k++)
        {
            if (t[k].Norm == "," && !p.InQuote[k] && SpeechLexicon.IsParticiple(t[k + 1].Norm))
            {
                end = k; // "denied elbowing an opponent, telling BBC Sport: …"
                break;
            }

            if (t[k].Norm == "," && k + 2 < end && t[k + 1].IsQuote && !p.InQuote[k + 2] && SpeechLexicon.IsParticiple(t[k + 2].Norm))
            {
                end = k + 2; // "dismissed the claims as “baseless,” calling them …": the comma inside the closing mark
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

        // "Trump has said there are talks; the ministry claims the opposite": a semicolon before the next trigger closes
        // this content, the clause after it is the next statement's.
        if (nextAt < s.End)
        {
            for (var k = first + 1; k < end; k++)
            {
                if (t[k].Norm == ";" && !p.InQuote[k])
                {
                    end = k;
                    break;
                }
            }
        }

        // "…, Reuters reported.", "…, the Punch newspaper reported.": a name right before the next trigger, after a comma,
        // is that trigger's subject.
        if (end < s.End && CreditPhrase.Before(p, first, end) is { } credit)
        {
            end = credit.Comma;
        }

        // Drop the connector before the next trigger ("…, and acknowledged", "…, while also warning").
        while (end > first && t[end - 1].Norm is "and" or "," or "while" or "also" or "but" or "then" or "categorically" or "once" or "again" or "he" or "she" or "it" or "they" or "who")
        {
            end--;
        }

        return (first, Spans.TrimEnd(p, first, end));
    }
}
