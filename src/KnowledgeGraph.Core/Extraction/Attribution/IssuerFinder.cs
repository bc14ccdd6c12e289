using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>
/// Issued documents: "X issued a statement", "a statement released by X", "X responded in a note published on …", "X filed a
/// lawsuit" (so "the suit claims …" is X's).
/// </summary>
internal sealed class IssuerFinder(AttributionContext context)
{
    /// <summary>The issuer of a statement this sentence names, or null ("the Cuban Ministry of Foreign Affairs issued a statement").</summary>
    public string? IssuerIn(Paragraph p, Sentence s)
    {
        var t = p.Tokens;
        string? issuer = null;
        for (var k = s.First + 2; k < s.End; k++)
        {
            // "The Foreign Ministry responded in a note published on Cubadebate", "Mr Abbott's office said in a statement that
            // …": the subject issued the note (a person's too, so a later "the statement said" is theirs; not an outlet's).
            // The cheap word tests first: "in a/an/its/their" is rare, the document-noun lookup ran for every token.
            if (t[k - 2].Norm == "in" && t[k - 1].Norm is "a" or "an" or "its" or "their" && SpeechLexicon.DocumentNouns.Contains(t[k].Norm) &&
                !p.InQuote[k] && context.Subjects.FindSubject(p, s.First, k - 2) is { } subject && context.Analysis.Entities.TryGetValue(subject.Id, out var e) &&
                e.Kind is EntityKind.Institution or EntityKind.Person && !e.IsMedia)
            {
                issuer = subject.Id;
                break;
            }
        }

        for (var k = s.First; k + 2 < s.End; k++)
        {
            if (!IssuingVerb(t[k].Norm) || p.InQuote[k])
            {
                continue;
            }

            if (k > s.First && SpeechLexicon.DocumentNouns.Contains(t[k - 1].Norm) && t[k + 1].Norm == "by")
            {
                var by = t[k + 2].Norm == "the" ? k + 3 : k + 2;
                if (by < s.End && p.MentionAt[by] >= 0 && context.Analysis.Entities[p.Mentions[p.MentionAt[by]].EntityId].Kind != EntityKind.Place)
                {
                    issuer = p.Mentions[p.MentionAt[by]].EntityId; // "a statement released by the Ministry …"
                }
            }
            else
            {
                var j = k + 1;
                while (j < s.End && j < k + 4 && !SpeechLexicon.DocumentNouns.Contains(t[j].Norm))
                {
                    j++;
                }

                if (j < s.End && SpeechLexicon.DocumentNouns.Contains(t[j].Norm) && SourceFinder.MentionBefore(p, k, s.First) is { } before &&
                    context.Analysis.Entities[before.Id].Kind != EntityKind.Place)
                {
                    issuer = before.Id; // "X issued a statement in which it rejects …": "it" is X
                }
                else if (j < s.End && SpeechLexicon.DocumentNouns.Contains(t[j].Norm) && t[s.First].Norm == "the" && k - s.First <= 4 &&
                    context.References.ReferencePhrase(p, s.First, k) is { } described && described.Item3 == k &&
                    context.Analysis.Entities.TryGetValue(described.Item1, out var d) && d.Kind == EntityKind.Institution)
                {
                    issuer = described.Item1; // "The hedge fund issued a statement …": the fund the article named
                }
            }
        }

        return issuer;
    }

    /// <summary>A verb that puts a document out: "issued", "released", "published", "sent", "shared", "filed", "lodged".</summary>
    private static bool IssuingVerb(string norm) => norm is "issued" or "released" or "published" or "sent" or "shared" or "filed" or "lodged";
}
