using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>
/// Every piece of memory the attribution keeps across sentences, with named operations. Sieves read it through
/// <see cref="IDiscourseView"/>; <see cref="AttributionStage"/> is the one place that updates it, as it reads the
/// article sentence by sentence.
/// </summary>
internal sealed class DiscourseState(ArticleAnalysis analysis) : IDiscourseView
{
    private readonly List<string> _recent = [];
    private readonly Dictionary<string, string> _interviewers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Via, Paragraph Paragraph)> _scopedInterviewers = new(StringComparer.Ordinal);
    private readonly List<(string Speaker, string Via)> _pendingInterviews = [];

    public string? LastPersonSpeaker { get; private set; }

    public string? LastOtherSpeaker { get; private set; }

    /// <summary>The organisation an unnamed spokesperson last spoke for ("an Exxaro spokesperson said"), or null.</summary>
    public string? SpokesPrincipal { get; set; }

    public string? LastAccordingSpeaker { get; private set; }

    public string? LastDocumentSpeaker { get; private set; }

    public string? PreviousSentenceSpeaker { get; private set; }

    public string? IssuerHere { get; private set; }

    public string? PreviousIssuer { get; private set; }

    public string? Interviewee { get; private set; }

    public string? LastInterviewee { get; private set; }

    /// <summary>The speaker of the last paragraph that had one (a paragraph that is only a quotation continues it).</summary>
    public string? LastParagraphSpeaker { get; set; }

    /// <summary>A paragraph that opened a quotation and did not close it, waiting for the paragraph that names its speaker.</summary>
    public Paragraph? OpenQuotation { get; set; }

    /// <summary>A new sentence: the issuer named by the previous one becomes the previous issuer.</summary>
    public void BeginSentence()
    {
        PreviousIssuer = IssuerHere;
        IssuerHere = null;
    }

    /// <summary>"X issued a statement …" / "a statement released by X": X speaks for later "the statement" and "it".</summary>
    public void DocumentIssued(string issuerId)
    {
        LastDocumentSpeaker = issuerId;
        IssuerHere = issuerId;
    }

    /// <summary>"the statement" resolved to a non-person issuer: later document references resolve to it too.</summary>
    public void DocumentQuoted(string issuerId) => LastDocumentSpeaker = issuerId;

    /// <summary>"X, in an interview with AP": decided at the end of the sentence whether it frames the sentence or the article.</summary>
    public void InterviewNamed(string speakerId, string viaId) => _pendingInterviews.Add((speakerId, viaId));

    /// <summary>
    /// An interview named in a sentence that reports what the speaker said there covers that paragraph; one named in a
    /// sentence that reports nothing ("Cossío, in an interview with AP, commented on the tensions") frames the article.
    /// </summary>
    public void ScopeInterviews(Paragraph p, List<Finding> found)
    {
        foreach (var (speaker, via) in _pendingInterviews)
        {
            if (found.Exists(f => f.SpeakerId == speaker))
            {
                _scopedInterviewers[speaker] = (via, p);
            }
            else
            {
                _interviewers.TryAdd(speaker, via);
            }

            LastInterviewee = analysis.Entities.TryGetValue(speaker, out var e) && e.Kind == EntityKind.Person ? speaker : LastInterviewee;
        }

        _pendingInterviews.Clear();
    }

    /// <summary>A next paragraph that continues an interview ("She added …") extends its scope.</summary>
    public void InterviewContinues(string speakerId, string viaId, Paragraph p) => _scopedInterviewers[speakerId] = (viaId, p);

    /// <summary>The article-wide interviewer of a speaker, if an interview framed the article.</summary>
    public string? ArticleInterviewer(string speakerId) => _interviewers.GetValueOrDefault(speakerId);

    /// <summary>A question of a Q:/A: transcript: the interviewee is now known (the one named, else the last person quoted).</summary>
    public string? FixInterviewee() => Interviewee ??= LastInterviewee ?? LastPersonSpeaker;

    /// <summary>A labelled transcript's unnamed voice ("PM:") is the person the article named before its first answer.</summary>
    public void FixInterviewee(string speakerId) => Interviewee ??= speakerId;

    /// <summary>A transcript answer was attributed to the interviewee.</summary>
    public void Answered(string speakerId) => LastPersonSpeaker = speakerId;

    /// <summary>A statement was attributed: its speaker is who "he", "it" and "the same source" refer to next.</summary>
    public void SpeakerFound(string speakerId, bool according)
    {
        if (analysis.Entities[speakerId].Kind == EntityKind.Person)
        {
            LastPersonSpeaker = speakerId;
            _personSpeakers.Add(speakerId);
        }
        else
        {
            LastOtherSpeaker = speakerId;
        }

        if (according)
        {
            LastAccordingSpeaker = speakerId;
        }

        _recent.Add(speakerId);
    }

    /// <summary>"Club captain Sam Whitfield backed his manager. He said …": a named person in subject position.</summary>
    public void PersonSubject(string personId) => LastPersonSpeaker = personId;

    /// <summary>"Southgate issued its denial over the weekend. “…,” the company told a blog.": a named organisation in subject position.</summary>
    public void OtherSubject(string institutionId) => LastOtherSpeaker = institutionId;

    /// <summary>An entity named outside quotations, in text order.</summary>
    public void Mentioned(string entityId) => _recent.Add(entityId);

    /// <summary>The sentence's main speaker (null when it had none), for a following quotation that names no one.</summary>
    public void EndSentence(string? mainSpeaker, Paragraph p, Finding? main)
    {
        // "A No 10 spokesman said …" ¶ "“…” he said": the unnamed spokesperson (or official) a person pronoun goes on with
        // speaks for the organisation; a named speaker or another sentence's subject ends that.
        if (main is { SpeakerFirst: >= 0 } && main.SpeakerEnd > main.SpeakerFirst && analysis.Entities.TryGetValue(main.SpeakerId, out var e) &&
            e.Kind == EntityKind.Institution && SpokesNounIn(p, main.SpeakerFirst, main.SpeakerEnd + 1)) // "a No 10 spokesman": the noun after the name
        {
            UnnamedSpokesperson = main.SpeakerId;
        }
        else if (main is not null && main.SpeakerFirst >= 0)
        {
            UnnamedSpokesperson = null;
        }

        PreviousSentenceSpeaker = mainSpeaker;
        PreviousDocumentSpeaker = main is { SpeakerFirst: >= 0 } && main.SpeakerEnd > main.SpeakerFirst && DocumentNounIn(p, main.SpeakerFirst, main.SpeakerEnd) ? mainSpeaker : null;
        PreviousContent = main is null ? null : (main.ContentParagraph ?? p, main.SpeakerId, main.ContentFirst, main.ContentEnd);
        _groupAge++;
    }

    /// <summary>The content of the previous sentence's main statement: what a following "X denied it" denies.</summary>
    public (Paragraph Paragraph, string SpeakerId, int First, int End)? PreviousContent { get; private set; }

    private List<string>? _group;
    private int _groupAge;

    /// <summary>"Britain, France and Germany condemned …": the names a later "they" speaks for.</summary>
    public void GroupNamed(List<string> ids)
    {
        _group = ids;
        _groupAge = 0;
    }

    /// <summary>The group named as a subject in this sentence or one of the two before it, if any.</summary>
    public List<string>? RecentGroup => _groupAge <= 2 ? _group : null;

    public bool TryGetScopedInterviewer(string speakerId, out string via, out Paragraph paragraph)
    {
        if (_scopedInterviewers.TryGetValue(speakerId, out var scoped))
        {
            (via, paragraph) = scoped;
            return true;
        }

        via = "";
        paragraph = null!;
        return false;
    }

    /// <summary>The organisation an unnamed spokesperson spoke for in the last attributed sentence, if it was one.</summary>
    public string? UnnamedSpokesperson { get; private set; }

    private static bool DocumentNounIn(Paragraph p, int first, int end)
    {
        for (var k = first; k < end && k < p.Tokens.Count; k++)
        {
            if (SpeechLexicon.DocumentNouns.Contains(p.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpokesNounIn(Paragraph p, int first, int end)
    {
        for (var k = first; k < end && k < p.Tokens.Count; k++)
        {
            // "a spokesman", and one who speaks as an organisation's ("“…,” the official said. “…,” he added.")
            if (ReferenceResolver.IsSpokesNoun(p.Tokens[k].Norm) || p.Tokens[k].Norm is "official" or "representative" or "rep" or "aide" or "adviser" or "advisor")
            {
                return true;
            }
        }

        return false;
    }

    public string? ResolvePronoun(string norm) => norm switch
    {
        "he" or "she" => Agreeing(norm, (UnnamedSpokesperson is { } proxy && PreviousSentenceSpeaker == proxy ? proxy : null) ?? LastPersonSpeaker ?? Latest(e => e.Kind == EntityKind.Person)),
        "it" => IssuerHere ?? PreviousDocumentSpeaker ?? LastOtherSpeaker ?? Latest(e => e.Kind == EntityKind.Institution),
        _ => IssuerHere ?? LastOtherSpeaker ?? Latest(e => e.Kind == EntityKind.Institution),
    };

    /// <summary>
    /// "The suit claims … It also says …", "The report, published by X, claimed … It also claimed …": the speaker of the
    /// previous sentence when its subject was a document, whom that document's "it" goes on with (a person who filed a
    /// suit too); null when the previous sentence's subject was no document.
    /// </summary>
    public string? PreviousDocumentSpeaker { get; private set; }

    /// <summary>
    /// "Ms Ferrier then asked about … He replied: …": a person the text calls "Ms", "Mrs" or "Miss" is not "he", nor one it
    /// calls "Mr" "she"; the latest person who has spoken and may be is, else one named in the last few mentions the text
    /// shows to agree ("The consequences, she says, …" after "Trump signed …", in an article whose ambassador "did not
    /// disguise her anguish"), else no one. (Given-name lists are not used: they mistake "Li", "Abdul" or "Stephane" too often.)
    /// </summary>
    private string? Agreeing(string pronoun, string? candidate)
    {
        var (own, other) = pronoun == "he" ? ('m', 'f') : ('f', 'm');
        return candidate is null || SexOf(candidate) != other ? candidate
            : Latest(x => _personSpeakers.Contains(x.Id) && SexOf(x.Id) != other) ?? RecentPersonOfSex(own);
    }

    /// <summary>The latest person of the given sex among the last twenty entities named or speaking, or null.</summary>
    private string? RecentPersonOfSex(char sex)
    {
        for (var i = _recent.Count - 1; i >= 0 && i >= _recent.Count - 20; i--)
        {
            if (analysis.Entities.TryGetValue(_recent[i], out var e) && e.Kind == EntityKind.Person && SexOf(e.Id) == sex)
            {
                return e.Id;
            }
        }

        return null;
    }

    private readonly HashSet<string> _personSpeakers = new(StringComparer.Ordinal);

    private Dictionary<string, char>? _honorifics;

    private readonly HashSet<string> _titled = new(StringComparer.Ordinal); // those a title gave a sex: it outweighs pronouns

    /// <summary>
    /// Pronouns after the one person a sentence names, outside quotations: "she", "herself" for a woman, "he",
    /// "him", "his", "himself" for a man; a person shown both ways is left unknown ('?').
    /// </summary>
    private void PronounEvidence(Dictionary<string, char> sexes)
    {
        foreach (var p in analysis.Paragraphs)
        {
            var t = p.Tokens;
            foreach (var s in p.Sentences)
            {
                string? person = null;
                var first = -1;
                var several = false;
                for (var k = s.First; k < s.End && k < t.Count; k++)
                {
                    if (p.MentionAt[k] < 0 || p.InQuote[k] || !analysis.Entities.TryGetValue(p.Mentions[p.MentionAt[k]].EntityId, out var e) || e.Kind != EntityKind.Person)
                    {
                        continue;
                    }

                    several |= person is not null && person != e.Id;
                    if (person is null)
                    {
                        (person, first) = (e.Id, k);
                    }
                }

                if (person is null || several)
                {
                    continue;
                }

                var sex = '\0';
                for (var k = first + 1; k < s.End && k < t.Count; k++)
                {
                    var shown = p.InQuote[k] || !t[k].IsWord ? '\0' : t[k].Norm switch
                    {
                        "she" or "herself" => 'f', // ("her" also stands for a country or a ship: "the country prepares her runners")
                        "he" or "him" or "his" or "himself" => 'm',
                        _ => '\0',
                    };
                    sex = shown == '\0' ? sex : sex == '\0' || sex == shown ? shown : '?';
                }

                if (sex != '\0')
                {
                    sexes[person] = sexes.TryGetValue(person, out var seen) && seen != sex ? '?' : sex;
                }
            }
        }
    }

    /// <summary>"Mona Seif, the sister of two jailed activists": a man's or a woman's noun in the apposition after the name.</summary>
    private static char AppositiveSex(Paragraph p, Mention m)
    {
        var t = p.Tokens;
        if (m.End + 2 >= t.Count || t[m.End].Norm != "," || t[m.End + 1].Norm is not ("the" or "a" or "an" or "his" or "her" or "their"))
        {
            return '\0';
        }

        var noun = t[m.End + 2].Norm;
        return Lexicon.Current.MaleNouns.Contains(noun) ? 'm' : Lexicon.Current.FemaleNouns.Contains(noun) ? 'f' : '\0';
    }

    /// <summary>
    /// 'm' for a person the text calls "Mr" or "Sir" or introduces as a man's kin or by a man's noun ("husband Justin
    /// Theroux", "his son Hunter", "frontman Jo Reyes"), 'f' for "Ms", "Mrs", "Miss", "Dame", a woman's kin or a woman's
    /// noun ("wife", "actress Kirsten Dunst", "spokeswoman"), else '\0' (also when it calls them both); with no
    /// title, the pronouns that follow the person in sentences naming no other person ("López Larroque did not disguise
    /// her anguish – not for herself"), when they all agree.
    /// </summary>
    private char SexOf(string id)
    {
        if (_honorifics is null)
        {
            _honorifics = new Dictionary<string, char>(StringComparer.Ordinal);
            PronounEvidence(_honorifics);
            foreach (var p in analysis.Paragraphs)
            {
                foreach (var m in p.Mentions)
                {
                    var before = m.First > 0 ? p.Tokens[m.First - 1] : default;
                    if (before.Norm == "," && m.First > 1 && !p.Tokens[m.First - 2].Cap)
                    {
                        before = p.Tokens[m.First - 2]; // "her brother, Alaa Abdel Fattah": the kin noun set off before the name
                    }

                    var sex = m.First == 0 ? '\0' : before.Norm switch
                    {
                        "mr" or "mr." or "sir" => 'm',
                        "ms" or "ms." or "mrs" or "mrs." or "miss" or "dame" => 'f',
                        _ when before.Cap => '\0',
                        _ when Lexicon.Current.MaleNouns.Contains(before.Norm) => 'm',
                        _ when Lexicon.Current.FemaleNouns.Contains(before.Norm) => 'f',
                        _ => '\0',
                    };
                    sex = sex == '\0' ? AppositiveSex(p, m) : sex;
                    if (sex != '\0')
                    {
                        _honorifics[m.EntityId] = _titled.Add(m.EntityId) || !_honorifics.TryGetValue(m.EntityId, out var seen) ? sex : seen != sex ? '?' : sex;
                    }
                }
            }
        }

        return _honorifics.TryGetValue(id, out var found) && found != '?' ? found : '\0';
    }

    /// <summary>
    /// "Dianna Agron may be Alex Pettyfer's No. 1 …" ¶ "Reps for both actors said …": the last <paramref name="count"/> people
    /// named (two by default, among the last three mentions per person), earlier one first; null when there are not as many.
    /// "Both companies": the last two organisations; "all three lawmakers": the last three people.
    /// </summary>
    public List<string>? LastPair(EntityKind kind = EntityKind.Person, int count = 2)
    {
        var found = new List<string>(count);
        for (var i = _recent.Count - 1; i >= 0 && i >= _recent.Count - 3 * count; i--)
        {
            if (!analysis.Entities.TryGetValue(_recent[i], out var e) || e.Kind != kind || (kind == EntityKind.Institution && (e.IsMedia || e.Type == "government")))
            {
                continue;
            }

            if (!found.Contains(e.Id))
            {
                found.Add(e.Id);
                if (found.Count == count)
                {
                    found.Reverse();
                    return found;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Of the entities that fit, the one the text has named most often so far (within the last 200 mentions); the latest
    /// among those named equally often; null when none fits.
    /// </summary>
    public string? MostNamed(Func<ArticleEntity, bool> fits)
    {
        // Without a table: each fitting entity is counted once, at its latest mention (the later mentions are looked at
        // first, so an entity seen again further back is skipped).
        var from = Math.Max(0, _recent.Count - 200);
        string? best = null;
        var bestCount = 0;
        for (var i = _recent.Count - 1; i >= from; i--)
        {
            var id = _recent[i];
            if (CountedAfter(id, i) || !analysis.Entities.TryGetValue(id, out var e) || !fits(e))
            {
                continue;
            }

            var n = 0;
            for (var j = i; j >= from; j--)
            {
                n += ReferenceEquals(_recent[j], id) || _recent[j] == id ? 1 : 0;
            }

            if (n > bestCount)
            {
                (best, bestCount) = (id, n);
            }
        }

        return best;
    }

    /// <summary>The entity is mentioned again after position <paramref name="i"/> of the recent list.</summary>
    private bool CountedAfter(string id, int i)
    {
        for (var j = i + 1; j < _recent.Count; j++)
        {
            if (_recent[j] == id)
            {
                return true;
            }
        }

        return false;
    }

    public string? Latest(Func<ArticleEntity, bool> fits)
    {
        for (var i = _recent.Count - 1; i >= 0 && i >= _recent.Count - 200; i--)
        {
            if (analysis.Entities.TryGetValue(_recent[i], out var e) && fits(e))
            {
                return e.Id;
            }
        }

        return null;
    }
}
