using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

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
    private string? _lastPersonSpeaker;
    private string? _lastOtherSpeaker;
    private string? _lastAccordingSpeaker;

    public void Run()
    {
        foreach (var p in _a.Paragraphs)
        {
            foreach (var s in p.Sentences)
            {
                if (!p.IsHeading)
                {
                    ProcessSentence(p, s);
                }

                NoteMentions(p, s);
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

    private void ProcessSentence(Paragraph p, Sentence s)
    {
        var triggers = FindTriggers(p, s);
        var found = new List<(Trigger Trigger, Attribution Att, string? Via)>();
        string? prevSpeaker = null;
        var prevAt = -1;
        for (var k = 0; k < triggers.Count; k++)
        {
            var t = triggers[k];
            var nextAt = k + 1 < triggers.Count ? triggers[k + 1].At : s.End;
            var att = t.Kind switch
            {
                TriggerKind.According => AttributeAccording(p, s, t),
                TriggerKind.ColonQuote => AttributeColon(p, s, t),
                _ => AttributeVerb(p, s, t, nextAt, prevSpeaker, prevAt),
            };

            if (att is null)
            {
                continue;
            }

            var speaker = SpeakerEntity(att.SpeakerId);
            att = att with { SpeakerId = speaker };
            string? via = null;
            if (found.Count > 0 && found[^1].Att is var prev && prev.SpeakerId != speaker &&
                att.SpeakerFirst >= prev.ContentFirst && att.SpeakerFirst < Math.Max(prev.ContentEnd, t.At) && t.Kind == TriggerKind.Verb)
            {
                // "Cabrera asserts that an official revealed …": the outer speaker only carries the inner statement.
                via = prev.SpeakerId;
                found.RemoveAt(found.Count - 1);
            }

            found.Add((t, att, via));
            prevSpeaker = speaker;
            prevAt = t.At;
            Remember(speaker, t.Kind);
        }

        foreach (var (t, att, via) in found)
        {
            NoteInterview(p, s, att.SpeakerId);
            Emit(p, s, t, att, via);
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
        foreach (var m in p.Mentions)
        {
            if (m.First >= s.First && m.First < s.End && !p.InQuote[m.First])
            {
                _recent.Add(m.EntityId);
            }
        }
    }

    private List<Trigger> FindTriggers(Paragraph p, Sentence s)
    {
        var list = new List<Trigger>();
        var t = p.Tokens;
        for (var i = s.First; i < s.End; i++)
        {
            if (p.InQuote[i])
            {
                continue;
            }

            var tok = t[i];
            if (tok.Norm == ":" && i + 1 < s.End && t[i + 1].IsQuote && p.InQuote[i + 1] &&
                !(list.Count > 0 && i - list[^1].At <= 4))
            {
                list.Add(new Trigger(TriggerKind.ColonQuote, i, "say", false));
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

            if (IsSpeechVerb(p, s, i, out var lemma, out var denial, out var participle))
            {
                list.Add(new Trigger(participle ? TriggerKind.Participle : TriggerKind.Verb, i, lemma, denial));
            }
        }

        return list;
    }
}
