namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// A second speech verb in a sentence that already has a statement: "X said … and added …" continues X; "…, and
/// Secretary of State Marco Rubio wrote …" starts a clause with its own subject; "…, a day after Bloomberg reported that …".
/// </summary>
internal sealed class CoordinatedVerbSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "coordinated-verb";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        if (scope.PreviousAt < 0 || scope.PreviousSpeaker is not { } previous)
        {
            return SieveOutcome.Pass;
        }

        var p = scope.Paragraph;
        var t = p.Tokens;
        var v = scope.Triggers[index].At;
        var prevAt = scope.PreviousAt;
        var subject = Context.Subjects.FindSubject(p, prevAt + 1, v, requireClauseStart: true);
        if (subject is null && Context.Subjects.FindSubject(p, prevAt + 1, v) is { } adjacent && adjacent.End >= v - 1)
        {
            subject = adjacent; // "… that a senior official from the Ministry of Justice revealed …"
        }

        if (subject is null && v - 1 > prevAt && p.MentionAt[v - 1] >= 0)
        {
            var m = p.Mentions[p.MentionAt[v - 1]];
            var before = m.First - 1;
            while (before > prevAt && before > m.First - 5 && (Entities.NameWords.Titles.Contains(t[before].Norm) || t[before].Norm == "." ||
                   (t[before].Cap && t[before].IsWord && p.MentionAt[before] < 0)))
            {
                before--; // "after Sen. Rick Scott told …": the title belongs to the name
            }

            if (before > 0 && t[before].Norm is "after" or "before" or "since" or "until" or "as" or "when" or "while" or "because")
            {
                subject = (m.EntityId, m.First, m.End); // "…, a day after Bloomberg reported that …"
            }
        }

        subject ??= (previous, -1, -1);
        return SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, subject));
    }
}
