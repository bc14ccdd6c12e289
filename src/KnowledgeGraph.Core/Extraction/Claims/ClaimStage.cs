using KnowledgeGraph.Extraction.Attribution;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// The stage after attribution: splits each attributed statement's content into propositions, decides each one's
/// stance, and normalises it into a positively stated claim with a stable id. One contract statement per proposition;
/// the same claim by the same speaker at the same place is kept once.
/// </summary>
internal sealed class ClaimStage(ArticleAnalysis analysis)
{
    private readonly ClaimNormalizer _normalizer = new(analysis);
    private readonly HashSet<(string, string, int)> _emitted = [];
    private (Text.Paragraph Paragraph, int First, int End, string Speaker)? _lastOther;

    /// <summary>"There is no truth in it", "There's no basis to that": nothing but a verdict on a demonstrative.</summary>
    private static bool NoTruthIn(Text.Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        while (end > first && !t[end - 1].IsWord)
        {
            end--;
        }

        while (first < end && !t[first].IsWord)
        {
            first++;
        }

        return end - first is >= 5 and <= 7 && t[first].Norm == "there" && t[end - 1].Norm is "that" or "this" or "it" && t[end - 2].Norm is "to" or "in";
    }

    /// <summary>A denial of "that", "this" or "it" only: "There's no fact to that", "There is no truth in it".</summary>
    private static bool Demonstrative(Text.Paragraph p, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (p.Tokens[k].Norm is "that" or "this" or "it" or "these" or "those")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nothing but "they", "these" or "those" among the words of [first, end).</summary>
    private static bool OnlyPluralPronoun(Text.Paragraph p, int first, int end)
    {
        var any = false;
        for (var k = first; k < end; k++)
        {
            if (!p.Tokens[k].IsWord)
            {
                continue;
            }

            if (p.Tokens[k].Norm is not ("they" or "these" or "those"))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// The latest plural noun of a claim before <paramref name="before"/> in <paramref name="p"/> or in the two paragraphs
    /// before it, outside quotations ("accusations", "these allegations"), with what it says of its object up to the
    /// clause's end ("accusations of the misuse of public funds"); null when there is none.
    /// </summary>
    private (Text.Paragraph Paragraph, int First, int End)? PluralClaimBefore(Text.Paragraph p, int before)
    {
        var at = analysis.Paragraphs.IndexOf(p);
        for (var i = at; i >= 0 && i >= at - 2; i--)
        {
            var q = analysis.Paragraphs[i];
            var t = q.Tokens;
            for (var k = (i == at ? before : t.Count) - 1; k >= 0; k--)
            {
                if (q.InQuote[k] || !t[k].Norm.EndsWith('s') || !Words.NamesAClaim(t[k].Norm))
                {
                    continue;
                }

                var end = k + 1;
                if (end < t.Count && t[end].Norm is "of" or "about" or "that" or "against" or "over")
                {
                    while (end < t.Count && end < k + 25 && t[end].Norm is not ("," or "." or ";" or ":" or "?" or "!") && !t[end].IsQuote)
                    {
                        end++;
                    }
                }

                return (q, k, end);
            }
        }

        return null;
    }

    /// <summary>
    /// "He told Reuters in October that", "AMLO said his administration respected": a claim the end of an excerpt cuts
    /// off mid-sentence (the text stops on a letter or a digit, inside the claim's last word or right after it) with
    /// nothing left of it but a dangling "that" or fewer than two whole words of content, no article or preposition
    /// counted; too little to say what was claimed. (A headline, or a text of one paragraph, ends without a stop uncut.)
    /// </summary>
    private bool CutShort(Text.Paragraph p, Proposition prop)
    {
        var t = p.Tokens;
        if (prop.End != t.Count || p.IsHeading || analysis.Paragraphs.Count < 2 || analysis.Paragraphs[^1] != p)
        {
            return false;
        }

        var text = analysis.Text.AsSpan().TrimEnd();
        if (text.Length == 0 || t[prop.End - 1].End < text.Length || !char.IsLetterOrDigit(text[^1]))
        {
            return false;
        }

        if (t[prop.End - 1].Norm == "that")
        {
            return true;
        }

        var whole = 0;
        for (var k = prop.First; k < prop.End - 1; k++)
        {
            whole += t[k].IsWord && !Words.Determiners.Contains(t[k].Norm) && !Words.Prepositions.Contains(t[k].Norm) && t[k].Norm is not ("that" or "and" or "'s") ? 1 : 0;
        }

        return whole < 2;
    }

    /// <summary>
    /// "Grace Iringe-Koko said this in a statement on Thursday": "this" or "so" and nothing but where or when it was said
    /// is no claim of its own (what "this" points at was attributed where it stands).
    /// </summary>
    private static bool SaidThisOnly(Text.Paragraph p, Proposition prop)
    {
        var t = p.Tokens;
        return prop.Stance == Stance.Said && t[prop.First].Norm is "this" or "so" &&
            (prop.First + 1 == prop.End || Words.Prepositions.Contains(t[prop.First + 1].Norm));
    }

    /// <summary>
    /// A denial read from the content alone that the verb undoes: "she hoped the port was not a haven" is a wish;
    /// "accused him of not paying", "alleged the board had not disclosed the cost" put a negation inside an accusation.
    /// "vowed not to sell the land", "promised that taxes would not rise" commit to a negation. None refutes anything.
    /// </summary>
    private static bool RefutesNothing(Finding f, Proposition prop) =>
        !f.Trigger.Denial && !f.Denies &&
        (f.Trigger.Lemma is "hope" or "wish" ||
         (prop.NegationAt >= 0 && f.Trigger.Lemma is "accuse" or "allege" or "complain" or "criticize" or "condemn" or "promise" or "vow" or "pledge") ||
         (prop.NegationAt >= 0 && f.PrefixIsSubject && f.Trigger.Lemma is "call" or "brand" or "label" or "term")); // "called the book “trash from an author no one has heard of”"

    /// <summary>
    /// "The FT reported that Merkel did not believe …", "the paper alleged the minister had not declared …": an outlet that
    /// reports a negative fact tells news and refutes no one; what it reports is said. So is what an outlet is the source of
    /// ("According to a report by Drop Site News, officials said Trump's statements were based on false information").
    /// "The report said that … Trump did not urge Takaichi …": whatever its verb, an outlet that is its own intermediary is
    /// telling news too ("The paper said its story was not fabricated" keeps its verdict: a denial).
    /// </summary>
    private bool OutletReportsNegative(Text.Paragraph cp, Finding f, Proposition prop, List<string> reportedBy) =>
        !f.Trigger.Denial && !f.Denies &&
        (prop.NegationAt >= 0 && (f.Trigger.Lemma is "report" or "reveal" or "allege" or "suggest" || (reportedBy.Contains(f.SpeakerId) && !Words.FalsehoodIn(cp.Tokens, prop.First, prop.End) && !AboutItself(cp, f, prop))) ||
         f.Trigger.Kind == TriggerKind.According) &&
        analysis.Entities.TryGetValue(f.SpeakerId, out var e) && e.IsMedia;

    /// <summary>"The Gazette said it had not received any money": an outlet's clause about itself answers for it, a denial.</summary>
    private static bool AboutItself(Text.Paragraph p, Finding f, Proposition prop)
    {
        var t = p.Tokens;
        var k = prop.First < prop.End && t[prop.First].Norm == "that" ? prop.First + 1 : prop.First;
        return k < prop.End && (t[k].Norm is "it" or "its" or "we" or "our" ||
            (t[k].Norm == "the" && k + 1 < prop.End && Lexicon.Current.OutletNouns.Contains(t[k + 1].Norm)) ||
            (p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]].EntityId == f.SpeakerId));
    }

    /// <summary>
    /// The subject of a verb of deceiving that the speaker rejects by it: a report, a text or an outlet ("These reports seek
    /// to mislead", "Epoca is trying to mislead its readers"); a person accused of misleading ("the mayor misled the
    /// council") is an accusation, which is said.
    /// </summary>
    private bool CanBeRejected(Text.Paragraph p, int first, int end)
    {
        var lexicon = Lexicon.Current;
        for (var k = first; k < end; k++)
        {
            var n = p.Tokens[k].Norm;
            if (Words.NamesAClaim(n) || lexicon.DocumentNouns.Contains(n) || lexicon.OutletNouns.Contains(n) ||
                (p.MentionAt[k] >= 0 && analysis.Entities.TryGetValue(p.Mentions[p.MentionAt[k]].EntityId, out var e) && e.IsMedia))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends the statements of <paramref name="attributed"/> to <paramref name="output"/>, in order.</summary>
    public void Run(IReadOnlyList<AttributedStatement> attributed, List<ExtractedStatement> output)
    {
        foreach (var st in attributed)
        {
            var (p, f) = (st.Paragraph, st.Finding);
            var start = p.Tokens[f.EvidenceFirst].Start;
            var end = p.Tokens[f.EvidenceEnd - 1].End;
            string? evidence = null; // cut from the text only once a statement is kept
            var first = true;
            var cp = f.ContentParagraph ?? p; // "Okafor denied it." denies what the paragraph before said
            if (f.Trigger.Lemma is "say" or "add" or "tell" && PropositionSplitter.QuestionOnly(cp.Tokens, f.ContentFirst, f.ContentEnd))
            {
                continue; // "“Are we living in Nazi Germany?” he said": a lone question said asserts nothing ("…?" posed Mutua still accuses)
            }

            foreach (var split in PropositionSplitter.Split(cp, f.ContentFirst, f.ContentEnd, f.Trigger.Denial || f.Denies))
            {
                var prop = split;
                if (first && f.PrefixFirst >= 0 && prop.Stance == Stance.Said && PropositionSplitter.FalseReportTopic(cp, f.PrefixFirst, f.PrefixEnd) is var (topicFirst, topicEnd))
                {
                    // “The circulation of entirely unfounded news regarding the health of the Holy Father,” he stated, “is
                    // gravely irresponsible”: the report the first half names false is denied.
                    prop = new Proposition(topicFirst, topicEnd, Stance.Denied);
                }
                else if (first && f.PrefixFirst >= 0 && prop.SubjectFirst < 0)
                {
                    // “The terminal,” she said, “will open …”; "Cuba, which he called a failing nation": Cuba is a failing nation
                    prop = prop with { SubjectFirst = f.PrefixFirst, SubjectEnd = f.PrefixEnd, SubjectHasVerb = !f.PrefixIsSubject };
                }

                first = false;
                if (prop.Stance == Stance.Denied && (RefutesNothing(f, prop) || OutletReportsNegative(cp, f, prop, st.ReportedBy) || (prop.DeceiverEnd >= 0 && !CanBeRejected(cp, prop.First, prop.DeceiverEnd))))
                {
                    // A verdict cut its subject off ("… statements were based on false information" → "… statements"): what
                    // is said is the whole clause again.
                    prop = prop.NegationAt < 0 && prop.DeceiverEnd < 0 && prop.First == f.ContentFirst && prop.End < f.ContentEnd && OutletReportsNegative(cp, f, prop, st.ReportedBy)
                        ? new Proposition(prop.First, f.ContentEnd, Stance.Said)
                        : prop with { Stance = Stance.Said, NegationAt = -1 };
                }

                if (prop.End <= prop.First || SaidThisOnly(cp, prop) || CutShort(cp, prop))
                {
                    continue;
                }

                var minKeyWords = prop.Stance == Stance.Denied ? 1 : 2;
                var (claim, claimId, keyWords) = _normalizer.Normalize(cp, prop, f.ReadAs ?? f.SpeakerId, minKeyWords, f.Joint);
                if ((keyWords < minKeyWords || NoTruthIn(cp, prop.First, prop.End)) && prop.Stance == Stance.Denied && Demonstrative(cp, prop.First, prop.End) &&
                    _lastOther is { } other && other.Speaker != f.SpeakerId && analysis.Paragraphs.IndexOf(p) - analysis.Paragraphs.IndexOf(other.Paragraph) is >= 0 and <= 2)
                {
                    // "“There's no fact to that,” Mr Street wrote in response to RIP's claim": what "that" denies is what the
                    // other side said last.
                    (claim, claimId, keyWords) = _normalizer.Normalize(other.Paragraph, new Proposition(other.First, other.End, Stance.Denied), f.SpeakerId, minKeyWords, f.Joint);
                }

                if (keyWords < minKeyWords && prop.Stance == Stance.Denied && OnlyPluralPronoun(cp, prop.First, prop.End) &&
                    PluralClaimBefore(cp, f.ContentFirst) is var (cParagraph, cFirst, cEnd))
                {
                    // "“They are false,” said spokesman Gary Gartner" after "… responding to accusations of misusing public
                    // funds": "they" stands for the claims the text named last.
                    (claim, claimId, keyWords) = _normalizer.Normalize(cParagraph, new Proposition(cFirst, cEnd, Stance.Denied), f.SpeakerId, minKeyWords, f.Joint);
                }

                if (keyWords < minKeyWords || !_emitted.Add((f.SpeakerId, claimId, start)))
                {
                    continue;
                }

                evidence ??= analysis.Text[start..end];
                output.Add(new ExtractedStatement(f.SpeakerId, prop.Stance, claimId, claim, evidence, start, end, st.ReportedBy, st.About) { Rule = f.Rule });
                if (prop.Stance == Stance.Said && prop.SubjectFirst < 0)
                {
                    _lastOther = (cp, prop.First, prop.End, f.SpeakerId);
                }
            }
        }
    }
}
