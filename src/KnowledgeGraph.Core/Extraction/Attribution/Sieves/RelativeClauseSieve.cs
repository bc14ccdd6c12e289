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
        if (!(w > s.First && p.Tokens[w].Norm is "who" or "which"))
        {
            w = RelativeBeforeAdverbial(p, s, scope.Triggers[index].At) ?? w; // "who in the last two days has insisted"
        }

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

            var subject = SourceFinder.AppositiveHead(p, w, s.First) ?? DescriptionBefore(p, w, s.First) ?? SourceFinder.MentionBefore(p, w, s.First);
            return SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, subject));
        }

        return SieveOutcome.Pass;
    }

    /// <summary>"he contradicted the US president, who …": a description right before the comma, resolved as a reference.</summary>
    private (string Id, int First, int End)? DescriptionBefore(Text.Paragraph p, int w, int from)
    {
        var t = p.Tokens;
        if (w - 1 <= from || t[w - 1].Norm != ",")
        {
            return null;
        }

        for (var d = w - 2; d >= from && d >= w - 7; d--)
        {
            if (!t[d].IsWord)
            {
                return null;
            }

            if (t[d].Norm == "the")
            {
                return Context.References.ReferencePhrase(p, d, w - 1) is { } r && r.Item3 == w - 1 ? (r.Item1, d, w - 1) : null;
            }
        }

        return null;
    }

    /// <summary>"the president, who in the last two days has insisted …": "who" a few plain words (a time phrase, an auxiliary) before the verb.</summary>
    private static int? RelativeBeforeAdverbial(Text.Paragraph p, Text.Sentence s, int v)
    {
        var t = p.Tokens;
        for (var k = v - 1; k > s.First && k >= v - 8; k--)
        {
            if (t[k].Norm is "who" && t[k - 1].Norm == "," && p.MentionAt[k] < 0)
            {
                return k;
            }

            if (!t[k].IsWord || p.MentionAt[k] >= 0 || SpeechLexicon.IsVerb(t[k].Norm) || t[k].Norm is "that" or "and" or "but")
            {
                return null;
            }
        }

        return null;
    }
}
