using KnowledgeGraph.Extraction.Attribution;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds people and institutions the registry lacks: names after titles ("Deputy Foreign Minister Carlos …",
/// "journalist Carlos Cabrera"), before appositions ("X, son of Y", "X, Cuba's Deputy Minister …"), before speech
/// verbs ("Jane Doe said"), after introducing nouns ("the newspaper X"), and capitalised runs with an institution
/// head word ("Ministry of Justice"). Linear: each token is visited a bounded number of times.
/// </summary>
internal static partial class EntityDiscovery
{
    public static void Discover(string text, Paragraph p, bool[] covered, EntityRegistry registry, ArticleWords words, List<DiscoveredName> found)
    {
        var tokens = p.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (covered[i] || !tokens[i].IsWord || !tokens[i].Cap)
            {
                i++;
                continue;
            }

            var institutionEnd = InstitutionRun(tokens, covered, i, out var instStart);
            if (institutionEnd > i && ContinuesPersonTitle(tokens, instStart))
            {
                i = institutionEnd; // "Minister of Energy and Mines": the portfolio of a title, not an institution
                continue;
            }

            if (institutionEnd > i)
            {
                var name = Join(text, tokens, instStart, institutionEnd);
                found.Add(new DiscoveredName(instStart, institutionEnd, EntityKind.Institution, name) { Acronym = AcronymAfter(text, tokens, institutionEnd) });
                i = institutionEnd;
                continue;
            }

            if (AcronymSpeaker(tokens, i, p.IsHeading) && (SpeakerCue(tokens, i, i + 1) is not Cue.None || SpokespersonAfter(tokens, i + 1)))
            {
                found.Add(new DiscoveredName(i, i + 1, EntityKind.Institution, Join(text, tokens, i, i + 1)));
                i++;
                continue;
            }

            var end = NameRun(tokens, covered, i, registry, out var start);
            if (end <= start)
            {
                i = Math.Max(i + 1, end);
                continue;
            }

            var person = ClassifyPerson(text, tokens, covered, start, end, registry, out var role, out var country);
            if (person)
            {
                // "Professor Green" (a stage name): a one-word name the article never writes without its title keeps it.
                // An office is no part of a name ("Energy Secretary Bodman", "Senator Hill"): only a title that is not one stays.
                var first = end - start == 1 && start > 0 && tokens[start - 1].Cap && NameWords.Titles.Contains(tokens[start - 1].Norm) &&
                    !Lexicon.Current.PersonTitles.Contains(tokens[start - 1].Norm) && !words.WrittenWithoutTitle(tokens[start].Norm) ? start - 1 : start;
                found.Add(new DiscoveredName(first, end, EntityKind.Person, Join(text, tokens, first, end)) { Role = first < start ? null : role, CountryPlaceId = country });
            }
            else if (IntroducedAsInstitution(tokens, start))
            {
                found.Add(new DiscoveredName(start, end, EntityKind.Institution, Join(text, tokens, start, end)) { Acronym = AcronymAfter(text, tokens, end) });
            }
            else if (SpeakerName(text, tokens, start, end, words) is { } speaker)
            {
                found.Add(speaker);
            }
            else if (GivenNamePerson(tokens, start, end, words))
            {
                found.Add(new DiscoveredName(start, end, EntityKind.Person, Join(text, tokens, start, end)));
            }

            i = end;
        }
    }

    /// <summary>A run of capitalised words with "of/the/for/and" inside, holding an institution head word.</summary>
    private static int InstitutionRun(List<Token> tokens, bool[] covered, int i, out int start)
    {
        start = i;
        while (start < tokens.Count && tokens[start].IsWord && NameWords.NotNames.Contains(tokens[start].Norm) && tokens[start].Cap)
        {
            start++;
        }

        var end = start;
        var hasHead = false;
        var k = start;
        // A title-case headline goes on after the name ("Harbour Board Denies Sale …"): a speech verb ends the run.
        while (k < tokens.Count && tokens[k].IsWord && !covered[k] && k - start < 8 && !(k > start && SpeechLexicon.IsVerb(tokens[k].Norm)))
        {
            var t = tokens[k];
            if (hasHead && t.Cap && NameWords.Titles.Contains(t.Norm) && !NameWords.InstitutionHeads.Contains(t.Norm) &&
                k + 1 < tokens.Count && tokens[k + 1].Cap && !NameWords.InstitutionHeads.Contains(tokens[k + 1].Norm))
            {
                break; // "Superior Court Judge Robert …": the court, then a title before a name
            }

            if (t.Cap && !NameWords.NotNames.Contains(t.Norm))
            {
                hasHead |= NameWords.InstitutionHeads.Contains(t.Norm);
                k++;
                end = k;
            }
            else if (t.Norm == "and" && k == end && hasHead && ((k + 1 < tokens.Count && tokens[k + 1].Norm == "the") || NameWords.InstitutionHeads.Contains(tokens[end - 1].Norm)))
            {
                break; // "the Oshkosh Police Department and (the) Northwind company": two organisations, not one name
            }
            else if (t.Norm is "of" or "the" or "for" or "and" or "de" or "del" or "on" && k - end < 2 && k > start)
            {
                k++;
            }
            else
            {
                break;
            }
        }

        // A lone head word ("the Ministry") is a reference, not a name; "Minister of Energy and Mines" is a person's title.
        return hasHead && end - start >= 2 && !OpensWithPersonTitle(tokens, start, end) ? end : i;
    }

    /// <summary>A run of capitalised name words (with particles like "de"), skipping titles and sentence openers.</summary>
    private static int NameRun(List<Token> tokens, bool[] covered, int i, EntityRegistry registry, out int start)
    {
        start = i;
        while (start < tokens.Count && tokens[start].IsWord && tokens[start].Cap && !covered[start] &&
            (NameWords.NotNames.Contains(tokens[start].Norm) || NameWords.Titles.Contains(tokens[start].Norm) || IsDemonym(tokens[start], registry)))
        {
            start++;
        }

        var end = start;
        var k = start;
        while (k < tokens.Count && tokens[k].IsWord && !covered[k] && k - start < 6 && !(k > start && SpeechLexicon.IsVerb(tokens[k].Norm)))
        {
            var t = tokens[k];
            // A one-letter surname after a particle ("Vicente de la O Levy") is a name, not an acronym.
            var initialAfterParticle = t.AllCaps && t.Norm.Length == 1 && k > start && NameWords.NameParticles.Contains(tokens[k - 1].Norm);
            if (t.Cap && (!t.AllCaps || initialAfterParticle) && !NameWords.NotNames.Contains(t.Norm) && !NameWords.Titles.Contains(t.Norm) && !char.IsDigit(t.Norm[0]))
            {
                k++;
                end = k;
            }
            else if (NameWords.NameParticles.Contains(t.Norm) && k > start && ParticleLeadsToName(tokens, covered, k) &&
                (end == k || (end == k - 1 && NameWords.NameParticles.Contains(tokens[k - 1].Norm))))
            {
                k++; // "de", and "de la" in "Juan Ramón de la Fuente"
            }
            else
            {
                break;
            }
        }

        // A lone letter ("a post on X", "Plan B") is not a name.
        return end - start == 1 && tokens[start].Norm.Length == 1 ? start : end;
    }

    private static bool ContinuesPersonTitle(List<Token> tokens, int start) =>
        start > 1 && tokens[start - 1].Norm == "of" && tokens[start - 2].Cap && NameWords.PersonTitles.Contains(tokens[start - 2].Norm);

    private static bool OpensWithPersonTitle(List<Token> tokens, int start, int end)
    {
        // "Cuban", "Deputy", "Foreign" may precede the title word; a head word first makes it an institution.
        for (var k = start; k < end && k < start + 3; k++)
        {
            var n = tokens[k].Norm;
            if (NameWords.PersonTitles.Contains(n))
            {
                return true;
            }

            if (NameWords.InstitutionHeads.Contains(n) && !NameWords.Titles.Contains(n))
            {
                return false; // "Ministry of …"; but "Energy Secretary" and "Defense Minister" are titles
            }
        }

        return false;
    }

    /// <summary>A particle, possibly followed by a second one ("de la", "van der"), then a capitalised word.</summary>
    private static bool ParticleLeadsToName(List<Token> tokens, bool[] covered, int k)
    {
        var next = k + 1;
        if (next < tokens.Count && NameWords.NameParticles.Contains(tokens[next].Norm) && !tokens[next].Cap)
        {
            next++;
        }

        return next < tokens.Count && tokens[next].IsWord && tokens[next].Cap && !covered[next];
    }

    private static bool IsDemonym(Token t, EntityRegistry registry) => registry.CountryOfDemonym(t.Norm) is not null;

    private static bool IntroducedAsInstitution(List<Token> tokens, int start)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Norm is "the" && tokens[k].Cap)
        {
            k--; // "the newspaper The Wall Street Journal"
        }

        return k >= 0 && NameWords.InstitutionIntroducers.Contains(tokens[k].Norm) && !tokens[k].Cap;
    }

    private static string? AcronymAfter(string text, List<Token> tokens, int end)
    {
        if (end + 2 < tokens.Count && tokens[end].Norm == "(" && tokens[end + 1].AllCaps && tokens[end + 2].Norm == ")")
        {
            var t = tokens[end + 1];
            return text.Substring(t.Start, t.End - t.Start);
        }

        return null;
    }

    internal static string Join(string text, List<Token> tokens, int start, int end) =>
        text.Substring(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
}
