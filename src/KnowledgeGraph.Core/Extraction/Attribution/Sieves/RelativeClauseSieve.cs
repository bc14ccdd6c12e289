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
        if (w > s.First && p.Tokens[w].Norm is "who" or "which")
        {
            var subject = SourceFinder.AppositiveHead(p, w, s.First) ?? SourceFinder.MentionBefore(p, w, s.First);
            return SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, subject));
        }

        return SieveOutcome.Pass;
    }
}
