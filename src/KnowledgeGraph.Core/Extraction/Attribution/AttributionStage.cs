using KnowledgeGraph.Extraction.Attribution.Sieves;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>
/// Reads the article paragraph by paragraph and sentence by sentence, asks the sieves of <see cref="SieveOrder"/> what
/// each trigger yields, and is the one place that updates the <see cref="DiscourseState"/>. The output is the attributed
/// statements in text order; the claim stage turns them into claims.
/// </summary>
internal sealed partial class AttributionStage
{
    private readonly ArticleAnalysis _a;
    private readonly DiscourseState _state;
    private readonly AttributionContext _context;
    private readonly TriggerFinder _triggers;
    private readonly ReporterFinder _reporters;
    private readonly IssuerFinder _issuers;
    private readonly TriggerSieve[] _triggerSieves;
    private readonly SentenceSieve[] _sentenceSieves;
    private readonly PossessiveClaimSieve _possessiveClaims;
    private readonly List<AttributedStatement> _out = [];
    private readonly List<Finding> _found = [];
    private readonly Dictionary<string, string?> _labelSpeakers = new(StringComparer.Ordinal);
    private HashSet<string>? _transcriptLabels;
    private readonly List<Finding> _possessiveFound = [];
    private readonly List<Paragraph> _openRun = []; // the paragraphs of a quotation left open, in order
    private Dictionary<Paragraph, int>? _paragraphIndex;

    public AttributionStage(ArticleAnalysis analysis)
    {
        _a = analysis;
        _state = new DiscourseState(analysis);
        _context = new AttributionContext(analysis, _state);
        _triggers = new TriggerFinder(_context.Sources);
        _reporters = new ReporterFinder(_context);
        _issuers = new IssuerFinder(_context);
        _triggerSieves = SieveOrder.TriggerSieves(_context);
        _sentenceSieves = SieveOrder.SentenceSieves(_context);
        _possessiveClaims = new PossessiveClaimSieve(_context);
    }

    /// <summary>Attributes the whole article; statements in text order (an opening quotation's after the paragraph that closes it).</summary>
    public List<AttributedStatement> Run()
    {
        _transcriptLabels = WholeParagraph.TranscriptLabels(_a.Paragraphs);
        var transcript = _transcriptLabels is not null;
        NameLabels();
        string? blockSpeaker = null; // "The statement read:" / "Okafor said:" then quoted paragraphs
        var blockOpen = false; // the last quoted paragraph of the block left its quotation open
        string? statementIssuer = null; // "X have issued the following statement:" then the statement's own paragraphs
        string? titledHeading = null; // "Statement from Stewart Jackson MP:": a titled statement, whose paragraphs may be set in quotation marks
        var statementParagraphs = 0;
        string? bulletIssuer = null; // "However, the PCB took a stance, completely denying the report." ¶ "- The PCB received …"
        var index = -1;
        string? answering = null; // the speaker of the transcript answer the paragraphs since its label go on with
        var (signer, signedAt) = ClosingSigner(); // "I have noted with dismay …" … "H.E JOHN OBIERO NYAGARAMA." under it
        foreach (var p in _a.Paragraphs)
        {
            index++;
            if (transcript && !p.IsHeading && WholeParagraph.LineLabel(p) is not null)
            {
                answering = null;
            }

            if (answering is not null && NamesOutsideQuotation(p, answering))
            {
                answering = null; // "This is an excerpt from an interview between the Prime Minister Jane Roe and …": narrative again
            }

            if (transcript && !p.IsHeading && answering is not null && p.Tokens.Count > 3 && !OpensWithOwnAttribution(p, answering))
            {
                // "Zhao Lijian: The US side's statement is …" ¶ "As a party to the regulations, China has …": an answer runs
                // on over the paragraphs after its label until the next label.
                AcceptWhole(p, answering, 0, WholeParagraph.TranscriptAnswer);
                foreach (var s in p.Sentences)
                {
                    NoteMentions(p, s);
                }

                continue;
            }

            if (transcript && !p.IsHeading && TranscriptAnswer(p))
            {
                var label = WholeParagraph.LineLabel(p)!;
                answering = _labelSpeakers.GetValueOrDefault(label) ?? (label is "a" or "answer" ? _state.Interviewee : null);
                _state.LastParagraphSpeaker = null;
                foreach (var s in p.Sentences)
                {
                    NoteMentions(p, s);
                }

                continue;
            }

            // "Statement from the Ministry of Foreign Affairs." over the text: the page is that statement, and its paragraphs
            // are the issuer's as an organisation's own release is (the title itself is no statement). "Senator the Hon
            // Jane Roe" alone on a line near the top of a media release: the release is hers.
            var titledStatement = TitledStatement(p);
            if ((titledStatement ?? SignatureLine(p, index)) is { } titled)
            {
                titledHeading = titledStatement;
                _releaseIssued = true;
                _releaseIssuer = titled;
                statementIssuer = titled;
                statementParagraphs = 0;
                foreach (var s in p.Sentences)
                {
                    NoteMentions(p, s);
                }

                continue;
            }

            // A paragraph that is only a quotation continues the speaker of the paragraph before it.
            var previousSentenceSpeaker = p.Sentences.Count == 1 ? _state.LastParagraphSpeaker : null;
            string? paragraphSpeaker = null;
            var foundBefore = _out.Count;
            foreach (var s in p.Sentences)
            {
                if (p.IsHeading)
                {
                    ProcessSentence(p, s, null); // "Cuba Denies Claim of Negotiations": a headline states its subject's statement
                }
                else
                {
                    previousSentenceSpeaker = ProcessSentence(p, s, previousSentenceSpeaker);
                    paragraphSpeaker = previousSentenceSpeaker ?? paragraphSpeaker;
                }

                NoteMentions(p, s);
            }

            // "The statement read:" ¶ “Reports … are a complete fabrication. ¶ “The newspaper is making up rumours …”: a
            // paragraph ending in a speech verb and a colon introduces the quoted paragraphs after it, which continue
            // while each one leaves its quotation open.
            // A paragraph after one that left the quotation open goes on with it without a mark of its own too (“… ¶ As soon
            // as the visit was completed, we re-formed the coalition.”).
            // "… the Washington Times report which says:" ¶ an unquoted paragraph: an outlet's report set out below its lead-in
            // is the outlet's too (one paragraph, without marks).
            var plainReport = blockSpeaker is not null && !blockOpen && !p.Tokens[0].IsQuote && _context.IsMedia(blockSpeaker);
            if (blockSpeaker is not null && !p.IsHeading && p.Tokens.Count > 3 && (p.Tokens[0].IsQuote || blockOpen || plainReport) && _out.Count == foundBefore)
            {
                AcceptWhole(p, blockSpeaker, p.Tokens[0].IsQuote ? 1 : 0, WholeParagraph.QuotedBlock);
                blockOpen = WholeParagraph.LeavesQuotationOpen(p) || (blockOpen && !ClosesQuotation(p));
                blockSpeaker = blockOpen ? blockSpeaker : null;
                statementIssuer = null; // (a statement announced as following was this quotation: the plain paragraphs after it are not)
                _state.LastParagraphSpeaker = null;
                continue;
            }

            blockOpen = false;

            // A statement in the first person signed at its foot: its paragraphs are the signer's, but those with an
            // attribution of their own.
            if (signer is not null && index < signedAt && !p.IsHeading && p.Tokens.Count > 3 && _out.Count == foundBefore)
            {
                AcceptWhole(p, signer, 0, WholeParagraph.StatementBlock);
                _state.LastParagraphSpeaker = signer;
                continue;
            }

            // "Riverside United have issued the following official statement:" ¶ "Riverside United is extremely disappointed
            // … Not only does the claim lack legal merit …" ¶ …: the statement printed without quotation marks, paragraph
            // after paragraph, is the issuer's, until a heading, a quotation or a paragraph with an attribution of its own.
            // (Under a titled statement, "Statement from Stewart Jackson MP:", its paragraphs may be set in quotation marks.)
            if (statementIssuer is not null && !p.IsHeading && p.Tokens.Count > 3 && (!p.Tokens[0].IsQuote || statementIssuer == titledHeading) && _out.Count == foundBefore &&
                statementParagraphs < (_briefLeadIn ? 1 : MaxStatementParagraphs))
            {
                AcceptWhole(p, statementIssuer, p.Tokens[0].IsQuote ? 1 : 0, WholeParagraph.StatementBlock);
                statementParagraphs++;
                _state.LastParagraphSpeaker = statementIssuer;
                continue;
            }

            // A paragraph of the statement that names its issuer itself ("On 26 July, the PCB had informed the agent that
            // …") keeps its own statements and the statement going.
            // In an organisation's own press release the issuer goes on past a paragraph that reports someone else ("Mr.
            // Mushtaq has alleged that … This is a false allegation."): its unattributed sentences are still the issuer's.
            if (statementIssuer is not null && !p.IsHeading && _out.Count > foundBefore && statementParagraphs < (_briefLeadIn ? 1 : MaxStatementParagraphs) &&
                (AllBy(foundBefore, statementIssuer) || statementIssuer == _releaseIssuer))
            {
                AcceptWhole(p, statementIssuer, 0, WholeParagraph.StatementBlock, foundBefore);
                statementParagraphs++;
                // (“…,” Mr Epstein said. ¶ “… (left open): the quotation after it goes on in the voice quoted, not the issuer's)
                _state.LastParagraphSpeaker = paragraphSpeaker ?? statementIssuer;
                continue;
            }

            // A denial closing its paragraph, then points set out as full sentences after dashes or bullets: the points
            // are the denier's ("- The PCB received the first list … on 16 July."), unlike a list of linked headlines.
            // (a point that names the denier itself, "- On 26 July, the PCB had informed the agent that …", keeps its own
            // statement and the points going)
            if (bulletIssuer is not null && _out.Count > foundBefore && WholeParagraph.SentenceBullet(p) && AllBy(foundBefore, bulletIssuer))
            {
                AcceptWhole(p, bulletIssuer, 1, WholeParagraph.StatementBlock, foundBefore);
                _state.LastParagraphSpeaker = bulletIssuer;
                continue;
            }

            if (bulletIssuer is not null && _out.Count == foundBefore && WholeParagraph.SentenceBullet(p))
            {
                AcceptWhole(p, bulletIssuer, 1, WholeParagraph.StatementBlock);
                _state.LastParagraphSpeaker = bulletIssuer;
                continue;
            }

            bulletIssuer = !p.IsHeading && _out.Count > foundBefore && _out[^1] is { Paragraph: var lastParagraph } latest && lastParagraph == p &&
                (latest.Finding.Trigger.Denial || latest.Finding.Denies) && index + 2 < _a.Paragraphs.Count &&
                WholeParagraph.SentenceBullet(_a.Paragraphs[index + 1]) && WholeParagraph.SentenceBullet(_a.Paragraphs[index + 2])
                ? latest.Finding.SpeakerId : null;

            // (the lines of titles under a release's signature, "Minister for Employment", keep the release going)
            _briefLeadIn = false;
            statementIssuer = p.IsHeading && statementParagraphs == 0 && statementIssuer is not null && statementIssuer == _releaseIssuer && _out.Count == foundBefore
                ? statementIssuer
                : p.IsHeading || _out.Count > foundBefore ? ReleaseIssuer(p, foundBefore) : StatementLeadIn(p);
            statementParagraphs = 0;

            // "“… do not reflect the truth. … We present this to the public.” -Norvell FC official statement": a quotation
            // credited after a dash is the named speaker's.
            if (_out.Count == foundBefore && WholeParagraph.CreditedByDash(p) is var (dash, credited) &&
                _context.SpeakerEntity(credited.EntityId) is var creditedId && _a.Entities[creditedId].Kind != EntityKind.Place)
            {
                foreach (var (s, finding) in WholeParagraph.Findings(p, creditedId, 1, WholeParagraph.DashCredit, dash - 1))
                {
                    Report(p, s, finding);
                }

                _state.LastParagraphSpeaker = creditedId;
                continue;
            }

            // "… was previously refuted. The new statement from Richard Sanders is available in full below.": a paragraph's last
            // sentence may hand on the quoted paragraphs after it though the paragraph said something of its own.
            blockSpeaker = p.IsHeading ? null : _out.Count > foundBefore ? BelowLeadInAtEnd(p) : ColonLeadIn(p, statementIssuer);

            // “… first paragraph of a quotation (no closing mark)
            // “… and its last paragraph,” the president said. — the open paragraph is the same speaker's.
            if (_state.OpenQuotation is not null && !p.IsHeading && p.Tokens.Count > 0 && Spans.QuoteOpeningAt(p, 0) is not null && _out.Count > foundBefore)
            {
                foreach (var open in _openRun)
                {
                    AcceptWhole(open, _out[foundBefore].Finding.SpeakerId, 1, WholeParagraph.OpenQuotation);
                }
            }
            else if (_state.OpenQuotation is not null && !p.IsHeading && _state.LastParagraphSpeaker is { } held && p.Tokens.Count > 0 && !p.Tokens[0].IsQuote)
            {
                // "X said the report is “a fabrication”." ¶ “The so-called report … (never closed, never credited) ¶ narrative:
                // the quotation run that ends with no attribution of its own is the speaker's before it.
                foreach (var unclosed in _openRun)
                {
                    AcceptWhole(unclosed, held, 1, WholeParagraph.OpenQuotation);
                }
            }

            // “… ¶ “… ¶ “…: a quotation runs over paragraphs that each open it and leave it open, until one closes it.
            var leavesOpen = !p.IsHeading && p.Tokens.Count > 3 && p.Tokens[0].IsQuote && Spans.QuoteOpeningAt(p, 0) is null && _out.Count == foundBefore;
            if (!leavesOpen || _state.OpenQuotation is null)
            {
                _openRun.Clear();
            }

            if (leavesOpen)
            {
                _openRun.Add(p);
            }

            _state.OpenQuotation = leavesOpen ? p : null;
            if (!p.IsHeading)
            {
                // "X dismissed the report." ¶ “The Command wishes to … (left open) ¶ “To set the record straight, …”: a
                // quotation run with no attribution of its own keeps the speaker before it for the paragraph that closes it.
                _state.LastParagraphSpeaker = paragraphSpeaker ?? (_state.OpenQuotation == p ? _state.LastParagraphSpeaker : null);
            }
        }

        // “… ¶ “… and the text ends (an excerpt cut inside the quotation): the run is the speaker's before it, as when
        // narrative follows it.
        if (_state.OpenQuotation is not null && _state.LastParagraphSpeaker is { } last)
        {
            foreach (var unclosed in _openRun)
            {
                // "… It is therefore in the best inter": the sentence the cut runs into is no claim.
                var tail = unclosed.Tokens[^1].Norm is "." or "!" or "?" || unclosed.Tokens[^1].IsQuote || unclosed.Sentences.Count == 0 ? int.MaxValue : unclosed.Sentences[^1].First;
                foreach (var (s, finding) in WholeParagraph.Findings(unclosed, last, 1, WholeParagraph.OpenQuotation, tail))
                {
                    Report(unclosed, s, finding);
                }
            }
        }

        BackToParaphrase();
        QuotationGoesOn();

        // An interview named anywhere in the article ("Cossio, in an interview with AP") is how all of that speaker's words reached us.
        for (var i = 0; i < _out.Count; i++)
        {
            var st = _out[i];
            var reported = new List<string>(st.ReportedBy.Count); // each intermediary once, in order (a loop: the lists hold a name or two)
            foreach (var id in st.ReportedBy)
            {
                if (!reported.Contains(id))
                {
                    reported.Add(id);
                }
            }

            if (_state.ArticleInterviewer(st.Finding.SpeakerId) is { } via && !reported.Contains(via))
            {
                reported.Add(via);
            }

            _out[i] = st with { ReportedBy = reported };
        }

        return _out;
    }

    /// <summary>
    /// The speaker a paragraph hands its next paragraphs to: it ends in a speech verb (or "read") and a colon, with a
    /// subject that resolves ("The statement read:", "Port director Maria Okafor said:"); null otherwise.
    /// <paramref name="announced"/> is the paragraph's <see cref="StatementLeadIn"/>, read already for the unquoted
    /// paragraphs after it.
    /// </summary>
    private string? ColonLeadIn(Paragraph p, string? announced)
    {
        var t = p.Tokens;
        if (BelowLeadInAtEnd(p) is { } below)
        {
            return below;
        }

        if (p.Sentences.Count == 0 || t.Count < 3 || t[^1].Norm is not (":" or ".") || p.InQuote[t.Count - 1])
        {
            return null;
        }

        // "… issued the following statement:", "… sent the following statement." then a quotation: the issuer's.
        if (announced is not null)
        {
            return announced;
        }

        if (t[^1].Norm != ":")
        {
            return null;
        }

        if (DocumentLeadIn(p) is { } owner)
        {
            return owner;
        }

        if (NameLabel(p) is { } labelled)
        {
            return labelled;
        }

        var verb = t.Count - 2;
        while (verb > 0 && t[verb].Norm is "as" or "follows" or "in" or "part" or "full")
        {
            verb--; // "said as follows:", "read in part:", "read in full:"
        }

        if (!(SpeechLexicon.TryVerb(t[verb].Norm, out _, out _) || t[verb].Norm is "read" or "reads") && ToldBefore(p, verb) is var told and > 0)
        {
            verb = told; // "… told a news conference:", "told reporters on Monday:", "said in a statement:"
        }

        if (!(SpeechLexicon.TryVerb(t[verb].Norm, out _, out _) || t[verb].Norm is "read" or "reads"))
        {
            return null;
        }

        // "… details of the Washington Times report which says:": the report's outlet, named right before its noun.
        if (verb >= 3 && t[verb - 1].Norm is "which" or "that" && Lexicon.Current.ReportNouns.Contains(t[verb - 2].Norm) && p.MentionAt[verb - 3] >= 0 &&
            p.Mentions[p.MentionAt[verb - 3]] is { } paper && paper.End == verb - 2 && _context.IsMedia(paper.EntityId))
        {
            return _context.SpeakerEntity(paper.EntityId);
        }

        var s = p.Sentences[^1];
        return _context.Subjects.FindSubject(p, s.First, verb) is { } subject ? _context.SpeakerEntity(subject.Id) : null;
    }

    /// <summary>
    /// The verb of a lead-in whose last words are its hearers or its setting: within six words before <paramref name="last"/>,
    /// with no punctuation between, a form of "tell" ("told a news conference", "told Reuters") or a speech verb followed by a
    /// preposition ("said in a statement", "said on Monday"); -1 when there is none.
    /// </summary>
    private static int ToldBefore(Paragraph p, int last)
    {
        var t = p.Tokens;
        for (var k = last - 1; k >= 0 && k >= last - 6; k--)
        {
            if (!t[k].IsWord || p.InQuote[k])
            {
                return -1;
            }

            if (SpeechLexicon.TryVerb(t[k].Norm, out var lemma, out _))
            {
                return lemma == "tell" || t[k + 1].Norm is "in" or "on" or "at" or "during" or "after" or "to" or "from" ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "1. SOUNDBITE: (English) Sean Spicer, White House Press Secretary:" (a video shot list), "Jane Roe, the mayor:": a
    /// person's name alone before the closing colon, after nothing but a label in capitals, numbers and a bracketed
    /// language, with at most a short description after a comma: the quoted paragraphs below are that person's.
    /// </summary>
    private string? NameLabel(Paragraph p)
    {
        var t = p.Tokens;
        var colon = t.Count - 1;
        Entities.Mention? person = null;
        foreach (var m in p.Mentions)
        {
            if (m.End < colon && _a.Entities.TryGetValue(m.EntityId, out var e) && e.Kind == EntityKind.Person)
            {
                person = m;
                break;
            }
        }

        if (person is not { } named)
        {
            return null;
        }

        var inBrackets = false;
        for (var k = 0; k < named.First; k++)
        {
            inBrackets = t[k].Norm == "(" || (inBrackets && t[k].Norm != ")");
            if (t[k].IsWord && !t[k].AllCaps && !inBrackets && !char.IsDigit(t[k].Norm[0]))
            {
                return null;
            }
        }

        if (named.End < colon)
        {
            if (t[named.End].Norm != "," || colon - named.End > 9)
            {
                return null;
            }

            for (var k = named.End + 1; k < colon; k++)
            {
                if (t[k].IsQuote || p.InQuote[k] || (t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm)))
                {
                    return null;
                }
            }
        }

        return _context.SpeakerEntity(named.EntityId);
    }

    /// <summary>A paragraph holding a closing quotation mark (outside an inner quotation it opens).</summary>
    private static bool ClosesQuotation(Paragraph p)
    {
        foreach (var t in p.Tokens)
        {
            if (t.Kind == TokenKind.QuoteClose || t.Norm == "\u201d")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Harris's statement:", "Here is the full statement from the ministry:", "Below is his letter:": a short paragraph
    /// naming a document and whose it is, then a colon, introduces the quoted paragraphs after it as that one's.
    /// </summary>
    private string? DocumentLeadIn(Paragraph p)
    {
        var t = p.Tokens;
        var noun = t.Count - 2;
        return noun >= 1 && t.Count <= 12 && SpeechLexicon.DocumentNouns.Contains(t[noun].Norm) ? OwnerBeforeDocument(p, noun)
            : t.Count <= 14 ? OwnerAfterDocument(p)
            : null;
    }

    /// <summary>"Harris's (full) statement:", "Below is his letter:", "Here is the full statement:": whose the document at <paramref name="noun"/> is.</summary>
    private string? OwnerBeforeDocument(Paragraph p, int noun)
    {
        var t = p.Tokens;
        var k = noun - 1;
        while (k > 0 && t[k].Norm is "full" or "official" or "complete" or "entire" or "written")
        {
            k--;
        }

        if (t[k].Norm == "'s" && k > 0 && p.MentionAt[k - 1] >= 0)
        {
            return _context.SpeakerEntity(p.Mentions[p.MentionAt[k - 1]].EntityId);
        }

        if (t[k].Norm is "his" or "her" or "its" or "their" && _context.Discourse.ResolvePronoun(t[k].Norm is "his" ? "he" : t[k].Norm is "her" ? "she" : "it") is { } whose)
        {
            return whose;
        }

        return t[0].Norm is "here" or "below" or "following" ? _state.LastDocumentSpeaker : null;
    }

    /// <summary>
    /// "The new statement from Richard Sanders is available in full below.", "Harris's letter is reproduced below.": a
    /// paragraph ending in a sentence that names a document and whose it is, then "below", hands it the quoted paragraphs
    /// after it.
    /// </summary>
    private string? BelowLeadInAtEnd(Paragraph p)
    {
        var t = p.Tokens;
        return p.Sentences.Count > 0 && t.Count >= 5 && t[^1].Norm == "." && t[^2].Norm == "below" && !p.InQuote[t.Count - 1] ? BelowLeadIn(p) : null;
    }

    private string? BelowLeadIn(Paragraph p)
    {
        var t = p.Tokens;
        var s = p.Sentences[^1];
        // The last document noun of the closing words (a sentence may run on after a closing quotation mark).
        for (var k = t.Count - 3; k >= s.First && k >= t.Count - 14; k--)
        {
            if (!SpeechLexicon.DocumentNouns.Contains(t[k].Norm) || p.InQuote[k])
            {
                continue;
            }

            if (k + 2 < t.Count && t[k + 1].Norm is "from" or "by")
            {
                // "from Richard Sanders", "from the ministry": the name right after, or the description's referent.
                return p.MentionAt[k + 2] >= 0 && p.Mentions[p.MentionAt[k + 2]].First == k + 2 ? _context.SpeakerEntity(p.Mentions[p.MentionAt[k + 2]].EntityId)
                    : _context.Subjects.FindSubject(p, k + 2, t.Count - 2) is { } from ? _context.SpeakerEntity(from.Id) : null;
            }

            return OwnerBeforeDocument(p, k);
        }

        return null;
    }

    /// <summary>"… statement from the ministry:": the owner named after a document noun and "from"/"by" in the last words.</summary>
    private string? OwnerAfterDocument(Paragraph p)
    {
        var t = p.Tokens;
        for (var k = t.Count - 2; k > 1 && k >= t.Count - 6; k--)
        {
            if (t[k].Norm is "from" or "by" && SpeechLexicon.DocumentNouns.Contains(t[k - 1].Norm) && _context.Subjects.FindSubject(p, k + 1, t.Count - 1) is { } from)
            {
                return _context.SpeakerEntity(from.Id);
            }
        }

        return null;
    }

    private bool _releaseIssued;

    /// <summary>
    /// "Statement from the Ministry of Foreign Affairs.", "• Official statement by Harbour Mining Corp": a paragraph that is
    /// only a statement's title naming its issuing organisation; the issuer, or null.
    /// </summary>
    private string? TitledStatement(Paragraph p)
    {
        var t = p.Tokens;
        var k = 0;
        while (k < t.Count && !t[k].IsWord)
        {
            k++; // a bullet
        }

        if (k < t.Count && t[k].Norm is "official" or "joint" or "press")
        {
            k++;
        }

        if (k + 2 >= t.Count || t[k].Norm is not ("statement" or "declaration" or "communique" or "communiqué" or "release") || t[k + 1].Norm is not ("from" or "by" or "of"))
        {
            return null;
        }

        k += t[k + 2].Norm == "the" ? 3 : 2;
        if (k >= t.Count || p.MentionAt[k] < 0 || p.Mentions[p.MentionAt[k]] is not { } m || m.First != k)
        {
            return null;
        }

        // ("Statement from Stewart Jackson MP:": a title or letters after a person's name are still the heading's)
        for (var j = m.End; j < t.Count; j++)
        {
            if (t[j].IsWord && !(Entities.NameWords.IsTitle(t[j]) || Lexicon.Current.PostNominals.Contains(t[j].Norm)))
            {
                return null;
            }
        }

        var issuer = _context.SpeakerEntity(m.EntityId);
        return _a.Entities.TryGetValue(issuer, out var e) && (e.Kind == EntityKind.Person || (e.Kind == EntityKind.Institution && !e.IsMedia)) ? issuer : null;
    }

    /// <summary>
    /// "… Thank you." ¶ "H.E JOHN OBIERO NYAGARAMA." ¶ "GOVERNOR, NYAMIRA COUNTY.": a person's name alone on one of the last
    /// lines, under a text that speaks in the first person in two paragraphs or more, signs it. The signer and the index
    /// of the name's line, or (null, -1).
    /// </summary>
    private (string? Signer, int At) ClosingSigner()
    {
        var paragraphs = _a.Paragraphs;
        for (var i = paragraphs.Count - 1; i >= 2 && i >= paragraphs.Count - 4; i--)
        {
            var t = paragraphs[i].Tokens;
            if (t.Count == 0 || t.Count > 10)
            {
                return (null, -1);
            }

            var m = -1;
            for (var k = 0; k < t.Count; k++)
            {
                if (paragraphs[i].MentionAt[k] >= 0)
                {
                    m = paragraphs[i].MentionAt[k];
                    break;
                }
            }

            if (m < 0 || paragraphs[i].Mentions[m] is not { } name || !_a.Entities.TryGetValue(name.EntityId, out var e) || e.Kind != EntityKind.Person ||
                !t.Skip(name.End).All(x => x.Norm == "."))
            {
                continue; // "GOVERNOR, NYAMIRA COUNTY.": the signer's titles under the name
            }

            // Only courtesy titles before the name ("H.E", "Hon."): "Contact: Judy Glasser" names a press officer, not a signer.
            if (!t.Take(name.First).All(Entities.EntityDiscovery.CourtesyWord))
            {
                return (null, -1);
            }

            // A person's own statement speaks as "I" ("I have noted with dismay …"); an organisation's release as "we".
            var firstPerson = 0;
            for (var j = 0; j < i; j++)
            {
                if (!paragraphs[j].IsHeading && paragraphs[j].Tokens.Exists(x => x.IsWord && x.Norm is "i" or "my" or "me") &&
                    !paragraphs[j].Tokens[0].IsQuote)
                {
                    firstPerson++;
                }
            }

            return firstPerson >= 2 ? (name.EntityId, i) : (null, -1);
        }

        return (null, -1);
    }

    /// <summary>
    /// "Senator the Hon Jane Roe", "The Hon. Jane Roe MP", "Jane Roe": a line near the top of a press release that is
    /// only a person's name with courtesy titles before it and letters after it, as ministers' releases are signed under
    /// their title. The person, or null.
    /// </summary>
    private string? SignatureLine(Paragraph p, int index)
    {
        var t = p.Tokens;
        if (!_a.PressRelease || _releaseIssued || index > 8 || t.Count > 12)
        {
            return null;
        }

        // Courtesy titles and offices before the name ("Senator the Hon", "The Rt Hon", "Dr").
        var k = 0;
        while (k < t.Count && p.MentionAt[k] < 0 && ((t[k].IsWord && t[k].Cap) || t[k].Norm is "the" or "."))
        {
            if (t[k].Norm is not ("the" or "." or "rt" or "right") && !Entities.NameWords.IsTitle(t[k]) && !Entities.EntityDiscovery.Honorific(t[k].Norm))
            {
                return null;
            }

            k++;
        }

        if (k >= t.Count || p.MentionAt[k] < 0 || p.Mentions[p.MentionAt[k]] is not { } m || m.First != k || _a.Entities[m.EntityId].Kind != EntityKind.Person)
        {
            return null;
        }

        for (var j = m.End; j < t.Count; j++)
        {
            if (!(t[j].IsWord && t[j].AllCaps && t[j].Norm.Length <= 4) && t[j].Norm is not ("," or "."))
            {
                return null; // "MP", "QC", "AO" after the name, nothing else
            }
        }

        return m.EntityId;
    }

    /// <summary>
    /// "This Ministry rejects the baseless allegations …" opening an organisation's own press release: the rest of the
    /// release, paragraph by paragraph, is that organisation's; only for the release's first statement.
    /// </summary>
    private string? ReleaseIssuer(Paragraph p, int foundBefore)
    {
        if (!_a.PressRelease || _releaseIssued || p.IsHeading || _out.Count <= foundBefore)
        {
            return null;
        }

        _releaseIssued = true;
        var speaker = _out[foundBefore].Finding.SpeakerId;
        _releaseIssuer = _a.Entities.TryGetValue(speaker, out var e) && e.Kind == EntityKind.Institution && !e.IsMedia && AllBy(foundBefore, speaker) ? speaker : null;
        return _releaseIssuer;
    }

    private string? _releaseIssuer;

    /// <summary>Whether every statement found since <paramref name="from"/> is <paramref name="speakerId"/>'s.</summary>
    private bool AllBy(int from, string speakerId)
    {
        for (var k = from; k < _out.Count; k++)
        {
            if (_out[k].Finding.SpeakerId != speakerId)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The most paragraphs an unquoted statement block runs over.</summary>
    private const int MaxStatementParagraphs = 6;

    /// <summary>The last lead-in announced its statement without "the following" ("issued a statement:"): one paragraph is it.</summary>
    private bool _briefLeadIn;

    /// <summary>
    /// "Riverside United have issued the following official statement:", "The club's statement reads thus:", "The short
    /// statement of denial by Mr. Adesina reads:": a paragraph that ends by announcing a statement whose text follows,
    /// and who issued it; null otherwise. ("… said:" before quoted paragraphs is <see cref="ColonLeadIn"/>'s.) "The
    /// following statement" announces its text after a full stop as well as after a colon ("Spokeswoman Jane Roe sent the
    /// following statement.").
    /// </summary>
    private string? StatementLeadIn(Paragraph p)
    {
        var t = p.Tokens;
        if (p.Sentences.Count == 0 || t.Count < 4 || p.InQuote[t.Count - 1] ||
            !(t[^1].Norm == ":" || (t[^1].Norm == "." && FollowingStatement(t, p.Sentences[^1].First, t.Count - 2) >= 0)))
        {
            return null;
        }

        var s = p.Sentences[^1];
        var last = t.Count - 2;
        while (last > s.First && t[last].Norm is "thus" or "as" or "follows" or "in" or "full" or "part")
        {
            last--;
        }

        int document;
        if (FollowingStatement(t, s.First, last) is var following and >= 0)
        {
            document = following; // "issued the following (official) statement (in reaction to …):"
        }
        else if (t[last].Norm is "reads" or "read" or "states" or "stated" && StatementNounBefore(t, s.First, last) is var noun and >= 0)
        {
            document = noun; // "The statement reads thus:", "The short statement of denial by Mr. Adesina reads:"
            var by = noun + 1;
            while (by < last && t[by].Norm != "by")
            {
                by++;
            }

            if (by + 1 < last && _context.Subjects.FindSubject(p, by + 1, last) is { } author)
            {
                return _context.SpeakerEntity(author.Id);
            }
        }
        else if (IssuedStatementAt(t, s.First, last) is var issued and >= 0)
        {
            document = issued; // "PRWeb issued a statement:", "The club released a short statement:"
            _briefLeadIn = true; // announced without "the following": the one paragraph after it
        }
        else if (IssuedBy(t, s.First, last) is var by and >= 0)
        {
            // "Please see below the clarification and denial issued by UTV to stock markets:": the one it was issued by.
            return by + 1 <= last && p.MentionAt[by + 1] >= 0 && p.Mentions[p.MentionAt[by + 1]] is { } author && author.First == by + 1 &&
                _a.Entities[author.EntityId].Kind != EntityKind.Place
                ? _context.SpeakerEntity(author.EntityId)
                : null;
        }
        else
        {
            return null;
        }

        return _context.Subjects.FindSubject(p, s.First, document) is { } issuer ? _context.SpeakerEntity(issuer.Id) : null;
    }

    /// <summary>
    /// "issued a statement", "released a brief statement", "put out a statement" closing the lead-in: the verb, or -1.
    /// </summary>
    private static int IssuedStatementAt(List<Text.Token> t, int first, int last)
    {
        if (t[last].Norm is not ("statement" or "release"))
        {
            return -1;
        }

        var k = last - 1;
        while (k > first && k >= last - 3 && t[k].IsWord && t[k].Norm is not ("a" or "an" or "the" or "this"))
        {
            k--; // "a short (written) statement", "a press release"
        }

        if (k <= first || t[k].Norm is not ("a" or "an"))
        {
            return -1;
        }

        var verb = t[k - 1].Norm == "out" && k - 2 > first ? k - 2 : k - 1;
        return t[verb].Norm is "issued" or "released" or "published" or "posted" or "sent" or "put" or "issues" or "releases" ? verb : -1;
    }

    /// <summary>"the following (official) statement": the "following" of the sentence's announced statement, or -1.</summary>
    private static int FollowingStatement(List<Text.Token> t, int first, int end)
    {
        for (var k = first; k + 1 <= end; k++)
        {
            if (t[k].Norm == "following" && k > first && t[k - 1].Norm == "the")
            {
                for (var j = k + 1; j <= end && j <= k + 3; j++)
                {
                    if (t[j].Norm is "statement" or "release" or "text")
                    {
                        return k - 1;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// "the clarification and denial issued by UTV", "a statement released by the ministry": a statement's noun, then
    /// "issued", "released" or "sent" and "by"; the "by", or -1.
    /// </summary>
    private static int IssuedBy(List<Text.Token> t, int first, int end)
    {
        for (var k = first + 1; k + 1 < end; k++)
        {
            if (t[k].Norm is "issued" or "released" or "sent" && t[k + 1].Norm == "by" &&
                (StatementNounBefore(t, first, k) >= 0 || (k > first && t[k - 1].Norm is "clarification" or "denial" or "rejoinder" or "notice" or "note")))
            {
                return k + 1;
            }
        }

        return -1;
    }

    private static int StatementNounBefore(List<Text.Token> t, int first, int end)
    {
        for (var k = end - 1; k >= first && k >= end - 8; k--)
        {
            if (t[k].Norm is "statement" or "release" or "text")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The paragraph names <paramref name="id"/> outside any quotation: it speaks of them in the third person.</summary>
    private static bool NamesOutsideQuotation(Paragraph p, string id)
    {
        foreach (var m in p.Mentions)
        {
            if (m.EntityId == id && !p.InQuote[m.First])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Hours after the interview, the State Department told EFE …": a paragraph whose first sentence has a speech verb
    /// after a name other than <paramref name="answering"/> is the writer's again, not the answer going on.
    /// </summary>
    private bool OpensWithOwnAttribution(Paragraph p, string answering) => OwnAttribution(p, p.Sentences[0], answering, false);

    /// <summary>
    /// A speech verb of the sentence after a name other than <paramref name="answering"/> and those it speaks for; with
    /// <paramref name="quoting"/>, only a verb that introduces or closes a quotation ("Robertson says “no way …”"): a
    /// voice quoted inside an answer, not the answer's own report of what others stated.
    /// </summary>
    private bool OwnAttribution(Paragraph p, Sentence s, string answering, bool quoting)
    {
        foreach (var trigger in _triggers.FindTriggers(p, s))
        {
            if (quoting && !Quoting(p, trigger.At))
            {
                continue;
            }

            for (var k = s.First; k < trigger.At; k++)
            {
                if (p.MentionAt[k] >= 0 && !p.InQuote[k] && p.Mentions[p.MentionAt[k]].EntityId is var other && other != answering && !SpeaksFor(answering, other))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A verb next to a quotation: "says “…”", "says: “…”", "“…,” says".</summary>
    private static bool Quoting(Paragraph p, int verb)
    {
        var t = p.Tokens;
        var after = verb + 1 < t.Count && t[verb + 1].Norm is ":" or "," ? verb + 2 : verb + 1;
        return (after < t.Count && t[after].IsQuote) || (verb > 0 && t[verb - 1].IsQuote) || (verb > 1 && t[verb - 1].Norm == "," && t[verb - 2].IsQuote);
    }

    /// <summary>
    /// The body <paramref name="speaker"/> belongs to, or the country or government of that body's country: a foreign ministry's
    /// spokesperson answering "China has stated its position …" goes on answering.
    /// </summary>
    private bool SpeaksFor(string speaker, string body)
    {
        if (!_a.Entities.TryGetValue(speaker, out var person))
        {
            return false;
        }

        foreach (var m in person.Memberships)
        {
            if (m.InstitutionId == body ||
                (_a.Entities.TryGetValue(m.InstitutionId, out var member) && member.Country is { } country &&
                 _a.Entities.TryGetValue(body, out var named) && named.Kind != EntityKind.Person && named.Country == country &&
                 (named.Kind == EntityKind.Place || named.Name.StartsWith("Government of ", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "A: There are no political prisoners in Cuba. …", "PM: The story is completely untrue.": every sentence of an answer is
    /// the interviewee's, or the speaker's its label names.
    /// </summary>
    private bool TranscriptAnswer(Paragraph p)
    {
        var label = WholeParagraph.LineLabel(p);
        if (label is not null && WholeParagraph.InterviewerLine(p, label))
        {
            _state.FixInterviewee();
            return false;
        }

        if (label is null || _transcriptLabels is null || !_transcriptLabels.Contains(label) || LabelSpeaker(label) is not { } speaker)
        {
            return false;
        }

        AcceptWhole(p, speaker, WholeParagraph.LabelLength(p) + 1, WholeParagraph.TranscriptAnswer);
        _state.Answered(speaker);
        return true;
    }

    /// <summary>
    /// The speaker of a transcript label: "a" is the interviewee; "GILLARD:", "MR TRUMP:" the person or organisation the
    /// article names so; a label naming no one ("PM:", "MINISTER:") the interviewee (the one named before the first answer),
    /// for one such label only: a second unnamed voice is no one the article names.
    /// </summary>
    private string? LabelSpeaker(string label)
    {
        if (label is "a" or "answer")
        {
            return _state.FixInterviewee();
        }

        if (_labelSpeakers.TryGetValue(label, out var known))
        {
            return known;
        }

        // One voice the labels do not name, and no voice they do: the interviewee (fixed at its first answer).
        // A label that is a name no entity carries ("SPICER:" when the page spelled the name only in capitals) is no one
        // the article names, not the interviewee.
        // The latest person named is never a voice another label names ("Interview with Ray Martin" over "MARTIN: …").
        var speaker = _transcriptLabels!.Count(l => l is not ("a" or "answer")) == 1 && RoleLabel(label)
            ? _state.FixInterviewee() ?? _state.Latest(e => e.Kind == EntityKind.Person && !_labelSpeakers.ContainsValue(e.Id)) : null;
        if (speaker is not null)
        {
            _state.FixInterviewee(speaker);
        }

        _labelSpeakers[label] = speaker;
        return speaker;
    }

    /// <summary>"PM", "MINISTER", "DEPUTY MINISTER": a label made of titles, which names an office rather than a person.</summary>
    private static bool RoleLabel(string label) =>
        Array.TrueForAll(label.Split(' '), Entities.NameWords.Titles.Contains);

    /// <summary>"GILLARD:", "MR TRUMP:": the labels that name a person or organisation of the article, before any is read.</summary>
    private void NameLabels()
    {
        foreach (var label in _transcriptLabels ?? [])
        {
            if (label is "a" or "answer")
            {
                continue;
            }

            // "MR TRUMP:", "SECRETARY RUBIO:": the name after the courtesy titles and titles.
            var name = label;
            for (var space = name.IndexOf(' ', StringComparison.Ordinal); space > 0 &&
                (Entities.EntityDiscovery.Honorific(name[..space]) || Entities.NameWords.Titles.Contains(name[..space]));
                space = name.IndexOf(' ', StringComparison.Ordinal))
            {
                name = name[(space + 1)..];
            }

            // The entity of that very name, else one whose name ends with it ("Marco Rubio" for "RUBIO").
            string? ending = null;
            foreach (var e in _a.Entities.Values)
            {
                var folded = SpeechLexicon.Fold(e.Name);
                if (e.Kind == EntityKind.Place)
                {
                    continue;
                }

                if (folded == name)
                {
                    ending = e.Id;
                    break;
                }

                if (ending is null && folded.EndsWith(" " + name, StringComparison.Ordinal))
                {
                    ending = e.Id;
                }
            }

            if (ending is not null)
            {
                _labelSpeakers[label] = ending;
            }
        }

        // "BJ:" in a transcript of an interview with Boris Johnson: initials that are those of one person the article names.
        foreach (var label in _transcriptLabels ?? [])
        {
            if (_labelSpeakers.ContainsKey(label) || label.Length is < 2 or > 3 || label.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var owners = _a.Entities.Values.Where(e => e.Kind == EntityKind.Person && WholeParagraph.InitialsOf(SpeechLexicon.Fold(e.Name)) == label)
                .Select(e => e.Id).Take(2).ToList();
            if (owners.Count == 1)
            {
                _labelSpeakers[label] = owners[0];
            }
        }

        // "R:", "T-M:": initials of a voice the transcript named in full ("Robbie:", "Tshabalala-Msimang:") are that voice.
        foreach (var label in _transcriptLabels ?? [])
        {
            if (_labelSpeakers.ContainsKey(label) || label.Length > 3)
            {
                continue;
            }

            var bare = label.Replace("-", "", StringComparison.Ordinal);
            var owners = _labelSpeakers.Where(x => x.Key.Length > label.Length && WholeParagraph.InitialsOf(x.Key) == bare).Select(x => x.Value).Distinct().ToList();
            if (owners.Count == 1)
            {
                _labelSpeakers[label] = owners[0];
            }
        }
    }

    /// <summary>Every sentence of the paragraph as <paramref name="speaker"/>'s, but those already given a statement since <paramref name="from"/>.</summary>
    private void AcceptWhole(Paragraph p, string speaker, int skip, string rule, int from = int.MaxValue)
    {
        foreach (var (s, finding) in WholeParagraph.Findings(p, speaker, skip, rule))
        {
            if (HasStatementSince(from, s))
            {
                continue;
            }

            // "Robertson says “no way, I didn't know anything” although of course Little says “I told him …”" inside an
            // answer: the voices the answer quotes speak for themselves.
            var before = _out.Count;
            if (rule == WholeParagraph.TranscriptAnswer && OwnAttribution(p, s, speaker, true))
            {
                ProcessSentence(p, s, null);
            }

            if (_out.Count == before)
            {
                Report(p, s, finding);
            }
        }
    }

    private bool HasStatementSince(int from, Sentence s)
    {
        for (var k = from; k < _out.Count; k++)
        {
            if (_out[k].Sentence.First == s.First)
            {
                return true;
            }
        }

        return false;
    }

    private void NoteMentions(Paragraph p, Sentence s)
    {
        for (var k = s.First; k < s.End; k++)
        {
            if (p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is { } m && m.First == k && !p.InQuote[k] && !InOpenQuotation(p, k) && !PhotoCredit(p, m))
            {
                _state.Mentioned(m.EntityId);
            }
        }
    }

    /// <summary>
    /// "— Bernama pic", "(Photo: Reuters)", "Reuters photo", "… management”. Picture Kym Smith": an agency or photographer
    /// credited for a picture is no one the text speaks of.
    /// </summary>
    private static bool PhotoCredit(Paragraph p, Entities.Mention m)
    {
        var t = p.Tokens;
        var after = m.End < t.Count ? t[m.End].Norm : "";
        var before = m.First > 0 ? t[m.First - 1].Norm : "";
        var before2 = m.First > 1 ? t[m.First - 2].Norm : "";
        return after is "pic" or "pics" or "photo" or "photos" or "picture" or "pictures" or "file" ||
            (before is ":" or "by" && before2 is "photo" or "picture" or "pic" or "image" or "credit" or "photograph") ||
            (before is "photo" or "picture" or "pic" or "photograph" && t[m.First - 1].Cap && m.End == t.Count); // the credit ends its line
    }

    /// <summary>
    /// "City magistrate V K Srivastava also denied the allegations and said the hospital had enough oxygen." ¶ "'The deaths
    /// were not due to lack of oxygen …,' he told AFP.": the outlet a speaker's quotation was told to carried the paraphrase
    /// of the same words just before it too, when the speaker's statements run on to it over at most two paragraphs with
    /// no one else's between and none of them names an intermediary of its own.
    /// </summary>
    private void BackToParaphrase()
    {
        for (var i = 1; i < _out.Count; i++)
        {
            var told = _out[i];
            if (told.ReportedBy.Count == 0)
            {
                continue;
            }

            var speaker = told.Finding.SpeakerId;
            var vias = new List<string>(told.ReportedBy.Count);
            foreach (var id in told.ReportedBy)
            {
                if (id != speaker && _context.IsMedia(id))
                {
                    vias.Add(id);
                }
            }

            if (vias.Count == 0)
            {
                continue;
            }

            var at = ParagraphIndex(told.Paragraph);
            for (var j = i - 1; j >= 0; j--)
            {
                var before = _out[j];
                if (before.Finding.SpeakerId != speaker || at - ParagraphIndex(before.Paragraph) > 2 || before.ReportedBy.Count > 0)
                {
                    break;
                }

                _out[j] = before with { ReportedBy = [.. vias] };
            }
        }
    }

    private int ParagraphIndex(Paragraph p)
    {
        _paragraphIndex ??= _a.Paragraphs.Select((x, i) => (x, i)).ToDictionary(e => e.x, e => e.i);
        return _paragraphIndex.GetValueOrDefault(p, -1);
    }

    private bool IsPerson(string id) => _a.Entities.TryGetValue(id, out var e) && e.Kind == EntityKind.Person;

    /// <summary>
    /// “…,” Galassi told Sky Sport Italia. ¶ “He's our coach …: a quotation that goes on, in the same paragraph or the
    /// next, with no speaker of its own reached us through the same intermediaries as the attributed words it continues.
    /// </summary>
    private void QuotationGoesOn()
    {
        // Most articles have no such quotation: then nothing is allocated (the paragraph index is built lazily).
        var any = false;
        for (var i = 1; i < _out.Count && !any; i++)
        {
            any = _out[i].Finding.SpeakerFirst < 0 && QuotedParagraph(_out[i].Paragraph);
        }

        if (!any)
        {
            return;
        }

        var order = new int[_out.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // The run of an open quotation is reported when it closes, after its closing paragraph: read in text order.
        Array.Sort(order, (x, y) => ParagraphIndex(_out[x].Paragraph) - ParagraphIndex(_out[y].Paragraph) is var d and not 0 ? d
            : _out[x].Finding.EvidenceFirst - _out[y].Finding.EvidenceFirst is var e and not 0 ? e : x - y);
        for (var n = 1; n < order.Length; n++)
        {
            var before = _out[order[n - 1]];
            var st = _out[order[n]];
            if (st.Finding.SpeakerFirst >= 0 || !QuotedParagraph(st.Paragraph) || st.Finding.SpeakerId != before.Finding.SpeakerId ||
                ParagraphIndex(st.Paragraph) - ParagraphIndex(before.Paragraph) is not (0 or 1) || before.ReportedBy.TrueForAll(st.ReportedBy.Contains))
            {
                continue;
            }

            _out[order[n]] = st with { ReportedBy = [.. st.ReportedBy, .. before.ReportedBy.Where(r => !st.ReportedBy.Contains(r))] };
        }
    }
}
