using KnowledgeGraph.Extraction.Attribution.Sieves;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>One sentence: observe interviews and issuers, run the sieves over its triggers, report what they found.</summary>
internal sealed partial class AttributionStage
{
    /// <summary>Finds the sentence's statements; returns its main speaker (for a following quotation that names no one).</summary>
    private string? ProcessSentence(Paragraph p, Sentence s, string? previousSentenceSpeaker)
    {
        _state.BeginSentence();
        foreach (var (speaker, via) in _reporters.InterviewsIn(p, s))
        {
            _state.InterviewNamed(speaker, via);
        }

        if (_issuers.IssuerIn(p, s) is { } issuer)
        {
            _state.DocumentIssued(issuer);
        }

        var triggers = _triggers.FindTriggers(p, s);
        var found = _found;
        found.Clear();
        var scope = new SentenceScope(p, s, triggers, found) { PreviousSentenceSpeaker = previousSentenceSpeaker };
        var unattributedAt = -1; // the last speech verb with no speaker of its own
        for (var k = 0; k < triggers.Count; k++)
        {
            if (found.Count > 0 && found[^1] is { ContentParagraph: null } container && triggers[k].At > container.ContentFirst && triggers[k].At < container.ContentEnd &&
                triggers[k].Kind is TriggerKind.Verb or TriggerKind.Participle && container.Trigger.Denial && container.Trigger.At < triggers[k].At &&
                (scope.ReportVerbBetween(container.Trigger.At + 1, triggers[k].At) || scope.FramedClauseBetween(container.Trigger.At + 1, triggers[k].At)))
            {
                continue; // "rejected the TV report that said the minister had remarked that …": a verb inside the denied report is part of it
            }

            var (outcome, rule) = Ask(scope, k);
            if (outcome.Verdict == SieveVerdict.Relay)
            {
                // "X rejected …, calling them groundless, TASS reports.": the outlet relayed the whole sentence.
                foreach (var relayed in found)
                {
                    relayed.Via.Add(outcome.RelayVia!);
                }

                continue;
            }

            if (outcome.Finding is not { } finding)
            {
                if (triggers[k].Kind == TriggerKind.Verb && !triggers[k].Denial)
                {
                    unattributedAt = triggers[k].At;
                }

                if (InnerVerbYieldedNothing(scope, triggers, k))
                {
                    // "Smith said that the agency had declared a pandemic": the inner verb made no statement of its own, so
                    // it is part of the outer content, which runs on as if the verb were no trigger.
                    triggers.RemoveAt(k);
                    var again = Ask(scope, k - 1).Outcome.Finding;
                    if (again is not null && again.ContentEnd > found[^1].ContentEnd)
                    {
                        found[^1] = found[^1] with { ContentEnd = again.ContentEnd, EvidenceEnd = Math.Max(found[^1].EvidenceEnd, again.EvidenceEnd) };
                    }

                    k--;
                }

                continue;
            }

            // "Reports claimed that President Bello announced a cut": whoever says something in what no one is shown to
            // have said has not been shown to say it either.
            if (unattributedAt >= 0 && finding.SpeakerFirst > unattributedAt + 1 && finding.SpeakerFirst <= unattributedAt + 3 &&
                p.Tokens[unattributedAt + 1].Norm == "that" && triggers[k].At >= finding.SpeakerEnd && triggers[k].At <= finding.SpeakerEnd + 6 &&
                !scope.CommaBetween(finding.SpeakerEnd, triggers[k].At))
            {
                continue;
            }

            var t = triggers[k];
            var speaker = _context.SpeakerEntity(finding.SpeakerId);
            if (_context.Analysis.Entities[speaker].Kind == Model.EntityKind.Place)
            {
                continue; // "Cupertino, Calif., … saying": a place with no government of its own does not speak
            }

            finding = finding with { SpeakerId = speaker, Rule = p.IsHeading ? HeadlineRule : rule, Trigger = t };
            if (finding.Supersedes)
            {
                for (var r = found.Count - 1; r >= 0; r--)
                {
                    if (found[r].Trigger.At >= finding.EvidenceFirst && found[r].Trigger.At < finding.ContentEnd)
                    {
                        found.RemoveAt(r); // (a loop: a lambda would capture the finding, a closure for every trigger)
                    }
                }
            }

            finding = finding.ContentParagraph is null ? AskedAnswer.Apply(p, s, finding) : finding;
            finding = BareVerdict(p, s, finding);
            finding = SelfNamedIssuer(p, finding);
            finding = OutletsUnnamedSource(p, s, finding);
            speaker = finding.SpeakerId;
            if (found.Count > 0 && found[^1] is var same && same.SpeakerId == speaker && t.Kind == TriggerKind.Verb && t.Denial && !same.Trigger.Denial &&
                same.ContentParagraph is null && finding.SpeakerFirst >= 0 && finding.SpeakerFirst == same.ContentFirst)
            {
                found.RemoveAt(found.Count - 1); // "The union said its members strongly deny …": the outer verb carries only the denial
            }

            if (found.Count > 0 && found[^1] is var prev && prev.SpeakerId != speaker &&
                finding.SpeakerFirst >= 0 && Math.Abs(finding.SpeakerFirst - prev.ContentFirst) <= 1 && t.Kind == TriggerKind.Verb)
            {
                if (prev.ContentParagraph is null && prev.Trigger.At == triggers[k - 1].At &&
                    ((!prev.Trigger.Denial && _context.IsMedia(prev.SpeakerId) && !(t.Denial && !p.InQuote[t.At] && !SourceCited(p, s.First - 1, t.At))) ||
                     (prev.Trigger.Denial && ClauseSubject(p, finding.SpeakerEnd, t.At))))
                {
                    // "The piece suggested that the WHO had declared …", "Reuters reported that the minister said …": what
                    // an outlet reports a person said is the outlet's claim; the person has not been shown to have said it.
                    // A denial it reports is the denier's ("Veja said the officials accused … denied the allegations": denials
                    // reported at second hand), unless quoted or passed on from a source it cites.
                    // "Shatter denied Kenny had asked him to meddle …": what a denial says someone said is what it denies.
                    // The inner verb is part of the outer content, which runs on as if it were no trigger.
                    triggers.RemoveAt(k);
                    var whole = Ask(scope, k - 1).Outcome.Finding;
                    if (whole is not null && whole.ContentEnd > prev.ContentEnd)
                    {
                        found[^1] = prev with { ContentEnd = whole.ContentEnd, EvidenceEnd = Math.Max(prev.EvidenceEnd, whole.EvidenceEnd) };
                    }

                    k--;
                    continue;
                }

                // "Cabrera asserts that an official revealed …": the outer speaker only carries the inner statement; one who
                // "contradicted the US president, who has insisted …" carried nothing of it.
                if (!prev.Trigger.Denial)
                {
                    finding.Via.Add(prev.SpeakerId);
                }

                found.RemoveAt(found.Count - 1);
            }

            if (scope.PendingVia is { } via && via != speaker)
            {
                finding.Via.Add(via);
            }

            scope.PendingVia = null;
            found.Add(finding);
            scope.PreviousSpeaker = speaker;
            scope.PreviousAt = t.At;
            // "“…,” she laughed, after Ellen asked if she's pregnant.": the one asking in a clause after the speaker's is not
            // who "she" is next; the speaker is.
            if (!(t.Lemma == "ask" && found.Count > 1 && IsPerson(found[^2].SpeakerId) && finding.SpeakerFirst > 0 &&
                  p.Tokens[finding.SpeakerFirst - 1].Norm is "after" or "when" or "as" or "before" or "while"))
            {
                _state.SpeakerFound(speaker, t.Kind == TriggerKind.According);
            }
            // "said an Exxaro spokesperson": the next "the spokesperson" speaks for Exxaro; "Peter Dutton's spokeswoman told …":
            // for Dutton (a person is the principal only when the text says whose spokeswoman she is).
            if (finding.SpeakerEnd > finding.SpeakerFirst && finding.SpeakerFirst >= 0 && ReferenceResolver.IsSpokesNoun(p.Tokens[finding.SpeakerEnd - 1].Norm) &&
                (!IsPerson(speaker) || (finding.SpeakerEnd - 2 > finding.SpeakerFirst && p.Tokens[finding.SpeakerEnd - 2].Norm == "'s")))
            {
                _state.SpokesPrincipal = speaker;
            }

            if (QuotesDocument(p, finding) && !IsPerson(speaker))
            {
                _state.DocumentQuoted(speaker); // "the statement" resolved to its issuer: the next "the text" is the same issuer's
            }
        }

        if (found.Count == 0 && p.IsHeading && HeadlineColon(p, s) is { } credited)
        {
            found.Add(credited with { Rule = HeadlineRule, Trigger = new Trigger(TriggerKind.ColonQuote, credited.SpeakerEnd, "say", false) });
            scope.PreviousSpeaker = credited.SpeakerId;
        }

        if (found.Count == 0)
        {
            foreach (var sieve in _sentenceSieves)
            {
                if (sieve.Attribute(scope) is { } finding)
                {
                    found.Add(SelfNamedIssuer(p, finding with { Rule = sieve.Name }));
                    break;
                }
            }
        }

        var possessives = _possessiveFound;
        possessives.Clear();
        _possessiveClaims.Attribute(scope, possessives);
        foreach (var possessive in possessives)
        {
            var speaker = _context.SpeakerEntity(possessive.SpeakerId);
            if (_a.Entities[speaker].Kind != Model.EntityKind.Place)
            {
                // "denied Indian accusations that its troops …": an accusation's "its" is the accused's, the one who denies it
                // ("Israel's claim that it suffered …" is Israel's own "it").
                var accusing = possessive.Trigger.At < p.Tokens.Count && p.Tokens[possessive.Trigger.At].Norm is "accusation" or "accusations" or "allegation" or "allegations";
                var host = accusing ? found.Find(f => f.SpeakerId != speaker && f.ContentFirst <= possessive.ContentFirst && f.ContentEnd >= possessive.ContentEnd) : null;
                found.Add(possessive with { SpeakerId = speaker, Rule = p.IsHeading ? HeadlineRule : possessive.Rule, ReadAs = host?.SpeakerId });
            }
        }

        if (found.Count > 0 && DespiteDenials(p, s, found) is var (despite, denied))
        {
            found[denied] = found[denied] with { ContentEnd = despite.ContentEnd }; // the claim ends before "despite"
            found.Add(despite);
        }

        // "“…,” the Seattle Times quoted him as saying. “…”": the outlet that quoted the speaker relayed the quotation
        // that goes on after it too, as an interview named in the sentence would.
        foreach (var f in found)
        {
            if (f.Rule == QuotedAsRule && f.Via.Count > 0 && IsPerson(f.SpeakerId))
            {
                _state.InterviewNamed(f.SpeakerId, f.Via[0]);
            }
        }

        _state.ScopeInterviews(p, found);
        var group = _state.RecentGroup;
        var including = Coordination.IncludingList(p, s, _a); // read once per sentence: for its speakers and for a later "they"
        List<string>? jointly = null;
        foreach (var f in found)
        {
            // "The board and Quimby Mining rejected the allegations as baseless, saying that …": a participle going on with a
            // joint statement's verb (it has no subject of its own) is joint too.
            var speakers = Speakers(p, f, group, including) ??
                (f.SpeakerFirst < 0 && f.Rule == CoordinatedRule && jointly is { Count: > 1 } && jointly.Contains(f.SpeakerId) ? jointly : null);
            if (speakers is null)
            {
                Report(p, s, f);
                continue;
            }

            jointly = speakers;
            foreach (var id in speakers)
            {
                Report(p, s, f with { SpeakerId = id, Joint = true }); // "Britain, France and Germany said …": each of them said it
            }
        }

        var subject = _context.Subjects.FindSubject(p, s.First, s.End);
        // "As the prosecutor went into detail, Mr Moore stopped him and said …": a person who spoke in the sentence stays
        // who "he" is next, not the subject of its opening clause.
        // A name inside a quotation is what the speaker talks about, not the next "he" ("“The officers, ASP X and Insp. Y, are
        // detained …" ¶ "…,” she added").
        // "… in 1999. Picture: Nathan Edwards" ¶ "He alleged …": the photographer a caption credits is no one the text goes on with.
        if (subject is { } named && named.First >= 0 && p.MentionAt[named.First] >= 0 && IsPerson(named.Id) && !p.InQuote[named.First] && !InOpenQuotation(p, named.First) &&
            !AnotherPersonSpoke(found, named.Id) && !PhotoCredit(p, p.Mentions[p.MentionAt[named.First]]))
        {
            _state.PersonSubject(named.Id);
        }
        else if (found.Count == 0 && PossessedAddress(p, s) is { } addressing)
        {
            // "The man's defence lawyer Sumudu Thode's opening statement to the jury was brief." ¶ "“It simply did not happen,”
            // she told them.": the one whose statement the sentence announces is who "she" is next.
            _state.PersonSubject(addressing);
        }
        else if (subject is { } other && other.First >= 0 && p.MentionAt[other.First] >= 0 && !p.InQuote[other.First] && !InOpenQuotation(p, other.First) &&
            IssuesDocument(p, p.Mentions[p.MentionAt[other.First]].End, s.End) && _a.Entities[other.Id] is { Kind: Model.EntityKind.Institution, IsMedia: false } &&
            OnlyThoseOrPeople(found, other.Id))
        {
            // "Southgate issued its denial over the weekend. “…,” the company told a blog.": the organisation that put out the
            // statement is the one "the company" is next, not the one that spoke before.
            _state.OtherSubject(other.Id);
        }

        if ((including ?? (subject is { First: >= 0 } sub ? Coordination.At(p, sub.First, _a)?.Ids : null)) is { } names)
        {
            _state.GroupNamed(names);
        }

        // "X denied a Journal report that …": X, not the outlet, is who a following “…,” he said continues.
        var main = found.FindLastIndex(f => f.Trigger.Kind != TriggerKind.Report);
        var mainFinding = found.Count == 0 ? null : found[main >= 0 ? main : ^1];
        _state.EndSentence(mainFinding?.SpeakerId, p, mainFinding);
        return _state.PreviousSentenceSpeaker;
    }

    /// <summary>Every finding is <paramref name="id"/>'s or a person's.</summary>
    private bool OnlyThoseOrPeople(List<Finding> found, string id)
    {
        foreach (var f in found)
        {
            if (f.SpeakerId != id && !IsPerson(f.SpeakerId))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"issued its denial", "has released a statement": an issuing verb right after the subject, a document or denial noun after it.</summary>
    private static bool IssuesDocument(Paragraph p, int k, int end)
    {
        var t = p.Tokens;
        while (k < end && t[k].Norm is "has" or "have" or "had" or "also" or "later" or "then")
        {
            k++;
        }

        if (k >= end || !Lexicon.Current.IssuedWords.Contains(t[k].Norm))
        {
            return false;
        }

        for (var j = k + 1; j < end && j <= k + 3 && t[j].IsWord; j++)
        {
            if (SpeechLexicon.DocumentNouns.Contains(t[j].Norm) || Lexicon.Current.DenialNouns.Contains(t[j].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A paragraph that opens with a quotation mark and does not close it before token <paramref name="k"/>.</summary>
    internal static bool InOpenQuotation(Paragraph p, int k)
    {
        if (p.Tokens.Count == 0 || !p.Tokens[0].IsQuote)
        {
            return false;
        }

        for (var j = 1; j < k; j++)
        {
            if (p.Tokens[j].IsQuote)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Knight and Elton Dean, chairman of the ASU board of trustees, said …": the list's last name, a title set off by
    /// commas (organisations and places in it, but no person), then the verb.
    /// </summary>
    private bool AppositionThenVerb(Paragraph p, int end, int v)
    {
        var t = p.Tokens;
        if (end >= v || t[end].Norm != "," || v - end > 16 || t[v - 1].Norm != ",")
        {
            return false;
        }

        for (var k = end + 1; k < v - 1; k++)
        {
            if (p.InQuote[k] || t[k].Norm is "," or "that" or "who" or "which" ||
                (p.MentionAt[k] >= 0 && _a.Entities.TryGetValue(p.Mentions[p.MentionAt[k]].EntityId, out var e) && e.Kind == Model.EntityKind.Person))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"citing a source", "quoting sources", "a source" between two tokens: a report passed on from a source.</summary>
    private static bool SourceCited(Paragraph p, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (p.Tokens[k].Norm is "citing" or "quoting" or "source" or "sources")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The inner speaker ends right before its verb or its auxiliaries ("Kenny had asked", "the officials had claimed"): the
    /// subject of a clause, not a name a relative clause describes ("the US president, who has insisted …").
    /// </summary>
    private static bool ClauseSubject(Paragraph p, int speakerEnd, int verbAt)
    {
        for (var i = speakerEnd; i < verbAt; i++)
        {
            if (!p.Tokens[i].IsWord || p.Tokens[i].Norm is "who" or "which" or "whom" or "whose" or "that")
            {
                return false;
            }
        }

        return verbAt - speakerEnd <= 3;
    }

    /// <summary>
    /// Trigger <paramref name="k"/> yielded nothing and cut short the content of the statement the trigger before it
    /// yielded: a verb inside that content, not after a clause boundary ("…, as officials announced …" is a clause of its own).
    /// </summary>
    private bool InnerVerbYieldedNothing(SentenceScope scope, List<Trigger> triggers, int k)
    {
        if (k == 0 || _found.Count == 0 || triggers[k].Kind is not (TriggerKind.Verb or TriggerKind.Participle) || _found[^1] is not { ContentParagraph: null } last ||
            last.Trigger.At != triggers[k - 1].At || last.ContentEnd < last.ContentFirst || last.ContentFirst >= triggers[k].At)
        {
            return false;
        }

        var t = scope.Paragraph.Tokens;
        var at = triggers[k].At;
        var wordsAfter = 0;
        for (var i = at + 1; i < scope.Sentence.End && wordsAfter < 2; i++)
        {
            wordsAfter += t[i].IsWord ? 1 : 0;
        }

        if (last.ContentEnd + 3 < at || wordsAfter < 2)
        {
            return false; // the content ended before the verb for a reason of its own, or the verb ends the sentence ("…, reported.")
        }

        for (var i = last.ContentFirst; i < at; i++)
        {
            if (t[i].Norm is ";" or ":" || (t[i].Norm == "," && i + 1 < at && t[i + 1].Norm is "as" or "after" or "before" or "when" or "while" or "since" or "because" or "but" or "and" or "which" or "who"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every speaker of a finding whose subject is a list of names ("Britain, France and Germany said", "“…,” Channing and
    /// Jenna said") or a "they" that follows one; null for a single speaker. Places without a government of their own are
    /// left out, as for single speakers.
    /// </summary>
    private List<string>? Speakers(Paragraph p, Finding f, List<string>? group, List<string>? including)
    {
        if (f.SpeakerFirst < 0 || f.SpeakerFirst >= p.Tokens.Count)
        {
            return null;
        }

        List<string>? names = null;
        if ((p.Tokens[f.SpeakerFirst].Norm == "they" && f.SpeakerEnd == f.SpeakerFirst + 1) ||
            (p.Tokens[f.SpeakerFirst].Norm == "the" && f.SpeakerEnd == f.SpeakerFirst + 2 && p.Tokens[f.SpeakerFirst + 1].Norm is "couple" or "pair" or "duo"))
        {
            names = group; // "they", "the couple": the names listed together just before
        }
        else if (SubjectFinder.BothPeopleEnd(p, f.SpeakerFirst, p.Tokens.Count, p.Tokens[f.SpeakerFirst].Norm) is var bothEnd and > 0)
        {
            // "Reps for both actors said …", "All three lawmakers denied …": the two (three) people named just before
            names = _state.LastPair(SubjectFinder.BothKind(p, bothEnd), SubjectFinder.GroupSize(p, f.SpeakerFirst, bothEnd));
        }
        else if (p.MentionAt[f.SpeakerFirst] >= 0 && including is not null &&
                 including.Contains(p.Mentions[p.MentionAt[f.SpeakerFirst]].EntityId))
        {
            names = including; // "Western governments, including the United States, Britain and France, condemned …"
        }
        else if ((Coordination.At(p, f.SpeakerFirst, _a) ?? (AuthoredBy(p, f) is var by and > 0 ? Coordination.At(p, by, _a) : null)) is { } list)
        {
            // ("A report by Amnesty International and Human Rights Watch claimed …": the document's authors, each of them)
            var v = f.Trigger.At;
            var near = v == f.SpeakerFirst - 1 || (v >= list.End && v <= list.End + 7 && !MentionBetween(p, list.End, v)) || AppositionThenVerb(p, list.End, v);
            names = near ? list.Ids : null;
        }

        if (names is null)
        {
            return null;
        }

        var speakers = new List<string>(names.Count);
        foreach (var id in names)
        {
            var speaker = _context.SpeakerEntity(id);
            if (_a.Entities[speaker].Kind != Model.EntityKind.Place && !speakers.Contains(speaker))
            {
                speakers.Add(speaker);
            }
        }

        return speakers.Count >= 2 ? speakers : null;
    }

    /// <summary>
    /// The first token after "by" when the speaker's words are a document and its authors ("a report by …", "the research
    /// by …"), or -1.
    /// </summary>
    private static int AuthoredBy(Paragraph p, Finding f)
    {
        var t = p.Tokens;
        for (var k = f.SpeakerFirst + 1; k + 1 < f.Trigger.At && k <= f.SpeakerFirst + 4; k++)
        {
            if (t[k].Norm == "by" && SpeechLexicon.DocumentNouns.Contains(t[k - 1].Norm))
            {
                return t[k + 1].Norm == "the" ? k + 2 : k + 1;
            }
        }

        return -1;
    }

    private static bool MentionBetween(Paragraph p, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (p.MentionAt[k] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Trump asserted that his government is holding talks with Cuban officials, despite Havana's denials": a possessive
    /// denial after "despite", "amid" or "in spite of" at the end of the sentence denies what the statement before it said,
    /// for the one it belongs to (the evidence is the phrase itself).
    /// </summary>
    private (Finding Denial, int Host)? DespiteDenials(Paragraph p, Sentence s, List<Finding> found)
    {
        var t = p.Tokens;
        for (var k = s.First + 3; k + 3 < s.End; k++)
        {
            if (t[k].Norm != "," || p.InQuote[k])
            {
                continue;
            }

            var at = t[k + 1].Norm is "despite" or "amid" ? k + 2 : t[k + 1].Norm == "in" && t[k + 2].Norm == "spite" && k + 3 < s.End && t[k + 3].Norm == "of" ? k + 4 : -1;
            if (at < 0 || at >= s.End || p.MentionAt[at] < 0)
            {
                continue;
            }

            var owner = p.Mentions[p.MentionAt[at]];
            var noun = owner.End + 1;
            if (owner.First != at || noun >= s.End || t[owner.End].Norm != "'s" || !Lexicon.Current.DenialNouns.Contains(t[noun].Norm) ||
                Spans.TrimEnd(p, noun + 1, s.End) > noun + 1)
            {
                continue; // the denials end the sentence
            }

            // (a loop, not a lambda: one capturing the loop's k had cost a closure per token of every sentence, 7% more allocation)
            var speaker = _context.SpeakerEntity(owner.EntityId);
            var host = found.Count - 1;
            while (host >= 0 && !(found[host] is var f && f.SpeakerId != speaker && f.ContentParagraph is null && f.ContentFirst < k && f.ContentEnd >= k &&
                !f.Denies && !f.Trigger.Denial))
            {
                host--;
            }

            if (host < 0 || _a.Entities[speaker].Kind == Model.EntityKind.Place)
            {
                return null;
            }

            var end = Spans.TrimEnd(p, found[host].ContentFirst, k);
            return (new Finding(speaker, owner.First, owner.End, found[host].ContentFirst, end, k + 1, noun + 1, Denies: true)
            {
                Rule = "despite-denials",
                Trigger = new Trigger(TriggerKind.Verb, noun, "deny", true),
                ReadAs = found[host].SpeakerId, // "his government" is still the first speaker's
            }, host);
        }

        return null;
    }

    /// <summary>The rule recorded on statements read from headlines, decks, captions and other heading lines.</summary>
    private const string HeadlineRule = "headline";

    /// <summary>
    /// “Completely untrue,” she said; tweeted: “FAKE NEWS – A TOTAL POLITICAL WITCH HUNT!”: words that are only a verdict of
    /// falsehood deny what someone else was just reported to have said (as "denied it" does); with nothing reported before
    /// the finding stays as it is.
    /// </summary>
    private Finding BareVerdict(Paragraph p, Sentence s, Finding f)
    {
        if (f.ContentParagraph is not null || f.Trigger.Denial || !VerdictOnly(p.Tokens, f.ContentFirst, f.ContentEnd) ||
            _state.PreviousContent is not { } previous || previous.SpeakerId == f.SpeakerId || (previous.Paragraph == p && previous.End > s.First))
        {
            return f;
        }

        // "“No. 1 is on the way. Now we are just hoping …”" ¶ "“Not true,” says …": the verdict is on the first sentence
        // of what was reported, its claim; what follows it is no more reported as fact than the verdict is a claim.
        var t = previous.Paragraph.Tokens;
        var end = previous.End;
        for (var k = previous.First + 1; k < end - 1; k++)
        {
            if (t[k].Norm is "." or "!" or "?" && t[k + 1].IsWord)
            {
                end = k;
                break;
            }
        }

        return f with { ContentFirst = previous.First, ContentEnd = end, ContentParagraph = previous.Paragraph == p ? null : previous.Paragraph, Denies = true };
    }

    /// <summary>
    /// "“The Ministry of Health would want to categorically state that no such disease …”", "“The Ministry also wishes to
    /// state that …”": quoted words of a release in which an organisation names itself as the one stating are that
    /// organisation's, whoever the sentence credits the release to.
    /// </summary>
    private Finding SelfNamedIssuer(Paragraph p, Finding f)
    {
        if (f.ContentParagraph is not null)
        {
            return f; // (content in another paragraph: its positions are not this paragraph's)
        }

        var t = p.Tokens;
        var k = f.ContentFirst;
        while (k < f.ContentEnd && t[k].IsQuote)
        {
            k++;
        }

        if (k >= f.ContentEnd || !p.InQuote[k])
        {
            return f;
        }

        if (t[k].Norm == "the")
        {
            k++;
        }

        string? self = null;
        if (k < f.ContentEnd && p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is { } m && m.First == k)
        {
            self = _context.SpeakerEntity(m.EntityId);
            k = m.End;
        }
        else if (k < f.ContentEnd && t[k].Norm is "ministry" or "government" or "company" or "department" or "commission" or "command" or "council" or "board" &&
                 _context.References.ReferencePhrase(p, k - 1, f.ContentEnd) is { } described && described.Item3 == k + 1)
        {
            self = described.Item1; // "The Ministry also wishes to state …": the ministry the article named
            k++;
        }

        // ("“The Government of Ghana wishes to state …”" in the foreign ministry's statement stays the ministry's: a government
        // names itself through the body that speaks for it.)
        if (self is null || self == f.SpeakerId || !_a.Entities.TryGetValue(self, out var e) || e.Kind != Model.EntityKind.Institution || e.IsMedia ||
            (e.Type == "government" && _a.Entities.TryGetValue(f.SpeakerId, out var current) && current.Kind == Model.EntityKind.Institution))
        {
            return f;
        }

        var start = k;
        while (k < f.ContentEnd && k < start + 8 && t[k].Norm != "that")
        {
            k++;
        }

        // "wishes to state", "would want to categorically state", "would like to clarify": a polite speech act of its own.
        var polite = false;
        for (var j = start; j < k; j++)
        {
            polite |= t[j].Norm is "wishes" or "wish" or "wants" or "want" or "like" && j + 1 < k && t[j + 1].Norm == "to";
        }

        if (!polite || k + 3 >= f.ContentEnd || !(SpeechLexicon.IsVerb(t[k - 1].Norm) || t[k - 1].Norm is "state" or "restate" or "reiterate" or "clarify" or "inform" or "stress"))
        {
            return f;
        }

        return f with { SpeakerId = self, SpeakerFirst = -1, SpeakerEnd = -1, ContentFirst = k + 1 };
    }

    /// <summary>Eight words at most, a verdict of falsehood among them and nothing else but its articles, intensifiers and fillers.</summary>
    private static bool VerdictOnly(List<Token> t, int first, int end)
    {
        var verdict = false;
        var words = 0;
        for (var k = first; k < end;)
        {
            if (!t[k].IsWord)
            {
                k++;
                continue;
            }

            if (++words > 8)
            {
                return false;
            }

            if (Words.FalsehoodEnd(t, k, end) is var after && after > k)
            {
                verdict = true;
                words += after - k - 1;
                k = after;
                continue;
            }

            var n = t[k].Norm;
            if (!(Lexicon.Current.VerdictIntensifiers.Contains(n) || Words.LyAdverb(n) ||
                  n is "a" or "an" or "the" or "news" or "political" or "witch" or "hunt" or "just" or "all" or "that" or "this" or "it" or "is" or "'s" or "was" or "more"))
            {
                return false;
            }

            k++;
        }

        return verdict;
    }

    private const string QuotedAsRule = QuotedAsSayingSieve.RuleName;

    private const string CoordinatedRule = CoordinatedVerbSieve.RuleName;

    private (SieveOutcome Outcome, string Rule) Ask(SentenceScope scope, int index)
    {
        foreach (var sieve in _triggerSieves)
        {
            var outcome = sieve.Attribute(scope, index);
            if (outcome.Verdict != SieveVerdict.Pass)
            {
                return (outcome, sieve.Name);
            }
        }

        return (SieveOutcome.Nothing, "");
    }

    /// <summary>A credit's label before the colon at <paramref name="colon"/>: "editor in charge", "Photo", "Reporting by".</summary>
    private static bool CreditLabel(List<Token> t, int colon)
    {
        for (var k = colon - 1; k >= 0 && k >= colon - 4 && t[k].IsWord; k--)
        {
            if (Lexicon.Current.CreditLabels.Contains(t[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A headline credited by a colon or a spaced dash: "No plan to sell the terminal: Norvell Group", "Port strike is over -
    /// Transport Ministry", "Norvell Group: terminal will reopen
    /// in May". One side is a single name, the other its statement; a verdict of falsehood in the statement ("Port sale
    /// report 'untrue', 'baseless': Norvell") denies what comes before the verdict.
    /// </summary>
    private Finding? HeadlineColon(Paragraph p, Sentence s)
    {
        var t = p.Tokens;
        var colon = -1;
        var dash = -1;
        for (var k = s.First; k < s.End; k++)
        {
            if (t[k].Norm == ":" && !p.InQuote[k])
            {
                if (colon >= 0)
                {
                    return null;
                }

                colon = k;
            }
            else if (t[k].Norm is "-" or "\u2013" or "\u2014" && !p.InQuote[k] && k > s.First && t[k - 1].End < t[k].Start && k + 1 < s.End && t[k].End < t[k + 1].Start)
            {
                dash = k; // "Port strike is over - Transport Ministry": a spaced dash before the credited speaker
            }
        }

        var dashed = colon < 0 && dash > s.First && !t[s.First].IsQuote; // a quotation credited after a dash is WholeParagraph.DashCredit's
        if (dashed)
        {
            colon = dash;
        }

        if (colon <= s.First || colon + 1 >= s.End)
        {
            return null; // "READ ALSO:" closing its line: a label, nothing after it to credit or be credited
        }

        var last = s.End;
        while (last > colon + 1 && !t[last - 1].IsWord)
        {
            last--;
        }

        int cFirst, cEnd, sFirst, sEnd;
        if (p.MentionAt[colon + 1] >= 0 && p.Mentions[p.MentionAt[colon + 1]] is var after && after.First == colon + 1 && after.End == last)
        {
            if (CreditLabel(t, colon))
            {
                return null; // "[editor in charge: Wang Mengmeng]", "Photo: Jane Roe": who made the page, no statement
            }

            (sFirst, sEnd, cFirst, cEnd) = (after.First, after.End, s.First, colon);
        }
        else if (!dashed && p.MentionAt[s.First] >= 0 && p.Mentions[p.MentionAt[s.First]] is var before && before.First == s.First && before.End == colon)
        {
            if (t[colon + 1].Norm is "how" or "why" or "what" or "when" or "where" or "who" && !p.InQuote[colon + 1] && t[s.End - 1].Norm != "?")
            {
                return null; // "Dakota Roe: How a Pregnancy Rumor Can Start": a feature's title about the name, no words of hers
            }

            (sFirst, sEnd, cFirst, cEnd) = (before.First, before.End, colon + 1, s.End);
        }
        else
        {
            return null;
        }

        var speaker = _context.SpeakerEntity(p.Mentions[p.MentionAt[sFirst]].EntityId);
        if (_a.Entities[speaker].Kind == Model.EntityKind.Place || (dashed && _context.IsMedia(speaker)))
        {
            return null; // "… Dmitry Peskov in May — REUTERS": a dash before an outlet credits a photo, not a statement
        }

        var (evFirst, evEnd) = (Math.Min(sFirst, cFirst), Math.Max(sEnd, cEnd));
        var denies = false;
        for (var k = cFirst; k < cEnd; k++)
        {
            if (Words.FalsehoodAt(t, k, cEnd))
            {
                cEnd = k;
                denies = true;
                break;
            }
        }

        while (cEnd > cFirst && !t[cEnd - 1].IsWord)
        {
            cEnd--;
        }

        var words = 0;
        for (var k = cFirst; k < cEnd; k++)
        {
            words += t[k].IsWord ? 1 : 0;
        }

        return words >= 2 ? new Finding(speaker, sFirst, sEnd, cFirst, cEnd, evFirst, evEnd, denies) : null;
    }

    /// <summary>The speaker was named by a document noun ("the statement", "the text of the Ministry").</summary>
    private static bool QuotesDocument(Paragraph p, Finding f)
    {
        for (var k = Math.Max(0, f.SpeakerFirst); k < f.SpeakerEnd && k < p.Tokens.Count; k++)
        {
            // "The report also said …" is an outlet's piece: a later "the statement said" is still the issuer's statement.
            if (SpeechLexicon.DocumentNouns.Contains(p.Tokens[k].Norm) && !Lexicon.Current.ReportNouns.Contains(p.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The content opens with the speaker's own name ("“IBM does not comment on rumours,” a spokesman said").</summary>
    private bool SpeakerOpens(Paragraph p, Finding f)
    {
        var k = Spans.SkipQuotes(p, f.ContentFirst, f.ContentEnd);
        return k < f.ContentEnd && p.MentionAt[k] >= 0 && _context.SpeakerEntity(p.Mentions[p.MentionAt[k]].EntityId) == f.SpeakerId;
    }

    /// <summary>"I'm not going to talk …", "From this point forward we are not commenting": a personal pronoun among the content's first words.</summary>
    private static bool PronounOpens(Paragraph p, int first, int end)
    {
        for (var k = Spans.SkipQuotes(p, first, end); k < end && k < first + 6; k++)
        {
            if (p.Tokens[k].Norm is "i" or "i'm" or "we" or "we're" or "he" or "she" or "they" or "it")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The Wexford Ledger reported that …": an organisation no gazetteer knows that reports is an outlet carrying its own
    /// report, so it is the statement's intermediary too; not one whose name says it is an office or a company ("the
    /// Harbour Police Department reported", "Norvell Group reported").
    /// </summary>
    private bool ReportsAsOutlet(Finding f)
    {
        if (f.Trigger.Lemma != "report" || !_a.Entities.TryGetValue(f.SpeakerId, out var e) || e.Kind != Model.EntityKind.Institution ||
            e.Type is not null || e.IsGeneric || _a.Registry.Get(e.Id) is not null)
        {
            return false;
        }

        var last = e.Name.AsSpan()[(e.Name.LastIndexOf(' ') + 1)..];
        return !SpeechLexicon.IsInstitutionNoun(SpeechLexicon.Fold(last.ToString()));
    }

    /// <summary>
    /// The content ending at <paramref name="end"/> is a question: a "?" closes it, with only commas and quotation marks
    /// between it and the end, on either side ("… growth?,” Sales asked").
    /// </summary>
    private static bool QuestionEnds(Paragraph p, int end)
    {
        var t = p.Tokens;
        var k = end - 1;
        while (k > 0 && (t[k].IsQuote || t[k].Norm == ","))
        {
            k--;
        }

        if (k >= 0 && t[k].Norm == "?")
        {
            return true;
        }

        for (k = end; k < t.Count && (t[k].IsQuote || t[k].Norm == ","); k++)
        {
        }

        return k < t.Count && t[k].Norm == "?";
    }

    /// <summary>A paragraph that opens with a quotation mark: a quotation going on.</summary>
    private static bool QuotedParagraph(Paragraph p) => p.Tokens.Count > 0 && p.Tokens[0].IsQuote;

    /// <summary>Keeps a finding as a statement: its intermediaries, the entities it is about; first-person refusals are dropped.</summary>
    private void Report(Paragraph p, Sentence s, Finding f)
    {
        if (f.EvidenceEnd <= f.EvidenceFirst || f.ContentEnd <= f.ContentFirst)
        {
            return;
        }

        // “I spoke to [Juventus Vice-President] Pavel Nedved …: a paragraph of an open quotation is the speaker's own words,
        // so its "spoke to" is no interview.
        var reporters = f.Rule is WholeParagraph.OpenQuotation or WholeParagraph.QuotedBlock ? []
            : _reporters.Reporters(p, s, f.SpeakerId, interview: false, f.ContentParagraph is null ? (f.ContentFirst, f.ContentEnd) : null);
        if (_state.TryGetScopedInterviewer(f.SpeakerId, out var via, out var scoped) && !reporters.Contains(via))
        {
            // The interview's paragraph, and a next paragraph that explicitly continues it ("She added …", "“…,” he said").
            // A run of quoted paragraphs goes on with it too, over one that gave no statement of its own.
            var continues = scoped != p && ParagraphIndex(p) - ParagraphIndex(scoped) is var gap && (gap == 1 || (gap == 2 && QuotedParagraph(_a.Paragraphs[ParagraphIndex(p) - 1]))) &&
                (f.SpeakerFirst < 0 || f.Trigger.Lemma == "add" || Words.SubjectPronouns.Contains(p.Tokens[f.SpeakerFirst].Norm));
            if (scoped == p || continues)
            {
                reporters.Add(via);
                _state.InterviewContinues(f.SpeakerId, via, p);
            }
        }

        foreach (var v in f.Via)
        {
            if (v != f.SpeakerId && !reporters.Contains(v))
            {
                reporters.Add(v);
            }
        }

        if (_context.IsMedia(f.SpeakerId) || ReportsAsOutlet(f))
        {
            reporters.Add(f.SpeakerId);
        }

        if (_a.CreditedOutlet is { } author && f.SpeakerId != author)
        {
            reporters.Remove(author); // "LAGOS (Reuters) - … a spokesman told Reuters": the wire is the text's author, not an intermediary
        }

        var cp = f.ContentParagraph ?? p;
        if (f.Trigger.Lemma == "ask" && p.Tokens[f.Trigger.At].Norm is "asked" or "asks" or "asking" && QuestionEnds(cp, f.ContentEnd))
        {
            return; // "“How is it possible that you don’t have a plan?,” Sales asked": a question put to someone claims nothing
        }

        if ((PronounOpens(cp, f.ContentFirst, f.ContentEnd) || SpeakerOpens(cp, f)) && Spans.RefusesComment(cp, f.ContentFirst, f.ContentEnd))
        {
            return; // "I'm not going to talk about intelligence matters", "saying that he could not reveal …", "IBM does not comment on rumours"
        }

        if (f.Trigger.Kind is TriggerKind.Verb or TriggerKind.Participle && f.ContentParagraph is null &&
            Spans.IsBareAppeal(p, f.Trigger.At, f.Trigger.Lemma, f.ContentFirst, f.ContentEnd))
        {
            return; // "He urged the public to disregard the claim": an appeal, no claim
        }

        if (Spans.IsAppealClause(cp, f.ContentFirst, f.ContentEnd))
        {
            return; // "“Any person with information is advised to file a formal complaint”": an appeal in the content, no claim
        }

        _out.Add(new AttributedStatement(p, s, f, reporters, ReporterFinder.About(cp, f.ContentFirst, f.ContentEnd, f.SpeakerId)));
    }
    /// <summary>
    /// A person named outside quotation marks with "'s" and (up to two words later) a noun of what they say: "Thode's
    /// opening statement", "the minister's brief remarks", "Okafor's reply"; that person, else null.
    /// </summary>
    private string? PossessedAddress(Paragraph p, Sentence s)
    {
        var t = p.Tokens;
        for (var k = s.First; k + 2 < s.End && k < s.First + 12; k++)
        {
            if (p.InQuote[k] || p.MentionAt[k] < 0 || p.Mentions[p.MentionAt[k]] is not { } m || m.First != k || m.End + 1 >= s.End || t[m.End].Norm != "'s" ||
                !IsPerson(m.EntityId))
            {
                continue;
            }

            for (var j = m.End + 1; j < s.End && j <= m.End + 3; j++)
            {
                if (t[j].Norm is "statement" or "remarks" or "address" or "speech" or "testimony" or "response" or "reply" or "answer" or "evidence")
                {
                    return m.EntityId;
                }

                if (!t[j].IsWord || t[j].Cap)
                {
                    break;
                }
            }
        }

        return null;
    }
    /// <summary>
    /// "“They tried in the past …,” the official said, according to The Hindu.": an unnamed official or source an outlet
    /// cites is no one the text names; what they said is the outlet's (the dev README: the claim is the outlet's, the
    /// person has not been shown to have said it). Otherwise the finding as it was.
    /// </summary>
    private Finding OutletsUnnamedSource(Paragraph p, Sentence s, Finding f)
    {
        var t = p.Tokens;
        if (f.SpeakerFirst < 0 || f.SpeakerEnd - f.SpeakerFirst is < 2 or > 4 || p.MentionAt[f.SpeakerFirst] >= 0 ||
            t[f.SpeakerFirst].Norm is not ("the" or "an" or "a") || t[f.SpeakerEnd - 1].Norm is not ("official" or "officials" or "source" or "sources"))
        {
            return f;
        }

        for (var k = Math.Max(f.SpeakerEnd, f.Trigger.At) + 1; k + 2 < s.End; k++)
        {
            if (t[k].Norm == "according" && t[k + 1].Norm == "to" && !p.InQuote[k])
            {
                var at = t[k + 2].Norm == "the" ? k + 3 : k + 2;
                return at < s.End && p.MentionAt[at] >= 0 && p.Mentions[p.MentionAt[at]] is { } m && m.First == at && _context.IsMedia(m.EntityId)
                    ? f with { SpeakerId = m.EntityId }
                    : f;
            }
        }

        return f;
    }

    /// <summary>
    /// A finding of the sentence, other than an outlet's report, whose speaker is a person other than
    /// <paramref name="personId"/> (a loop, not a lambda: the lambda's closure was made for every sentence).
    /// </summary>
    private bool AnotherPersonSpoke(List<Finding> found, string personId)
    {
        foreach (var f in found)
        {
            if (f.Trigger.Kind != TriggerKind.Report && f.SpeakerId != personId && IsPerson(f.SpeakerId))
            {
                return true;
            }
        }

        return false;
    }
}
