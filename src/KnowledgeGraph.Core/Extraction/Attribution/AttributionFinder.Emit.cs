using KnowledgeGraph.Model;
using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Building the contract statements: evidence with offsets, one statement per proposition, reporters, topics.</summary>
internal sealed partial class AttributionFinder
{
    // Two-word cues before an intermediary ("in an interview with CNN", "quoted by Reuters"), folded.
    private static readonly (string First, string Second, bool Interview)[] ReporterCues =
    [
        ("interview", "with", true), ("interviewed", "by", true), ("speaking", "to", true), ("spoke", "to", true),
        ("statements", "to", true), ("remarks", "to", true), ("comments", "to", true), ("told", "", true), ("telling", "", true),
        ("quoted", "by", false), ("cited", "by", false), ("published", "by", false), ("reported", "by", false),
        ("broadcast", "by", false), ("aired", "by", false), ("according", "to", false), ("close", "to", false),
        ("sources", "in", false), ("source", "in", false), ("obtained", "by", false), ("seen", "by", false),
    ];

    private static readonly HashSet<string> CueWords = new(ReporterCues.Select(c => c.First), StringComparer.Ordinal);

    private readonly HashSet<(string, string, int)> _emitted = [];
    private readonly List<(string Speaker, string Via)> _pendingInterviews = [];
    private readonly Dictionary<string, (string Via, Paragraph Paragraph)> _scopedInterviewers = new(StringComparer.Ordinal);
    private ClaimNormalizer? _normalizer;

    private void Emit(Paragraph p, Sentence s, Trigger trig, Finding att, List<string> via)
    {
        if (att.EvidenceEnd <= att.EvidenceFirst || att.ContentEnd <= att.ContentFirst)
        {
            return;
        }

        _normalizer ??= new ClaimNormalizer(_a);
        var start = p.Tokens[att.EvidenceFirst].Start;
        var end = p.Tokens[att.EvidenceEnd - 1].End;
        string? evidence = null; // cut from the text only once a statement is kept
        var reporters = Reporters(p, s, att.SpeakerId, interview: false);
        if (_scopedInterviewers.TryGetValue(att.SpeakerId, out var scoped) && !reporters.Contains(scoped.Via))
        {
            // The interview's paragraph, and a next paragraph that explicitly continues it ("She added …", "“…,” he said").
            var continues = scoped.Paragraph != p && ParagraphIndex(scoped.Paragraph) + 1 == ParagraphIndex(p) &&
                (att.SpeakerFirst < 0 || trig.Lemma == "add" || Words.SubjectPronouns.Contains(p.Tokens[att.SpeakerFirst].Norm));
            if (scoped.Paragraph == p || continues)
            {
                reporters.Add(scoped.Via);
                _scopedInterviewers[att.SpeakerId] = (scoped.Via, p);
            }
        }

        foreach (var v in via)
        {
            if (v != att.SpeakerId && !reporters.Contains(v))
            {
                reporters.Add(v);
            }
        }

        if (_a.Entities[att.SpeakerId].IsMedia)
        {
            reporters.Add(att.SpeakerId);
        }

        var opener = p.Tokens[SkipQuotes(p, att.ContentFirst, att.ContentEnd)].Norm;
        if (opener is "i" or "i'm" or "we" or "we're" && RefusesComment(p, att.ContentFirst, att.ContentEnd))
        {
            return; // "I'm not going to talk about intelligence matters"
        }

        var about = About(p, att.ContentFirst, att.ContentEnd, att.SpeakerId);
        var media = _a.Entities[att.SpeakerId].IsMedia;
        foreach (var prop in PropositionSplitter.Split(p, att.ContentFirst, att.ContentEnd, trig.Denial || att.Denies))
        {
            if (prop.End <= prop.First)
            {
                continue;
            }

            var minKeyWords = prop.Stance == Stance.Denied ? 1 : 2;
            var (claim, claimId, keyWords) = _normalizer.Normalize(p, prop, att.SpeakerId, minKeyWords);
            if (keyWords < minKeyWords || !_emitted.Add((att.SpeakerId, claimId, start)))
            {
                continue;
            }

            evidence ??= _a.Text[start..end];
            _found.Add((new ExtractedStatement(att.SpeakerId, prop.Stance, claimId, claim, evidence, start, end, [.. reporters.Distinct()], about), media));
        }
    }

    private Dictionary<Paragraph, int>? _paragraphIndex;

    private int ParagraphIndex(Paragraph p)
    {
        _paragraphIndex ??= _a.Paragraphs.Select((x, i) => (x, i)).ToDictionary(e => e.x, e => e.i);
        return _paragraphIndex.GetValueOrDefault(p, -1);
    }

    private static int SkipQuotes(Paragraph p, int first, int end)
    {
        while (first + 1 < end && p.Tokens[first].IsQuote)
        {
            first++;
        }

        return first;
    }

    private List<string> Reporters(Paragraph p, Sentence s, string speaker, bool interview)
    {
        var list = new List<string>();
        var t = p.Tokens;
        for (var k = s.First; k < s.End; k++)
        {
            // A quoted source description ("a source “close to the Government of …”") still names the intermediary.
            if ((p.InQuote[k] && t[k].Norm != "close") || !t[k].IsWord)
            {
                continue;
            }

            if (!CueWords.Contains(t[k].Norm))
            {
                continue;
            }

            foreach (var (first, second, isInterview) in ReporterCues)
            {
                if (t[k].Norm != first || (interview && !isInterview))
                {
                    continue;
                }

                if (isInterview && !interview && NameBefore(p, k, s.First) is { } teller && SpeakerEntity(teller.Id) != speaker)
                {
                    continue; // "…, after Sen. Rick Scott told Fox News that …": Fox News reported Scott, not this speaker
                }

                var from = k + 1;
                if (second.Length > 0)
                {
                    if (from >= s.End || t[from].Norm != second)
                    {
                        continue;
                    }

                    from++;
                }

                for (var j = from; j < s.End && j < from + 4; j++)
                {
                    if (p.MentionAt[j] >= 0)
                    {
                        var id = p.Mentions[p.MentionAt[j]].EntityId;
                        if (id != speaker && !list.Contains(id) && _a.Entities[id].Kind != EntityKind.Place)
                        {
                            list.Add(id);
                        }

                        break;
                    }
                }
            }
        }

        return list;
    }

    /// <summary>"Cossio, in an interview with the Associated Press (AP), …": remembered for all of Cossio's statements.</summary>
    private void NoteInterviews(Paragraph p, Sentence s)
    {
        var t = p.Tokens;
        for (var k = s.First; k + 1 < s.End; k++)
        {
            if (p.InQuote[k] || !(t[k].Norm is "interview" or "told" or "telling" or "speaking" or "spoke" or "interviewed"))
            {
                continue;
            }

            // "…, after Sen. Rick Scott told Fox News": the name right before the cue is who was interviewed.
            var subject = NameBefore(p, k, s.First) ?? FindSubject(p, s.First, k);
            if (subject is not { } sub)
            {
                continue;
            }

            var speaker = SpeakerEntity(sub.Id);
            foreach (var id in Reporters(p, new Sentence(k, Math.Min(s.End, k + 8)), speaker, interview: true))
            {
                if (_a.Entities[id].Kind == EntityKind.Institution || _a.Entities[id].IsMedia)
                {
                    _pendingInterviews.Add((speaker, id));
                }
            }
        }
    }

    /// <summary>The entity named just before token <paramref name="k"/> (an adverb such as "also" may sit between).</summary>
    private (string Id, int First, int End)? NameBefore(Paragraph p, int k, int from)
    {
        var j = k - 1;
        while (j > from && (p.Tokens[j].Norm.EndsWith("ly", StringComparison.Ordinal) || p.Tokens[j].Norm is "also" or "later"))
        {
            j--;
        }

        if (j < from || p.MentionAt[j] < 0)
        {
            return null;
        }

        var m = p.Mentions[p.MentionAt[j]];
        return m.End == j + 1 ? (m.EntityId, m.First, m.End) : null;
    }

    /// <summary>
    /// An interview named in a sentence that reports what the speaker said there ("González said … in an interview with
    /// the Herald") covers that sentence and the rest of its paragraph ("She said … The minister added …"); one named in a
    /// sentence that reports nothing ("Cossío, in an interview with AP, commented on the tensions") frames the whole article.
    /// </summary>
    private void ScopeInterviews(Paragraph p, List<(Trigger Trigger, Finding Att, List<string> Via)> found)
    {
        foreach (var (speaker, via) in _pendingInterviews)
        {
            if (found.Exists(f => f.Att.SpeakerId == speaker))
            {
                _scopedInterviewers[speaker] = (via, p);
            }
            else
            {
                _interviewers.TryAdd(speaker, via);
            }

            _lastInterviewee = _a.Entities.TryGetValue(speaker, out var e) && e.Kind == EntityKind.Person ? speaker : _lastInterviewee;
        }

        _pendingInterviews.Clear();
    }

    /// <summary>"the Cuban Ministry of Foreign Affairs issued a statement": later "the statement" speaks for it.</summary>
    private void NoteIssuer(Paragraph p, Sentence s)
    {
        var t = p.Tokens;
        for (var k = s.First + 2; k < s.End; k++)
        {
            // "The Foreign Ministry responded in a note published on Cubadebate": the subject issued the note.
            if (SpeechLexicon.DocumentNouns.Contains(t[k].Norm) && !p.InQuote[k] && t[k - 1].Norm is "a" or "an" or "its" or "their" &&
                t[k - 2].Norm == "in" && FindSubject(p, s.First, k - 2) is { } subject && _a.Entities.TryGetValue(subject.Id, out var e) &&
                e.Kind == EntityKind.Institution)
            {
                _lastDocumentSpeaker = subject.Id;
                _issuerHere = subject.Id;
                break;
            }
        }

        for (var k = s.First; k + 2 < s.End; k++)
        {
            if (t[k].Norm is "issued" or "released" or "published" or "sent" or "shared" && !p.InQuote[k] && k > s.First &&
                SpeechLexicon.DocumentNouns.Contains(t[k - 1].Norm) && t[k + 1].Norm == "by")
            {
                var by = t[k + 2].Norm == "the" ? k + 3 : k + 2;
                if (by < s.End && p.MentionAt[by] >= 0 && _a.Entities[p.Mentions[p.MentionAt[by]].EntityId].Kind != EntityKind.Place)
                {
                    _lastDocumentSpeaker = p.Mentions[p.MentionAt[by]].EntityId; // "a statement released by the Ministry …"
                    _issuerHere = _lastDocumentSpeaker;
                }
            }
            else if (t[k].Norm is "issued" or "released" or "published" or "sent" or "shared" && !p.InQuote[k])
            {
                var j = k + 1;
                while (j < s.End && j < k + 4 && !SpeechLexicon.DocumentNouns.Contains(t[j].Norm))
                {
                    j++;
                }

                if (j < s.End && SpeechLexicon.DocumentNouns.Contains(t[j].Norm) && MentionBefore(p, k, s.First) is { } issuer &&
                    _a.Entities[issuer.Id].Kind != EntityKind.Place)
                {
                    _lastDocumentSpeaker = issuer.Id;
                    _issuerHere = issuer.Id; // "X issued a statement in which it rejects …": "it" is X
                }
            }
        }
    }

    private List<string> About(Paragraph p, int first, int end, string speaker)
    {
        var ids = new List<string>();
        for (var k = first; k < end; k++)
        {
            if (p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is var m && m.First == k && m.EntityId != speaker && !ids.Contains(m.EntityId))
            {
                ids.Add(m.EntityId);
            }
        }

        return ids;
    }
}
