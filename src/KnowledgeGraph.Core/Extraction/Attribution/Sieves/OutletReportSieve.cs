using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>"a report in the Miami Herald that …", "a Wall Street Journal report, citing …, that …": the outlet said what follows "that".</summary>
internal sealed class OutletReportSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "outlet-report";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var trig = scope.Triggers[index];
        if (trig.Kind != TriggerKind.Report)
        {
            return SieveOutcome.Pass;
        }

        var p = scope.Paragraph;
        var s = scope.Sentence;
        if (Context.Sources.ReportSource(p, s, trig.At) is not { } r)
        {
            return SieveOutcome.Nothing;
        }

        var first = ReportedContentStart(p, s, r.That);
        var end = Spans.TrimEnd(p, first, Math.Min(scope.NextAt(index), s.End));
        end = BeforeTrailingVerdict(p, first, end);
        end = PossessiveClaimSieve.BeforeVerdictOnIt(p, first, end); // "a report by the Nikkei that … was “completely incorrect”": the verdict is Nissan's
        var t = p.Tokens;
        var evidenceEnd = end;
        if (t[r.That].Norm != "that")
        {
            // "an article titled “Chemical weapons dropped on Papua” with photograph": what the outlet said is the title.
            first = first < end && t[first].Norm == ":" ? first + 1 : first;
            if (first < end && t[first].IsQuote && Spans.QuoteOpeningAt(p, first) is { } title)
            {
                (first, end) = (title.Open + 1, Math.Min(end, title.Close));
                evidenceEnd = Math.Min(s.End, title.Close + 1);
            }
        }

        return end > first
            ? SieveOutcome.Found(new Finding(r.Source.EntityId, r.Source.First, r.Source.End, first, end, trig.At, Math.Max(end, evidenceEnd)))
            : SieveOutcome.Nothing;
    }

    /// <summary>
    /// Where what the outlet said starts after its "that": right after it, or, when the "that" is the report's relative
    /// pronoun and its own speech verb follows ("a story on the BBC that alleges that …", "a report that claims the
    /// minister …"), after that verb and its "that".
    /// </summary>
    internal static int ReportedContentStart(Paragraph p, Sentence s, int that)
    {
        var t = p.Tokens;
        var first = that + 1;
        if (t[that].Norm != "that" || first + 1 >= s.End || !SpeechVerbs.RelativeSpeechVerb(t, first, s.End))
        {
            return first;
        }

        return t[first + 1].Norm == "that" ? first + 2 : first + 1;
    }

    /// <summary>
    /// "labelled a Sunday Times report that more money is to be spent on X a ‘complete invention’": the verdict at the
    /// end is the labeller's, not the outlet's words; the content stops before it.
    /// </summary>
    private static int BeforeTrailingVerdict(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var j = Math.Max(first + 3, end - 6); j < end; j++)
        {
            if (t[j].Norm is "a" or "an" or "as" && !p.InQuote[j] && Words.VerdictIn(t, j + 1, end, 4))
            {
                return Spans.TrimEnd(p, first, j);
            }
        }

        return end;
    }
}
