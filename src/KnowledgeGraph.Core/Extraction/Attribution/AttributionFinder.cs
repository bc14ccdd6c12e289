using KnowledgeGraph.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>
/// Finds attributed statements sentence by sentence: direct quotes (before or after the speaker), indirect speech
/// ("X said that …", "according to X, …", "X denied …"), colon-introduced quotes and participles ("…, stating …").
/// Keeps a little discourse state so "he", "the diplomat" and "the statement" resolve to the last fitting entity.
/// </summary>
internal sealed partial class AttributionFinder(ArticleAnalysis analysis)
{
    private readonly ArticleAnalysis _a = analysis;
    private readonly List<string> _recent = [];
    private readonly Dictionary<string, string> _interviewers = new(StringComparer.Ordinal);
    private readonly List<(ExtractedStatement Statement, bool Media)> _found = [];

    // The statements of the sentence being read; ProcessSentence clears and reuses it for every sentence.
    private readonly List<(Trigger Trigger, Finding Att, List<string> Via)> _sentenceFound = [];
    private string? _lastPersonSpeaker;
    private string? _lastOtherSpeaker;
    private string? _lastAccordingSpeaker;
    private string? _lastDocumentSpeaker;
    private string? _previousSentenceSpeaker;
    private string? _issuerHere;
    private string? _previousIssuer;
    private string? _interviewee;
    private string? _lastInterviewee;

    public void Run()
    {
        string? lastParagraphSpeaker = null;
        Paragraph? openQuote = null;
        var transcript = IsTranscript();
        foreach (var p in _a.Paragraphs)
        {
            if (transcript && !p.IsHeading && TranscriptAnswer(p))
            {
                lastParagraphSpeaker = null;
                foreach (var s in p.Sentences)
                {
                    NoteMentions(p, s);
                }

                continue;
            }

            // A paragraph that is only a quotation continues the speaker of the paragraph before it.
            var previousSentenceSpeaker = p.Sentences.Count == 1 ? lastParagraphSpeaker : null;
            string? paragraphSpeaker = null;
            var foundBefore = _found.Count;
            foreach (var s in p.Sentences)
            {
                if (!p.IsHeading)
                {
                    previousSentenceSpeaker = ProcessSentence(p, s, previousSentenceSpeaker);
                    paragraphSpeaker = previousSentenceSpeaker ?? paragraphSpeaker;
                }

                NoteMentions(p, s);
            }

            // “… first paragraph of a quotation (no closing mark)
            // “… and its last paragraph,” the president said. — the open paragraph is the same speaker's.
            if (openQuote is not null && !p.IsHeading && p.Tokens.Count > 0 && QuoteOpeningAt(p, 0) is not null && _found.Count > foundBefore)
            {
                EmitWhole(openQuote, _found[foundBefore].Statement.SpeakerId, 1);
            }

            openQuote = !p.IsHeading && p.Tokens.Count > 3 && p.Tokens[0].IsQuote && QuoteOpeningAt(p, 0) is null && _found.Count == foundBefore ? p : null;

            if (!p.IsHeading)
            {
                lastParagraphSpeaker = paragraphSpeaker;
            }
        }

        // An interview named anywhere in the article ("Cossio, in an interview with AP") is how all of that speaker's words reached us.
        foreach (var (statement, _) in _found)
        {
            var reported = statement.ReportedBy;
            if (_interviewers.TryGetValue(statement.SpeakerId, out var via) && !reported.Contains(via))
            {
                reported = [.. reported, via];
            }

            _a.Statements.Add(statement with { ReportedBy = reported });
        }
    }

    /// <summary>An interview printed as "Q: … / A: …" (at least two of each).</summary>
    private bool IsTranscript()
    {
        int q = 0, a = 0;
        foreach (var p in _a.Paragraphs)
        {
            var label = LineLabel(p);
            q += label is "q" or "question" ? 1 : 0;
            a += label is "a" or "answer" ? 1 : 0;
        }

        return q >= 2 && a >= 2;
    }

    private static string? LineLabel(Paragraph p) =>
        p.Tokens.Count > 2 && p.Tokens[1].Norm == ":" && p.Tokens[0].Cap ? p.Tokens[0].Norm : null;

    /// <summary>
    /// "A: There are no political prisoners in Cuba. …": every sentence of an answer is the interviewee's (the person an
    /// interview was named for, else the last person quoted before the first question), questions excepted.
    /// </summary>
    private bool TranscriptAnswer(Paragraph p)
    {
        var label = LineLabel(p);
        if (label is "q" or "question")
        {
            _interviewee ??= _lastInterviewee ?? _lastPersonSpeaker;
            return false;
        }

        if (label is not ("a" or "answer") || (_interviewee ??= _lastInterviewee ?? _lastPersonSpeaker) is not { } speaker)
        {
            return false;
        }

        EmitWhole(p, speaker, 2);
        _lastPersonSpeaker = speaker;
        return true;
    }

    /// <summary>Every sentence of the paragraph (after <paramref name="skip"/> leading tokens) as the speaker's, questions and refusals excepted.</summary>
    private void EmitWhole(Paragraph p, string speaker, int skip)
    {
        foreach (var s in p.Sentences)
        {
            var first = s.First == 0 ? skip : s.First;
            while (first < s.End && p.Tokens[first].IsQuote)
            {
                first++;
            }

            var end = TrimEnd(p, first, s.End);
            while (end > first && p.Tokens[end - 1].IsQuote)
            {
                end = TrimEnd(p, first, end - 1);
            }

            if (end - first < 3 || (s.End > 0 && p.Tokens[s.End - 1].Norm == "?") || RefusesComment(p, first, end) ||
                p.Tokens[first].Norm is "if" or "unless")
            {
                continue;
            }

            var att = new Finding(speaker, -1, -1, first, end, first, end);
            Emit(p, s, new Trigger(TriggerKind.Verb, first, "say", false), att, []);
        }
    }

    /// <summary>"I will not comment on rumours …", "No comment.": a refusal, not a claim.</summary>
    private static bool RefusesComment(Paragraph p, int first, int end)
    {
        for (var k = first; k < end && k < first + 6; k++)
        {
            if (p.Tokens[k].Norm is "comment" or "discuss" or "speculate" or "talk" && k > first &&
                (p.Tokens[k - 1].Norm is "not" or "no" or "n't" or "never" ||
                 (p.Tokens[k - 1].Norm == "to" && k > first + 1 && p.Tokens[k - 2].Norm == "going" && k > first + 2 && p.Tokens[k - 3].Norm is "not" or "n't")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the sentence's statements; returns the last speaker (for a following quotation that names no one).</summary>
    private string? ProcessSentence(Paragraph p, Sentence s, string? previousSentenceSpeaker)
    {
        _previousIssuer = _issuerHere;
        _issuerHere = null;
        NoteInterviews(p, s);
        NoteIssuer(p, s);
        var triggers = FindTriggers(p, s);
        var found = _sentenceFound;
        found.Clear();
        string? prevSpeaker = null;
        var prevAt = -1;
        for (var k = 0; k < triggers.Count; k++)
        {
            var t = triggers[k];
            var nextAt = s.End;
            for (var n = k + 1; n < triggers.Count; n++)
            {
                if (!(t.Kind == TriggerKind.Verb && triggers[n].Kind == TriggerKind.Report))
                {
                    nextAt = triggers[n].At; // "denied a Journal report that …": the report is what was denied
                    break;
                }
            }

            if (k > 0 && t.Kind == TriggerKind.Verb && SpeechLexicon.IsWeak(t.Lemma) && ThatBetween(p, triggers[k - 1].At, t.At) &&
                p.Tokens[t.At - 1].Norm is not ("and" or "," or "also" or "then") && !p.Tokens[t.At - 1].Norm.EndsWith("ly", StringComparison.Ordinal))
            {
                continue; // "The statement insists that Cuba maintains …": "maintains" is part of what was said
            }

            if (t.Kind == TriggerKind.According && found.Count > 0 && t.At - s.First > 3 && AccordingSource(p, s, t.At + 2) is { } source)
            {
                found[^1].Via.Add(SpeakerEntity(source.Id)); // "X insisted …, according to the Gazette": the Gazette reported it
                continue;
            }

            var att = t.Kind switch
            {
                TriggerKind.According => AttributeAccording(p, s, t),
                TriggerKind.ColonQuote => AttributeColon(p, s, t, prevSpeaker),
                TriggerKind.Report => AttributeReport(p, s, t, nextAt),
                _ => AttributeVerb(p, s, t, nextAt, prevSpeaker, prevAt),
            };

            if (att is null)
            {
                continue;
            }

            var speaker = SpeakerEntity(att.SpeakerId);
            att = att with { SpeakerId = speaker };
            var via = new List<string>();
            if (found.Count > 0 && found[^1].Att is var prev && prev.SpeakerId != speaker &&
                att.SpeakerFirst >= 0 && Math.Abs(att.SpeakerFirst - prev.ContentFirst) <= 1 && t.Kind == TriggerKind.Verb)
            {
                // "Cabrera asserts that an official revealed …": the outer speaker only carries the inner statement.
                via.Add(prev.SpeakerId);
                found.RemoveAt(found.Count - 1);
            }

            found.Add((t, att, via));
            prevSpeaker = speaker;
            prevAt = t.At;
            Remember(speaker, t.Kind);
        }

        if (found.Count == 0 && previousSentenceSpeaker is not null && QuoteOnly(p, s) is { } q)
        {
            // “…,” she said. “And more.” — the second quotation continues the same speaker.
            found.Add((new Trigger(TriggerKind.Verb, q.Open, "say", false), new Finding(previousSentenceSpeaker, -1, -1, q.Open + 1, q.Close, q.Open, q.Close + 1), []));
        }

        ScopeInterviews(p, found);
        foreach (var (t, att, via) in found)
        {
            Emit(p, s, t, att, via);
        }

        NoteSubject(p, s);
        // "X denied a Journal report that …": X, not the outlet, is who a following “…,” he said continues.
        var main = found.FindLastIndex(f => f.Trigger.Kind != TriggerKind.Report);
        _previousSentenceSpeaker = found.Count == 0 ? null : found[main >= 0 ? main : ^1].Att.SpeakerId;
        return _previousSentenceSpeaker;
    }

    /// <summary>"Club captain Sam Whitfield backed his manager. He said …": a named person in subject position is who "he" is next.</summary>
    private void NoteSubject(Paragraph p, Sentence s)
    {
        if (FindSubject(p, s.First, s.End) is { } subject && subject.First >= 0 && p.MentionAt[subject.First] >= 0 &&
            _a.Entities.TryGetValue(subject.Id, out var e) && e.Kind == EntityKind.Person)
        {
            _lastPersonSpeaker = subject.Id;
        }
    }

    private void Remember(string speaker, TriggerKind kind)
    {
        if (_a.Entities[speaker].Kind == EntityKind.Person)
        {
            _lastPersonSpeaker = speaker;
        }
        else
        {
            _lastOtherSpeaker = speaker;
        }

        if (kind == TriggerKind.According)
        {
            _lastAccordingSpeaker = speaker;
        }

        _recent.Add(speaker);
    }

    /// <summary>A place that speaks is its government ("Havana said" → the government of Cuba).</summary>
    private string SpeakerEntity(string id)
    {
        var e = _a.Ensure(id);
        if (e.Kind == EntityKind.Place && e.GovernmentId is { } gov)
        {
            _a.Ensure(gov);
            return gov;
        }

        return id;
    }

    private void NoteMentions(Paragraph p, Sentence s)
    {
        for (var k = s.First; k < s.End; k++)
        {
            if (p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]].First == k && !p.InQuote[k])
            {
                _recent.Add(p.Mentions[p.MentionAt[k]].EntityId);
            }
        }
    }

    private List<Trigger> FindTriggers(Paragraph p, Sentence s)
    {
        var list = new List<Trigger>();
        var t = p.Tokens;
        for (var i = s.First; i < s.End; i++)
        {
            if (p.InQuote[i] && !QuotedVerbAfterSubject(p, i))
            {
                continue;
            }

            var tok = t[i];
            if (tok.Norm == ":" && i + 1 < s.End && t[i + 1].IsQuote && p.InQuote[i + 1])
            {
                // "…, insists on in the following paragraphs: “…”" / "by saying: “…”": the quotation is that verb's content.
                if (list.Count > 0 && list[^1].Kind is TriggerKind.Verb or TriggerKind.Participle && NothingBetween(p, list[^1].At, i))
                {
                    list[^1] = new Trigger(TriggerKind.ColonQuote, i, list[^1].Lemma, list[^1].Denial, list[^1].Kind == TriggerKind.Participle);
                }
                else
                {
                    list.Add(new Trigger(TriggerKind.ColonQuote, i, "say", false));
                }

                continue;
            }

            if (!tok.IsWord || p.MentionAt[i] >= 0)
            {
                continue; // "States" in "United States" is a name, not a verb
            }

            if (tok.Norm == "according" && i + 1 < s.End && t[i + 1].Norm == "to")
            {
                list.Add(new Trigger(TriggerKind.According, i, "say", false));
                continue;
            }

            // "…, per ship-tracking data compiled by Bloomberg.": like "according to" (At is the comma, the source follows "per").
            if (tok.Norm == "per" && i > s.First && t[i - 1].Norm == "," && i + 1 < s.End && !char.IsDigit(t[i + 1].Norm[0]) &&
                t[i + 1].Norm is not ("cent" or "capita" or "day" or "year" or "month" or "week" or "hour" or "barrel" or "person" or "head"))
            {
                list.Add(new Trigger(TriggerKind.According, i - 1, "say", false));
                continue;
            }

            if (ReportSource(p, s, i) is not null)
            {
                list.Add(new Trigger(TriggerKind.Report, i, "report", false));
                continue;
            }

            if (IsSpeechVerb(p, s, i, out var lemma, out var denial, out var participle))
            {
                list.Add(new Trigger(participle ? TriggerKind.Participle : TriggerKind.Verb, i, lemma, denial));
            }
        }

        return list;
    }
}
