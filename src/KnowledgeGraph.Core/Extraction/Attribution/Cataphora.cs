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

                // "A Premier League footballer today denied …" ¶ "Marlon King, who plays for Wigan Athletic, is accused …":
                // the next sentence opens with a person's name and a relative clause or an age, the one the lede described.
                if (seen == 1 && Person(a, q, later.First) is { } opening && q.Mentions[q.MentionAt[later.First]].End is var end && end + 1 < later.End &&
                    q.Tokens[end].Norm == "," && (q.Tokens[end + 1].Norm is "who" or "aged" || char.IsDigit(q.Tokens[end + 1].Norm[0])))
                {
                    return (opening, -1, -1);
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

    /// <summary>
    /// Nouns of one person who speaks for another ("his agent", "her lawyer"), by the kind of proxy they name: an agent is
    /// called a representative, a spokesman a representative or publicist, a lawyer an attorney; a lawyer is no agent.
    /// </summary>
    private static int ProxyKinds(string norm) => norm switch
    {
        "agent" => 1,
        "representative" or "rep" => 1 | 2,
        "spokesman" or "spokeswoman" or "spokesperson" or "publicist" => 2,
        "lawyer" or "attorney" => 4,
        _ => 0,
    };

    /// <summary>
    /// "… contains “a pack of lies,” the federation's president told Reuters." ¶ "“…,” Valentin Balakhnichev said.": the wire
    /// habit of giving an unnamed office holder's words first and the name with the next quotation. The person named for the
    /// first time right after the closing quotation that opens the next paragraph, before a verb of saying; else null.
    /// </summary>
    public static string? QuoteSpeakerNext(ArticleAnalysis a, Paragraph p)
    {
        var index = a.Paragraphs.IndexOf(p);
        if (index < 0 || index + 1 >= a.Paragraphs.Count)
        {
            return null;
        }

        var next = a.Paragraphs[index + 1];
        var t = next.Tokens;
        if (next.IsHeading || t.Count < 4 || !t[0].IsQuote || Spans.QuoteOpeningAt(next, 0) is not { } quote)
        {
            return null;
        }

        var k = quote.Close + 1;
        if (k >= t.Count || next.MentionAt[k] < 0 || next.Mentions[next.MentionAt[k]] is not { } m || m.First != k || m.End >= t.Count ||
            t[m.End].Norm is not ("said" or "says" or "told" or "added") || !a.Entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Person)
        {
            return null;
        }

        for (var pi = 0; pi <= index; pi++)
        {
            foreach (var earlier in a.Paragraphs[pi].Mentions)
            {
                if (earlier.EntityId == m.EntityId)
                {
                    return null; // named before: not the one the office stood for
                }
            }
        }

        return m.EntityId;
    }

    /// <summary>
    /// "Marco Velli's agent has denied …" ¶ "But his representative Paolo Ferrante moved to …": the person a sentence up to
    /// <see cref="SentencesAhead"/> sentences before or after the one holding <paramref name="at"/> names as someone's agent,
    /// lawyer, representative or spokesman ("his representative Paolo Ferrante", "her lawyer, Ann Roe,", "Ann Roe, her
    /// lawyer,", "Velli's agent Paolo Ferrante"), when <paramref name="noun"/> is such a noun and the one named is not
    /// <paramref name="principal"/>. The nouns may differ within a kind (see <see cref="ProxyKinds"/>); the possessor must
    /// be a pronoun or the principal's name.
    /// </summary>
    public static string? ProxyNamed(ArticleAnalysis a, Paragraph p, int at, string noun, string principal)
    {
        var kinds = ProxyKinds(noun);
        if (kinds == 0)
        {
            return null;
        }

        var index = a.Paragraphs.IndexOf(p);
        var here = -1;
        for (var i = 0; i < p.Sentences.Count && here < 0; i++)
        {
            here = p.Sentences[i].First <= at && at < p.Sentences[i].End ? i : -1;
        }

        if (index < 0 || here < 0)
        {
            return null;
        }

        // The nearest naming first: the sentence itself, then one after and one before, and so on (walked in place: this
        // runs for every possessive proxy a subject search meets, so it builds no list of the sentences around).
        for (var d = 0; d <= SentencesAhead; d++)
        {
            for (var side = 1; side >= (d == 0 ? 1 : -1); side -= 2)
            {
                if (Near(a, index, here, side * d) is var (q, sentence) && ProxyNaming(a, q, sentence, kinds, principal) is { } named)
                {
                    return named;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The sentence <paramref name="offset"/> sentences from sentence <paramref name="here"/> of paragraph
    /// <paramref name="index"/>, across paragraphs (at most <see cref="SentencesAhead"/> paragraphs away); null past the article.
    /// </summary>
    private static (Paragraph, Sentence)? Near(ArticleAnalysis a, int index, int here, int offset)
    {
        var pi = index;
        var si = here + offset;
        while (si < 0 && pi > 0 && index - pi < SentencesAhead)
        {
            pi--;
            si += a.Paragraphs[pi].Sentences.Count;
        }

        while (si >= a.Paragraphs[pi].Sentences.Count && pi + 1 < a.Paragraphs.Count && pi - index < SentencesAhead)
        {
            si -= a.Paragraphs[pi].Sentences.Count;
            pi++;
        }

        return si >= 0 && si < a.Paragraphs[pi].Sentences.Count ? (a.Paragraphs[pi], a.Paragraphs[pi].Sentences[si]) : null;
    }

    /// <summary>"his (longtime) agent(,) Paolo Ferrante", "Velli's agent Paolo Ferrante", "Paolo Ferrante, his agent," in a sentence.</summary>
    private static string? ProxyNaming(ArticleAnalysis a, Paragraph q, Sentence s, int kinds, string principal)
    {
        var t = q.Tokens;
        for (var k = s.First; k < s.End; k++)
        {
            if (q.InQuote[k] || (ProxyKinds(t[k].Norm) & kinds) == 0 || !OwnedBy(q, k, s.First, principal))
            {
                continue;
            }

            var after = k + 1 < s.End && t[k + 1].Norm == "," ? k + 2 : k + 1;
            if (Person(a, q, after) is { } named && named != principal)
            {
                return named; // "his representative Paolo Ferrante"
            }

            // "Paolo Ferrante, his agent,": the person right before the comma before the possessor.
            var before = k - 1;
            while (before > s.First && t[before].IsWord && !t[before].Cap && t[before].Norm is not ("his" or "her" or "their"))
            {
                before--;
            }

            if (before > s.First && t[before].Norm is "his" or "her" or "their" && t[before - 1].Norm == "," && before - 2 >= s.First &&
                q.MentionAt[before - 2] >= 0 && q.Mentions[q.MentionAt[before - 2]] is var m && m.End == before - 1 &&
                a.Entities[m.EntityId].Kind == EntityKind.Person && m.EntityId != principal)
            {
                return m.EntityId;
            }
        }

        return null;
    }

    /// <summary>The proxy noun at <paramref name="k"/> is "his/her/their" one or the principal's, up to two describing words between.</summary>
    private static bool OwnedBy(Paragraph q, int k, int first, string principal)
    {
        var t = q.Tokens;
        for (var j = k - 1; j >= first && j >= k - 3; j--)
        {
            if (t[j].Norm is "his" or "her" or "their")
            {
                return true;
            }

            if (t[j].Norm == "'s")
            {
                return j - 1 >= first && q.MentionAt[j - 1] >= 0 && q.Mentions[q.MentionAt[j - 1]].EntityId == principal;
            }

            if (!t[j].IsWord || t[j].Cap)
            {
                return false;
            }
        }

        return false;
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
