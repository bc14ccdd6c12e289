using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>
/// "A senior port official told a wire agency on Monday that … . The official, Maria Okafor, spoke after …": an
/// indefinite role that opens a sentence is named a few sentences later by the same role noun set beside a person's
/// name ("the official, Maria Okafor,", "Maria Okafor, the official,", "identified as Maria Okafor"). Never a merely
/// recent name: without such a naming the role stays unresolved.
/// </summary>
internal static class Cataphora
{
    private const int SentencesAhead = 4;

    /// <summary>The person a sentence-opening "a/an … &lt;role noun&gt;" (ending before the verb at <paramref name="v"/>) is later named as.</summary>
    public static (string Id, int First, int End)? NamedLater(ArticleAnalysis a, Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        if (t[s.First].Norm is not ("a" or "an"))
        {
            return null;
        }

        var noun = -1;
        for (var k = s.First + 1; k < v && k <= s.First + 5; k++)
        {
            if (!t[k].IsWord || p.InQuote[k])
            {
                return null;
            }

            if (SpeechLexicon.PersonNouns.Contains(t[k].Norm))
            {
                noun = k;
                break;
            }
        }

        if (noun < 0)
        {
            return null;
        }

        var role = t[noun].Norm;
        var index = a.Paragraphs.IndexOf(p);
        var seen = 0;
        for (var i = index; i >= 0 && i < a.Paragraphs.Count && i <= index + 2 && seen < SentencesAhead; i++)
        {
            var q = a.Paragraphs[i];
            foreach (var later in q.Sentences)
            {
                if (q == p && later.First <= s.First)
                {
                    continue;
                }

                if (++seen > SentencesAhead)
                {
                    break;
                }

                if (Naming(a, q, later, role) is { } person)
                {
                    return (person, -1, -1);
                }
            }
        }

        return null;
    }

    /// <summary>"the official, Maria Okafor," / "Maria Okafor, the (senior) official," / "identified as Maria Okafor" in a sentence.</summary>
    private static string? Naming(ArticleAnalysis a, Paragraph q, Sentence s, string role)
    {
        var t = q.Tokens;
        for (var k = s.First; k + 2 < s.End; k++)
        {
            if (q.InQuote[k])
            {
                continue;
            }

            // "the official, Maria Okafor," (up to two describing words between "the" and the noun)
            if (t[k].Norm == role && k - 1 >= s.First && k + 2 < s.End && t[k + 1].Norm == "," && Person(a, q, k + 2) is { } named &&
                DeterminerWithin(t, k, s.First))
            {
                return named;
            }

            // "Maria Okafor, the official," / "Maria Okafor, a senior official,"
            if (Person(a, q, k) is { } first && q.Mentions[q.MentionAt[k]].End is var end && end + 2 < s.End && t[end].Norm == ",")
            {
                for (var j = end + 1; j < s.End && j <= end + 4; j++)
                {
                    if (t[j].Norm == role)
                    {
                        return first;
                    }

                    if (!t[j].IsWord)
                    {
                        break;
                    }
                }
            }

            // "… was identified as Maria Okafor"
            if (t[k].Norm == "identified" && t[k + 1].Norm == "as" && Person(a, q, k + 2) is { } identified)
            {
                return identified;
            }
        }

        return null;
    }

    private static bool DeterminerWithin(List<Token> t, int noun, int first)
    {
        for (var j = noun - 1; j >= first && j >= noun - 3; j--)
        {
            if (t[j].Norm == "the")
            {
                return true;
            }

            if (!t[j].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    private static string? Person(ArticleAnalysis a, Paragraph q, int k) =>
        k < q.Tokens.Count && q.MentionAt[k] >= 0 && q.Mentions[q.MentionAt[k]] is var m && m.First == k &&
        a.Entities[m.EntityId].Kind == EntityKind.Person ? m.EntityId : null;
}
