namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// "X was quoted as saying …", "X was quoted by the Gazette as saying …": X said what follows "saying"; the outlet
/// after "by" relayed it.
/// </summary>
internal sealed class QuotedAsSayingSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "quoted-as-saying";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var t = p.Tokens;
        var v = scope.Triggers[index].At;
        if (v < s.First + 3 || t[v - 1].Norm != "as" || t[v].Norm != "saying")
        {
            return SieveOutcome.Pass;
        }

        var quoted = -1;
        for (var k = v - 2; k > s.First && k >= v - 12; k--)
        {
            if (t[k].Norm == "quoted" && !p.InQuote[k])
            {
                quoted = k;
                break;
            }
        }

        if (quoted < 0 || !(Words.BeForms.Contains(t[quoted - 1].Norm) || t[quoted - 1].Norm is "been" or "being"))
        {
            return SieveOutcome.Pass;
        }

        if (Context.Subjects.FindSubject(p, s.First, quoted - 1) is not { } subject ||
            VerbFrame.Complete(Context, scope, index, subject) is not { } finding)
        {
            return SieveOutcome.Pass;
        }

        for (var k = quoted + 1; k + 1 < v - 1; k++)
        {
            if (t[k].Norm == "by" && p.MentionAt[k + 1] >= 0)
            {
                finding.Via.Add(p.Mentions[p.MentionAt[k + 1]].EntityId);
                break;
            }
        }

        return SieveOutcome.Found(finding);
    }
}
