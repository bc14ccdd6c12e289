using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// Paragraph rules whose speaker is known before the paragraph is read: a transcript answer ("A: …", the interviewee's)
/// and the first paragraph of a quotation that runs over two ("“… / “… last paragraph,” the president said.").
/// Every sentence of the paragraph is the speaker's, questions and refusals excepted.
/// </summary>
internal static class WholeParagraph
{
    /// <summary>Rule name for a Q:/A: transcript answer.</summary>
    public const string TranscriptAnswer = "transcript-answer";

    /// <summary>Rule name for the opening paragraph of a quotation closed in the next paragraph.</summary>
    public const string OpenQuotation = "open-quotation";

    /// <summary>The rule of the quoted paragraphs a colon lead-in introduces ("The statement read:").</summary>
    public const string QuotedBlock = "quoted-block";

    /// <summary>The paragraph opens a quotation it does not close (the next paragraph continues it).</summary>
    public static bool LeavesQuotationOpen(Paragraph p) => p.Tokens.Count > 0 && p.Tokens[0].IsQuote && Spans.QuoteOpeningAt(p, 0) is null;

    /// <summary>The paragraph's sentences (after <paramref name="skip"/> leading tokens) as the speaker's findings.</summary>
    public static IEnumerable<(Sentence Sentence, Finding Finding)> Findings(Paragraph p, string speaker, int skip, string rule, int limit = int.MaxValue)
    {
        foreach (var s in p.Sentences)
        {
            if (s.First >= limit)
            {
                yield break;
            }

            var first = s.First == 0 ? skip : s.First;
            while (first < s.End && p.Tokens[first].IsQuote)
            {
                first++;
            }

            var end = Spans.TrimEnd(p, first, Math.Min(s.End, limit));
            while (end > first && p.Tokens[end - 1].IsQuote)
            {
                end = Spans.TrimEnd(p, first, end - 1);
            }

            if (end - first < 3 || (s.End > 0 && p.Tokens[s.End - 1].Norm == "?") || Spans.RefusesComment(p, first, end) ||
                p.Tokens[first].Norm is "if" or "unless")
            {
                continue;
            }

            var trigger = new Trigger(TriggerKind.Verb, first, "say", false);
            yield return (s, new Finding(speaker, -1, -1, first, end, first, end) { Rule = rule, Trigger = trigger });
        }
    }

    /// <summary>Rule name for a quotation credited after a dash ("“…” – Maria Okafor", "“…” -Norvell FC official statement").</summary>
    public const string DashCredit = "dash-credit";

    /// <summary>
    /// A paragraph that opens with a quotation and ends with a dash and the name it is credited to, with at most a few
    /// words after the name ("official statement", "club captain"): the dash's token and the name's mention, or null.
    /// </summary>
    public static (int Dash, Mention Name)? CreditedByDash(Paragraph p)
    {
        var t = p.Tokens;
        if (t.Count < 6 || !t[0].IsQuote)
        {
            return null;
        }

        var last = t.Count;
        while (last > 0 && t[last - 1].Norm is "." or ")")
        {
            last--;
        }

        for (var k = last - 1; k > 2 && k >= last - 8; k--)
        {
            if (p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is var m && m.First == k && k >= 2 &&
                t[k - 1].Norm is "-" or "\u2013" or "\u2014" && t[k - 2].IsQuote && !p.InQuote[k])
            {
                for (var j = m.End; j < last; j++)
                {
                    if (!t[j].IsWord || SpeechLexicon.IsVerb(t[j].Norm))
                    {
                        return null;
                    }
                }

                return (k - 1, m);
            }
        }

        return null;
    }

    /// <summary>An interview printed as "Q: … / A: …" (at least two of each).</summary>
    public static bool IsTranscript(IEnumerable<Paragraph> paragraphs)
    {
        int q = 0, a = 0;
        foreach (var p in paragraphs)
        {
            var label = LineLabel(p);
            q += label is "q" or "question" ? 1 : 0;
            a += label is "a" or "answer" ? 1 : 0;
        }

        return q >= 2 && a >= 2;
    }

    /// <summary>"q" / "question" / "a" / "answer" for a paragraph opening "Q:", else another label or null.</summary>
    public static string? LineLabel(Paragraph p) =>
        p.Tokens.Count > 2 && p.Tokens[1].Norm == ":" && p.Tokens[0].Cap ? p.Tokens[0].Norm : null;
}
