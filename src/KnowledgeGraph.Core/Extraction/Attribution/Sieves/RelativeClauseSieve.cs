namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>"Trump, who confirmed that …", "Granma, the official organ of the Party, which noted …": the name the relative describes.</summary>
internal sealed class RelativeClauseSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "relative-clause";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var w = VerbFrame.BeforeAdverbs(p, s, scope.Triggers[index].At);
        // "said the WHO denied …": the World Health Organization's acronym is a name, not the relative pronoun.
        if (w > s.First && p.Tokens[w].Norm is "who" or "which" && p.MentionAt[w] < 0)
        {
            if (Lexicon.Current.FramingNouns.Contains(p.Tokens[w - 1].Norm))
            {
                // "denied a report which claimed …": the report speaks; it is its outlet's when one is named right before
                // it ("a Miami Herald report which claimed"), else nobody's the article names.
                var outlet = w - 2 >= s.First && p.Tokens[w - 2].Norm == "'s" ? w - 3 : w - 2;
                return outlet >= s.First && p.MentionAt[outlet] >= 0 && p.Mentions[p.MentionAt[outlet]] is var m && m.End == outlet + 1
                    ? SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, (m.EntityId, m.First, m.End)))
                    : SieveOutcome.Nothing;
            }

            var subject = SourceFinder.AppositiveHead(p, w, s.First) ?? SourceFinder.MentionBefore(p, w, s.First);
            return SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, subject));
        }

        return SieveOutcome.Pass;
    }
}
