using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Roles the text gives a person in a predicate rather than a title: "X is to remain as Health Secretary".</summary>
internal sealed partial class EntityResolver
{
    /// <summary>
    /// "Jeremy Hunt is to remain as Health Secretary", "Hunt remains health secretary", "Okafor was appointed port director",
    /// "Reyes became finance minister": the office after a verb of holding or taking it is a role of the person named
    /// right before, so a later "the health secretary" is that person.
    /// </summary>
    private void FindPredicateRoles()
    {
        foreach (var p in _a.Paragraphs)
        {
            var t = p.Tokens;
            foreach (var m in p.Mentions)
            {
                if (!_a.Entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Person || OfficeAfter(t, m.End) is not var (first, end))
                {
                    continue;
                }

                var words = new List<string>(end - first);
                for (var k = first; k < end; k++)
                {
                    words.Add(t[k].Norm);
                }

                AddTextRole(e, string.Join(' ', words));
            }
        }
    }

    /// <summary>
    /// "MLD Entertainment, the agency representing actress Yeonwoo, …", "QRS, a firm based in Lagos, …": the head noun of a
    /// description set off right after an organisation's name is what the text calls it, so a later "the agency said" is
    /// that organisation; so is a noun for one right before the name ("the news agency SANA"). The head is the last of the lower-case words after the article, before a participle, a
    /// preposition, a relative pronoun or the comma.
    /// </summary>
    private void FindInstitutionDescriptions()
    {
        foreach (var p in _a.Paragraphs)
        {
            var t = p.Tokens;
            foreach (var m in p.Mentions)
            {
                // "the Syrian state news agency SANA", "the carrier Quintair": a lower-case noun for an organisation right
                // before the name is what the text calls it too.
                if (m.First > 0 && t[m.First - 1] is { IsWord: true, Cap: false } before && _a.Entities.TryGetValue(m.EntityId, out var named) &&
                    named.Kind == EntityKind.Institution && Attribution.SpeechLexicon.IsInstitutionNoun(before.Norm))
                {
                    named.TextRoles.Add(before.Norm);
                }

                // "Inter-Services Public Relations (ISPR), the army's media wing,": past the acronym in brackets.
                var comma = m.End + 3 < t.Count && t[m.End].Norm == "(" && t[m.End + 2].Norm == ")" ? m.End + 3 : m.End;
                if (comma + 2 >= t.Count || t[comma].Norm != "," || t[comma + 1].Norm is not ("the" or "a" or "an") ||
                    !_a.Entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Institution)
                {
                    continue;
                }

                var head = -1;
                for (var k = comma + 2; k < t.Count && k < comma + 8; k++)
                {
                    var n = t[k].Norm;
                    if (n == "'s" && head == k - 1)
                    {
                        continue; // "the army's media wing": the owner, then the noun
                    }

                    if (!t[k].IsWord || t[k].Cap || n is "that" or "which" or "who" or "whose" || Attribution.Words.Prepositions.Contains(n) ||
                        (k > comma + 2 && (n.EndsWith("ing", StringComparison.Ordinal) || n.EndsWith("ed", StringComparison.Ordinal))))
                    {
                        break;
                    }

                    head = k;
                }

                if (head >= 0)
                {
                    e.TextRoles.Add(t[head].Norm);
                }
            }
        }
    }

    /// <summary>The office named after a verb of holding or taking it at <paramref name="k"/>, as a token range; null if none.</summary>
    private static (int First, int End)? OfficeAfter(List<Token> t, int k)
    {
        // "remains", "remained", "is to remain as", "will remain", "was appointed (as)", "was named (as)", "has been
        // appointed", "became", "becomes", "was sworn in as", "serves as", "served as".
        while (k < t.Count && t[k].Norm is "is" or "was" or "has" or "had" or "been" or "will" or "to" or "would")
        {
            k++;
        }

        if (k >= t.Count || !t[k].IsWord)
        {
            return null;
        }

        var verb = t[k].Norm;
        if (verb is "sworn" && k + 1 < t.Count && t[k + 1].Norm == "in")
        {
            k++;
        }
        else if (verb is not ("remain" or "remains" or "remained" or "appointed" or "named" or "became" or "becomes" or "serves" or "served" or "elected"))
        {
            return null;
        }

        k++;
        if (k < t.Count && t[k].Norm == "as")
        {
            k++;
        }

        if (k < t.Count && t[k].Norm is "the" or "new" or "a" or "an")
        {
            k++;
        }

        var first = k;
        var lastTitle = -1;
        while (k < t.Count && k < first + 6 && t[k].IsWord &&
            (NameWords.IsTitle(t[k]) || Lexicon.Current.PortfolioWords.Contains(t[k].Norm) || (t[k].Norm is "of" or "and" && k > first)))
        {
            if (Lexicon.Current.PersonTitles.Contains(t[k].Norm))
            {
                lastTitle = k;
            }

            k++;
        }

        return lastTitle >= first ? (first, k) : null;
    }
}
