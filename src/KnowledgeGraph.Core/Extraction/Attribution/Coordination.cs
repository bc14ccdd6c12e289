using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>
/// Names joined into one subject: "Britain, France and Germany said …", "Channing and Jenna insisted …", and the list a
/// plural noun introduces ("Western governments, including the United States, Britain and France, condemned …").
/// Each name of such a subject speaks; a later "they" speaks for all of them.
/// </summary>
internal static class Coordination
{
    /// <summary>
    /// The names of the coordinated subject that opens at mention <paramref name="first"/>, in text order, and the token
    /// after the last; null unless at least two names of one sort (all people, or all organisations and places) are joined
    /// by commas, "and" or "&amp;", each followed by a separator or the end of the list.
    /// </summary>
    public static (List<string> Ids, int End)? At(Paragraph p, int first, ArticleAnalysis analysis)
    {
        if (first < 0 || first >= p.Tokens.Count || p.MentionAt[first] < 0)
        {
            return null;
        }

        var t = p.Tokens;
        var m = p.Mentions[p.MentionAt[first]];
        if (m.First != first || !analysis.Entities.TryGetValue(m.EntityId, out var head))
        {
            return null;
        }

        var people = head.Kind == EntityKind.Person;
        List<string> ids = [m.EntityId];
        var end = m.End;
        var joined = false;
        while (!joined)
        {
            // "Igor Kolyapin, chairperson of the committee, and Yuri Dzhibladze, director of the centre, said": past a name's
            // description set off by commas, to the "and" after it.
            var k = AppositiveEnd(p, end) is var close and > 0 && t[close].Norm == "and" ? close : end;
            var andHere = false;
            while (k < t.Count && t[k].Norm is "," or "and" or "&")
            {
                andHere |= t[k].Norm is "and" or "&";
                k++;
            }

            joined |= andHere;

            // "… and U.S. Olympic silver medallist Galen Rupp": a country before a role only describes the next person.
            var country = -1;
            if (people && andHere && k > end && k < t.Count && p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is { } place && place.First == k &&
                analysis.Entities.TryGetValue(place.EntityId, out var where) && where.Kind == EntityKind.Place && place.End + 1 < t.Count &&
                t[place.End].IsWord && !p.InQuote[place.End] && (TitleWord(p, place.End) || RoleAdjective(p, place.End)))
            {
                country = k;
                k = place.End;
            }

            // "Quintbank and its partner Norvell Group": a possessive before the role that describes the next name.
            if (andHere && k + 2 < t.Count && t[k].Norm is "its" or "their" or "his" or "her" && !p.InQuote[k] && !t[k + 1].Cap && TitleWord(p, k + 1))
            {
                k++;
            }

            // "… and union leader Daniel Ekwueme", "… and the Foreign Minister X": a title or role before the next name.
            // "… and House Speaker Arthur Lira": a capitalised word that opens a title is part of it.
            for (var skipped = 0; k > end && k < t.Count && skipped < (country >= 0 ? 5 : 3) && p.MentionAt[k] < 0 &&
                (TitleWord(p, k) || OpensTitle(p, k) || RoleAdjective(p, k)); skipped++)
            {
                k++;
            }

            if (country >= 0 && (k >= t.Count || p.MentionAt[k] < 0 || !analysis.Entities.TryGetValue(p.Mentions[p.MentionAt[k]].EntityId, out var described) ||
                described.Kind != EntityKind.Person))
            {
                return null;
            }

            if (k == end || k >= t.Count || p.MentionAt[k] < 0 || p.InQuote[k])
            {
                joined = false;
                break; // "Oslo, Norway, said" or "A, B said": only a list that "and" closes is one
            }

            var next = p.Mentions[p.MentionAt[k]];
            // "Claudia Sheinbaum, Mexico's president, said": an appositive, not a list; but "and" joins a person and an
            // organisation too ("The Harbour Board and Jane Roe rejected …"), never a place.
            if (next.First != k || !analysis.Entities.TryGetValue(next.EntityId, out var e) || ((e.Kind == EntityKind.Person) != people && !andHere) ||
                (e.Kind == EntityKind.Place) != (head.Kind == EntityKind.Place))
            {
                return null;
            }

            if (next.End < t.Count && t[next.End].Norm == "'s")
            {
                return null;
            }

            ids.Add(next.EntityId);
            end = next.End; // "A, B and C": the name after "and" closes the list
        }

        return joined && ids.Distinct(StringComparer.Ordinal).Count() == ids.Count ? (ids, end) : null;
    }

    /// <summary>
    /// ", chairperson of the Committee against Torture, and": a comma, a description that opens with a lower-case word or
    /// an article and holds no verb of speech, and the comma that closes it within twelve tokens; the token after that
    /// comma, else -1.
    /// </summary>
    private static int AppositiveEnd(Paragraph p, int at)
    {
        var t = p.Tokens;
        if (at + 2 >= t.Count || t[at].Norm != "," || p.InQuote[at] || !t[at + 1].IsWord || p.InQuote[at + 1] ||
            (t[at + 1].Cap && t[at + 1].Norm is not ("the" or "a" or "an")) || t[at + 1].Norm is "and" or "who" or "which" or "whose")
        {
            return -1;
        }

        for (var k = at + 2; k < t.Count && k <= at + 12; k++)
        {
            if (t[k].Norm == "," && !p.InQuote[k])
            {
                return k + 1 < t.Count ? k + 1 : -1;
            }

            if (p.InQuote[k] || SpeechLexicon.IsVerb(t[k].Norm) || t[k].Norm is ";" or ":" or "." or "and")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"Olympic" in "U.S. Olympic silver medallist": a capitalised word before a lower-case role word.</summary>
    private static bool RoleAdjective(Paragraph p, int k) =>
        p.Tokens[k].IsWord && p.Tokens[k].Cap && !p.Tokens[k].AllCaps && !p.InQuote[k] && p.MentionAt[k] < 0 && k + 1 < p.Tokens.Count &&
        p.MentionAt[k + 1] < 0 && p.Tokens[k + 1].IsWord && !p.Tokens[k + 1].Cap && TitleWord(p, k + 1);

    private static bool OpensTitle(Paragraph p, int k) =>
        p.Tokens[k].IsWord && p.Tokens[k].Cap && !p.InQuote[k] && k + 1 < p.Tokens.Count && p.MentionAt[k + 1] < 0 && p.Tokens[k + 1].Cap &&
        Entities.NameWords.IsTitle(p.Tokens[k + 1]);

    private static bool TitleWord(Paragraph p, int k)
    {
        var tok = p.Tokens[k];
        return tok.IsWord && !p.InQuote[k] && (tok.Norm == "the" || Entities.NameWords.IsTitle(tok) ||
            (!tok.Cap && !Words.Prepositions.Contains(tok.Norm) && !Words.Determiners.Contains(tok.Norm) && !Words.SubjectPronouns.Contains(tok.Norm) &&
             !SpeechLexicon.IsVerb(tok.Norm) && tok.Norm is not ("and" or "or" or "but" or "that" or "who" or "which")));
    }

    /// <summary>
    /// "Western governments, including the United States, Britain and France, condemned …": the names that a plural noun
    /// introduces with "including" or "such as", set off by commas before the noun's verb.
    /// </summary>
    public static List<string>? IncludingList(Paragraph p, Sentence s, ArticleAnalysis analysis)
    {
        var t = p.Tokens;
        for (var k = s.First + 1; k + 2 < s.End; k++)
        {
            if (t[k].Norm != "," || p.InQuote[k] || !t[k - 1].IsWord || t[k - 1].Cap || !t[k - 1].Norm.EndsWith('s'))
            {
                continue;
            }

            var at = t[k + 1].Norm is "including" ? k + 2 : t[k + 1].Norm == "such" && t[k + 2].Norm == "as" ? k + 3 : -1;
            if (at < 0)
            {
                continue;
            }

            if (at < s.End && t[at].Norm == "the")
            {
                at++;
            }

            return At(p, at, analysis) is { } list && list.End + 1 < s.End && t[list.End].Norm == "," && t[list.End + 1].IsWord ? list.Ids : null;
        }

        return null;
    }
}
