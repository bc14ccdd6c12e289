namespace KnowledgeGraph.Extraction;

/// <summary>Sources after "according to", introductory phrases, and the name before a relative "who".</summary>
internal sealed partial class AttributionFinder
{
    /// <summary>"Evaluating Trump's statement …, Cossio said": a participle phrase before the first comma is not the subject.</summary>
    private static int IntroEnd(Paragraph p, Sentence s, int v)
    {
        var first = p.Tokens[s.First];
        if (!first.IsWord || !first.Cap || p.MentionAt[s.First] >= 0 || !(first.Norm.EndsWith("ing", StringComparison.Ordinal) || first.Norm.EndsWith("ed", StringComparison.Ordinal)))
        {
            return s.First;
        }

        for (var k = s.First + 1; k < v; k++)
        {
            if (p.Tokens[k].Norm == "," && !p.InQuote[k])
            {
                return k + 1;
            }
        }

        return s.First;
    }

    /// <summary>The source after "according to": the first person or organisation named, else a reference ("the same source").</summary>
    private (string Id, int First, int End)? AccordingSource(Paragraph p, Sentence s, int from)
    {
        var t = p.Tokens;
        var limit = Math.Min(s.End, from + 8);
        (string, int, int)? place = null;
        for (var k = from; k < limit && t[k].Norm != ","; k++)
        {
            if (p.MentionAt[k] >= 0)
            {
                var m = p.Mentions[p.MentionAt[k]];
                if (_a.Entities[m.EntityId].Kind != Model.EntityKind.Place)
                {
                    return (m.EntityId, m.First, m.End);
                }

                place ??= (m.EntityId, m.First, m.End);
                k = m.End - 1;
            }
        }

        if (from < limit && t[from].Norm is "the" or "a" or "an" or "this" && ReferencePhrase(p, from, limit) is { } reference)
        {
            return reference;
        }

        if (from < limit && Words.SubjectPronouns.Contains(t[from].Norm) && ResolvePronoun(t[from].Norm) is { } pronoun)
        {
            return (pronoun, from, from + 1);
        }

        return place;
    }

    private (string Id, int First, int End)? MentionBefore(Paragraph p, int at, int from)
    {
        for (var k = at - 1; k >= from && k >= at - 6; k--)
        {
            if (p.MentionAt[k] >= 0)
            {
                var m = p.Mentions[p.MentionAt[k]];
                return (m.EntityId, m.First, m.End);
            }
        }

        return null;
    }
}
