using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Extraction.Attribution;
using KnowledgeGraph.Extraction.Entities.Gazetteers;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Deciding whether a capitalised run is a person, and reading the role and country the text gives.</summary>
internal static partial class EntityDiscovery
{
    private static WordSet Kin => Lexicon.Current.KinNouns;

    // Modifiers that may sit in a title but do not make one ("senior Castro officials").
    private static WordSet WeakTitles => Lexicon.Current.WeakTitles;

    /// <summary>Every word of the run an English word, and none a given name or a surname.</summary>
    private static bool PlainWordsOnly(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var n = tokens[k].Norm;
            if (!tokens[k].IsWord || !IsEnglishWord(n) || Gazetteer.Default.IsGivenName(n) || Gazetteer.Default.IsSurname(n))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ClassifyPerson(string text, List<Token> tokens, bool[] covered, int start, int end, EntityRegistry registry,
        out string? role, out string? country)
    {
        role = null;
        country = null;
        // "…, the British ambassador, Tass said", "…, Zarvana news agency reported": an outlet the gazetteer knows, or a name
        // before "news agency", is no person however a title before it reads.
        if ((IntroducerAt(tokens, end) is var noun and >= 0 && Lexicon.Current.OutletNouns.Contains(tokens[noun].Norm)) ||
            Gazetteer.Default.Outlets.Match(tokens, start, tokens.Count) is { IsEmpty: false } outlet && outlet.Length == end - start)
        {
            return false;
        }

        if (end - start >= 2 && Lexicon.Current.FirmSuffixes.Contains(tokens[end - 1].Norm))
        {
            return false; // "CEO of Teles AG": a company's legal form ends no person's name, whatever title comes before
        }

        // "Recently, one official statement from Ola suggested …": an adverb opening the sentence before its comma is no
        // name, whatever reads as an apposition after it (a given name ending in "ly", "Kelly, a nurse, said", still is).
        if (end - start == 1 && end < tokens.Count && tokens[end].Norm == "," && SentenceOpener(tokens, start) && Words.LyAdverb(tokens[start].Norm) &&
            IsEnglishWord(tokens[start].Norm) && !Gazetteer.Default.IsGivenName(tokens[start].Norm) && !Gazetteer.Default.IsSurname(tokens[start].Norm))
        {
            return false;
        }

        // "the General Election", "the General Staff": "General" before a plain English word that is no name is an adjective
        if (end - start == 1 && start > 0 && tokens[start - 1].Norm == "general" && IsEnglishWord(tokens[start].Norm) &&
            !Gazetteer.Default.IsSurname(tokens[start].Norm) && !Gazetteer.Default.IsGivenName(tokens[start].Norm))
        {
            return false;
        }

        // "Director Army Public Relations, Brigadier General …": plain English words after a title, none a given name or a
        // surname, are the office's portfolio, not a name.
        if (end - start >= 2 && PlainWordsOnly(tokens, start, end))
        {
            return false;
        }

        // "MoS Home also said …", "the Health Minister": a portfolio's one word after a title is the office, no one's name.
        if (end - start == 1 && start > 0 && NameWords.IsTitle(tokens[start - 1]) && Lexicon.Current.PortfolioWords.Contains(tokens[start].Norm) &&
            !Gazetteer.Default.IsSurname(tokens[start].Norm))
        {
            return false;
        }

        if (TitleBefore(text, tokens, covered, start, registry, out role, out country))
        {
            // "President Michel Temer of Brazil": the country after the name, when none came before the title.
            country ??= end + 1 < tokens.Count && tokens[end].Norm == "of" ? CountryAt(tokens, covered, end + 1, registry) : null;
            return true;
        }

        if (end < tokens.Count && tokens[end].Norm == "," && AppositionAfter(text, tokens, covered, end + 1, registry, out role, out country))
        {
            return true;
        }

        // "The Revolutionary Government said": a description of an institution, resolved as a reference, not a person.
        // "Sony Corp said", "Northwind Co said": a corporate suffix, with or without its full stop, ends a company's name.
        var last = tokens[end - 1].Norm;
        if (end - start < 2 || NameWords.InstitutionHeads.Contains(last) || SpeechLexicon.IsInstitutionNoun(last) ||
            NameWords.CorporateSuffixes.Contains(last) || NameWords.CorporateSuffixes.Contains(last + "."))
        {
            return false;
        }

        // "Park Geun-hye", "Kong Wing-cheung": a surname and a hyphenated given name is a person's name whatever follows.
        if (end - start is 2 or 3 && HyphenatedGivenName(text, tokens[end - 1]))
        {
            return true;
        }

        // "The Cuban Minister of Energy and Mines, Vicente de la O Levy, admitted …": a name set off by commas before a speech
        // verb ("The firm which raised the alarm, Hudson Rock, said …" names the firm).
        if (start > 0 && tokens[start - 1].Norm == "," && end + 1 < tokens.Count && tokens[end].Norm == "," && tokens[end + 1].IsWord &&
            SpeechLexicon.IsVerb(tokens[end + 1].Norm) && !tokens[end + 1].Norm.EndsWith("ing", StringComparison.Ordinal) && OrganisationNounBefore(tokens, start - 1) is null)
        {
            return true;
        }

        // "Jane Doe said", "said Jane Doe", "according to Jane Doe".
        // ("Sport Bild reported …": what reports, with no given name, is a publication; read where the speaker's name is)
        if (end < tokens.Count && tokens[end].IsWord && SpeechLexicon.IsVerb(tokens[end].Norm) && !tokens[end].Norm.EndsWith("ing", StringComparison.Ordinal) &&
            !(tokens[end].Norm is "reported" or "reports" && !Gazetteer.Default.IsGivenName(tokens[start].Norm)))
        {
            return true;
        }

        // "…, says its head Syed Saddiq Syed Abdul Rahman": an owner's title between the verb and the name.
        return start > 0 && (tokens[start - 1].Norm is "said" or "told" or "says" ||
            (start > 1 && tokens[start - 1].Norm == "to" && tokens[start - 2].Norm == "according") ||
            (start > 2 && NameWords.IsTitle(tokens[start - 1]) && tokens[start - 2].Norm is "its" or "his" or "her" or "their" &&
             tokens[start - 3].Norm is "said" or "says"));
    }

    /// <summary>
    /// "The firm which raised the alarm about the leaks, |": the clause before the comma at <paramref name="comma"/> opens
    /// with "the" or "a" and an organisation's noun, then a relative pronoun; that noun, or null.
    /// </summary>
    private static string? OrganisationNounBefore(List<Token> tokens, int comma)
    {
        // "Iron and steel giant, Iscor, denied …", "The mining group, Kalmar, said": the organisation's noun right before,
        // its phrase opening the sentence ("a lawyer for the firm, Jane Roe," is the lawyer's name).
        if (comma > 0 && tokens[comma - 1].IsWord && !tokens[comma - 1].Cap &&
            (SpeechLexicon.IsCompanyNoun(tokens[comma - 1].Norm) || SpeechLexicon.IsInstitutionNoun(tokens[comma - 1].Norm)))
        {
            var k = comma - 2;
            while (k >= 0 && tokens[k].IsWord && !Words.Prepositions.Contains(tokens[k].Norm) && !SpeechLexicon.IsVerb(tokens[k].Norm) && comma - k < 8)
            {
                k--;
            }

            return k < 0 || tokens[k].Norm is "." or "!" or "?" ? tokens[comma - 1].Norm : null;
        }

        for (var k = comma - 1; k > 0 && k >= comma - 20; k--)
        {
            if (tokens[k].Norm is "," or "." or ";" or ":")
            {
                return null;
            }

            if (tokens[k].Norm is "which" or "that" or "who" && SpeechLexicon.IsInstitutionNoun(tokens[k - 1].Norm) && k >= 2 && tokens[k - 2].Norm is "the" or "a" or "an")
            {
                return tokens[k - 1].Norm;
            }
        }

        return null;
    }

    /// <summary>
    /// "Ernest C. Garlington", "Beth Rigby", "Robin van Persie": two to four capitalised words opening with a given name
    /// the gazetteer knows and ending in a word that is not an organisation's or a place's head word. A given name that
    /// is also an English word ("Mark", "Grace", "Will") needs more: a surname the gazetteer knows, or a last word the
    /// article also writes on its own ("… Garlington said").
    /// </summary>
    private static bool GivenNamePerson(List<Token> tokens, int start, int end, ArticleWords words)
    {
        if (end - start is < 2 or > 4)
        {
            return false;
        }

        var flags = Gazetteer.Default.Names.FlagsOf(tokens[start].Norm);
        var last = tokens[end - 1];
        if ((flags & NameFlags.Given) == 0 || !last.IsWord || last.Norm.Length < 2 || last.Norm.EndsWith('.') ||
            NameWords.InstitutionHeads.Contains(last.Norm) || SpeechLexicon.IsInstitutionNoun(last.Norm) || Lexicon.Current.PlaceHeads.Contains(last.Norm))
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (tokens[k].AllCaps || char.IsDigit(tokens[k].Norm[0]))
            {
                return false; // a headline in capitals, or "Ray 3"
            }
        }

        // A given name that is also a word ("Beth", "Martin", "Grace") needs a surname that is a name: a known one, one the
        // article writes alone, or one that is no English word at all ("Beth Rigby", "Martin Ney"; not "Grace Hopper").
        return !InCredit(tokens, start) &&
            ((flags & NameFlags.CommonWord) == 0 || Gazetteer.Default.IsSurname(last.Norm) || words.WrittenAlone(last.Norm) ||
             (end - start == 2 && last.Norm.Length >= 3 && last.Norm.All(char.IsLetter) && !Gazetteer.Default.Words.Contains(last.Norm) &&
              Gazetteer.Default.MatchPlace(tokens, end - 1, end).Length == 0)); // "Art Basel", "Beth Israel": a place
    }

    private static readonly string[] PersonalPronouns = ["he", "his", "him", "himself", "she", "her", "hers", "herself"];

    private const int PronounReach = 12;

    /// <summary>
    /// "Kofi Sow is expected to return to his club": two words opening a sentence before a verb, the first no English
    /// word, given name, place or demonym the gazetteers know, the second any word but an organisation's or a place's
    /// head, with "he", "his", "she" or "her" later in the sentence before any other name. A surname that is also a word
    /// ("Sow", "Mills") is then still a person's; "Quorvex Shares is expected to report its results" is not.
    /// </summary>
    private static bool ForeignSubjectPerson(List<Token> tokens, int start, int end)
    {
        if (end - start != 2 || !SentenceOpener(tokens, start) || end >= tokens.Count || !tokens[end].IsWord || tokens[end].Cap)
        {
            return false;
        }

        var verb = tokens[end].Norm;
        if (Array.IndexOf(Auxiliaries2, verb) < 0 && !(verb.Length > 4 && verb.EndsWith("ed", StringComparison.Ordinal)) && !SpeechLexicon.IsVerb(verb))
        {
            return false;
        }

        var g = Gazetteer.Default;
        var first = tokens[start];
        var last = tokens[end - 1];
        if (first.AllCaps || last.AllCaps || first.Norm.Length < 3 || last.Norm.Length < 2 || !first.Norm.All(char.IsLetter) || !last.Norm.All(c => char.IsLetter(c) || c is '-' or '\'') ||
            IsEnglishWord(first.Norm) || g.IsGivenName(first.Norm) || g.CountryOfDemonym(first.Norm) is not null || g.CountryOfDemonym(last.Norm) is not null ||
            g.MatchPlace(tokens, start, start + 1).Length > 0 || g.MatchPlace(tokens, end - 1, end).Length > 0 ||
            NameWords.InstitutionHeads.Contains(last.Norm) || Lexicon.Current.PlaceHeads.Contains(last.Norm) || SpeechLexicon.IsInstitutionNoun(last.Norm) ||
            NameWords.IsTitle(first) || NameWords.IsTitle(last))
        {
            return false;
        }

        for (var k = end + 1; k < tokens.Count && k <= end + PronounReach; k++)
        {
            var t = tokens[k];
            if (t.Norm is "." or "!" or "?" or ";" || (t.IsWord && t.Cap))
            {
                return false;
            }

            if (t.IsWord && Array.IndexOf(PersonalPronouns, t.Norm) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] CreditWords = ["reporting", "editing", "writing", "written", "edited", "compiled", "article", "story", "photo", "photos", "photograph", "pictures", "video", "graphic"];

    /// <summary>
    /// A name in a credit rather than the story: "© Jane Doe, AP", "(AP Photo/Jane Doe)", "Reporting by Jane Doe; editing by
    /// John Roe", "This article by Jane Doe and John Roe", "By Jane Doe", or a live-blog entry's "07:58, Jane Doe".
    /// </summary>
    private static bool InCredit(List<Token> tokens, int start)
    {
        var k = start - 1;
        // "by Jane Doe and John Roe": walk back over the names before "and" or a comma.
        while (k > 0 && tokens[k].Norm is "and" or "," && tokens[k - 1].IsWord && tokens[k - 1].Cap)
        {
            k -= 2;
            while (k >= 0 && tokens[k].IsWord && (tokens[k].Cap || NameWords.NameParticles.Contains(tokens[k].Norm)))
            {
                k--;
            }
        }

        if (k < 0)
        {
            return false;
        }

        var previous = tokens[k].Norm;
        if (previous is "\u00A9" or "/" || (previous == "by" && (k == 0 || !tokens[k - 1].IsWord || Array.IndexOf(CreditWords, tokens[k - 1].Norm) >= 0)))
        {
            return true;
        }

        // "07:58 , Jane Doe": nothing before the name in its paragraph but a time.
        var time = false;
        for (var j = 0; j < start; j++)
        {
            if (tokens[j].IsWord && !char.IsDigit(tokens[j].Norm[0]))
            {
                return false;
            }

            time |= tokens[j].IsWord;
        }

        return time;
    }

    /// <summary>The title the text puts before a known name, or null.</summary>
    internal static string? RoleBefore(string text, List<Token> tokens, bool[] covered, int start, EntityRegistry registry) =>
        TitleBefore(text, tokens, covered, start, registry, out var role, out _) ? role : null;

    /// <summary>
    /// "Police Public Relations Officer, Moshood Jimoh denied …": the capitalised title ending at <paramref name="last"/> opens
    /// its sentence (up to five uncovered capitalised words back to the paragraph's start or a full stop): where it opens,
    /// else -1.
    /// </summary>
    private static int CapitalisedTitleOpens(List<Token> tokens, bool[] covered, int last)
    {
        var k = last;
        while (k > 0 && last - k < 5 && tokens[k - 1].IsWord && tokens[k - 1].Cap && !covered[k - 1])
        {
            k--;
        }

        return k == 0 || tokens[k - 1].Norm is "." or "!" or "?" ? k : -1;
    }

    /// <summary>
    /// "Cuba's Deputy Foreign Minister X", "Cuban Deputy Minister of Foreign Affairs X", "journalist X"; an office before a
    /// courtesy ("Minister for Energy Sardar Awais Leghari", "his Counsel, Mr Gabby Ochere-Darko") is the role, else the
    /// courtesy itself.
    /// </summary>
    private static bool TitleBefore(string text, List<Token> tokens, bool[] covered, int start, EntityRegistry registry, out string? role, out string? country)
    {
        var courtesy = start;
        while (courtesy > 1 && tokens[courtesy - 1] is { IsWord: true, Cap: true } t && !covered[courtesy - 1] && Lexicon.Current.CourtesyTitles.Contains(t.Norm.TrimEnd('.')))
        {
            courtesy--;
        }

        return (courtesy < start && OfficeBefore(text, tokens, covered, courtesy, registry, out role, out country)) ||
            OfficeBefore(text, tokens, covered, start, registry, out role, out country);
    }

    private static bool OfficeBefore(string text, List<Token> tokens, bool[] covered, int start, EntityRegistry registry, out string? role, out string? country)
    {
        role = null;
        country = null;
        var k = start - 1;
        if ((AppositiveOffice(tokens, covered, k) is var (o1, c1) && o1 >= 0 ? (o1, c1) : LowerCaseOffice(tokens, covered, k)) is var (officeStart, comma) && officeStart >= 0)
        {
            // "The Minister of Information and Culture, Alhaji Lai Mohammed, has …": the office named before the comma.
            role = Join(text, tokens, officeStart, comma);
            country = CountryBefore(tokens, covered, officeStart, registry, text);
            for (var j = officeStart + 1; country is null && j < comma; j++)
            {
                if (tokens[j - 1].Norm == "of" && covered[j])
                {
                    var end = j;
                    while (end < comma && covered[end])
                    {
                        end++;
                    }

                    country = CountryBefore(tokens, covered, end, registry, text); // "the permanent representative of Cuba to …"
                }
            }

            return true;
        }

        if (k > 0 && tokens[k].Norm == "," && NameWords.IsTitle(tokens[k - 1]) && tokens[k - 1].Cap && CapitalisedTitleOpens(tokens, covered, k - 1) is var opens and >= 0)
        {
            role = Join(text, tokens, opens, k); // "Police Public Relations Officer, Moshood Jimoh denied …": the whole capitalised office
            return true;
        }

        if (k > 0 && tokens[k].Norm == "," && NameWords.IsTitle(tokens[k - 1]) && !tokens[k - 1].Cap)
        {
            start = k; // "His lawyer, Rebecca Stein": the title stands before the comma
            k--;
        }

        var roleStart = start;
        var sawTitle = false;
        while (k >= 0 && start - k <= 9)
        {
            var t = tokens[k];
            if (t.IsWord && !covered[k] && NameWords.IsTitle(t))
            {
                sawTitle |= !WeakTitles.Contains(t.Norm);
                roleStart = k;
            }
            else if (t.IsWord && covered[k] && k > 0 && (tokens[k - 1].Norm == "of" || covered[k - 1]) && roleStart == k + 1)
            {
                roleStart = k; // "Minister of Foreign Affairs": a generic ministry inside the title
            }
            else if (t.Norm == "of" && roleStart == k + 1 && roleStart < start && k > 0 && NameWords.IsTitle(tokens[k - 1]))
            {
                roleStart = k;
            }
            else if (t.IsWord && !covered[k] && roleStart == k + 1 && tokens[k + 1].Norm == "officer" && k > 0 && tokens[k - 1].Norm == "chief")
            {
                roleStart = k; // "chief legal officer Steve Zipperstein", "Chief Operating Officer": the office's own word
            }
            else if (roleStart == k + 1 && roleStart < start && k > 0 && (t.Norm is "and" or "&" ? tokens[k - 1].Cap && PortfolioWord(tokens[k - 1]) :
                     t.Norm == "for" ? tokens[k - 1].Cap && NameWords.IsTitle(tokens[k - 1]) :
                     !covered[k] && PortfolioWord(t) && tokens[k + 1].Norm is "and" or "&"))
            {
                roleStart = k; // "Minister for Forests and Energy P. Ramachandra Reddy": the portfolio's "and", its words and "for"
            }
            else if (roleStart == k + 1 && roleStart < start && t.Cap && !covered[k] && Lexicon.Current.PortfolioWords.Contains(t.Norm) && NameWords.IsTitle(tokens[k + 1]))
            {
                roleStart = k; // "Environment Minister Melissa Price", "Health Secretary X": the portfolio before the title is part of it
            }
            else if (roleStart == start && k == start - 1 && PortfolioBefore(tokens, covered, k) is var portfolio and >= 0)
            {
                roleStart = portfolio; // "Commissioner for Information Ogbonna Ude": the portfolio's words belong to the title
                k = portfolio;
            }
            else
            {
                break;
            }

            k--;
        }

        if (!sawTitle || roleStart == start)
        {
            return false;
        }

        role = Join(text, tokens, roleStart, start).TrimEnd(',', ' ');
        country = CountryBefore(tokens, covered, roleStart, registry, text);
        return true;
    }

    /// <summary>
    /// "The permanent representative of Cuba to the United Nations, X,": a lower-case office after "the" opening the
    /// sentence or a clause, with "of" and the country or organisation it serves, then a comma and the name at k + 1. The
    /// office's first word and the comma, or (-1, -1).
    /// </summary>
    private static (int, int) LowerCaseOffice(List<Token> tokens, bool[] covered, int k)
    {
        var comma = k;
        if (comma < 4 || tokens[comma].Norm != "," || k + 1 >= tokens.Count || NameWords.IsTitle(tokens[k + 1]) || !tokens[k + 1].Cap)
        {
            return (-1, -1);
        }

        var sawOf = false;
        var m = comma - 1;
        for (; m >= 0 && comma - m <= 12; m--)
        {
            if (tokens[m].Norm is "the" && (m == 0 || tokens[m - 1].Norm is "." or "," or ":" or ";" || tokens[m - 1].IsQuote))
            {
                break; // the phrase opens here
            }

            if (!(covered[m] || tokens[m].Norm is "of" or "to" or "for" or "the" || (tokens[m].IsWord && !tokens[m].Cap)))
            {
                return (-1, -1);
            }

            sawOf |= tokens[m].Norm == "of";
        }

        if (m < 0 || tokens[m].Norm != "the" || !sawOf)
        {
            return (-1, -1);
        }

        // The head: a person's title among the first three words ("the permanent representative", "the deputy minister").
        for (var h = m + 1; h < comma && h <= m + 3 && tokens[h].IsWord && !tokens[h].Cap && !covered[h]; h++)
        {
            if (Lexicon.Current.PersonTitles.Contains(tokens[h].Norm) || tokens[h].Norm == "representative")
            {
                return (m + 1, comma);
            }
        }

        return (-1, -1);
    }

    /// <summary>
    /// "The Minister of Information and Culture, (Alhaji) X": an office of a capitalised person title and its portfolio,
    /// after "the" or at a sentence start, then a comma, then (an honorific and) the name at k + 1. The office's first
    /// token and the comma, or (-1, -1).
    /// </summary>
    private static (int, int) AppositiveOffice(List<Token> tokens, bool[] covered, int k)
    {
        var comma = k;
        while (comma > 0 && ((tokens[comma].IsWord && tokens[comma].Cap && (Honorific(tokens[comma].Norm) || tokens[comma].Norm.TrimEnd('.') is "prof" or "alhaji" or "alhaja" or "hajiya" or "mallam" or "chief")) ||
               tokens[comma].Norm == "."))
        {
            comma--; // "Alhaji", "Dr", "Chief" between the comma and the name
        }

        if (comma < 2 || tokens[comma].Norm != "," || k + 1 >= tokens.Count || NameWords.IsTitle(tokens[k + 1]))
        {
            return (-1, -1); // "…, Brigadier General X": a rank is no name
        }

        var office = -1;
        var m = comma - 1;
        for (; m >= 0 && comma - m <= 8; m--)
        {
            if (covered[m])
            {
                return (-1, -1); // "Media Officer of Heartland FC, X": an organisation's role, read elsewhere
            }

            if (tokens[m].IsWord && tokens[m].Cap)
            {
                office = Lexicon.Current.PersonTitles.Contains(tokens[m].Norm) ? m : office;
                continue;
            }

            if (tokens[m].Norm is not ("of" or "for" or "and"))
            {
                break;
            }
        }

        // The office opens the phrase ("The Minister of …", after a capitalised "The" at most) and ends in a capitalised
        // word, with only "of/for/and" between.
        return office >= 0 && office == m + 1 + (m + 1 < comma && tokens[m + 1].Norm == "the" ? 1 : 0) ? (office, comma) : (-1, -1);
    }

    /// <summary>
    /// The "of" or "for" that opens the portfolio ending at <paramref name="k"/>: up to three capitalised English words
    /// ("Information", "Home Affairs", "Public Prosecutions") after "of"/"for" after a capitalised title; else -1.
    /// </summary>
    private static int PortfolioBefore(List<Token> tokens, bool[] covered, int k)
    {
        // "Minister for Forests and Energy X": an "and" between portfolio words is the portfolio's too.
        var j = k;
        while (j >= 0 && k - j < 5 && !covered[j] && (PortfolioWord(tokens[j]) || (j < k && j > 0 && tokens[j].Norm is "and" or "&" && PortfolioWord(tokens[j - 1]))))
        {
            j--;
        }

        return j < k && j > 0 && tokens[j].Norm is "of" or "for" && tokens[j - 1].Cap && NameWords.IsTitle(tokens[j - 1]) ? j : -1;
    }

    /// <summary>", son of Raúl Castro", ", Cuba's Deputy Minister of Foreign Affairs,", ", the company's chief executive,".</summary>
    private static bool AppositionAfter(string text, List<Token> tokens, bool[] covered, int k, EntityRegistry registry, out string? role, out string? country)
    {
        role = null;
        country = null;
        if (k + 1 < tokens.Count && Kin.Contains(tokens[k].Norm) && tokens[k + 1].Norm == "of")
        {
            return true;
        }

        var limit = Math.Min(tokens.Count, k + 12);
        var titleAt = -1;
        for (var j = k; j < limit && j < k + 5; j++)
        {
            if (tokens[j].Norm is "," or "." or ";" || (tokens[j].IsWord && SpeechLexicon.IsVerb(tokens[j].Norm)))
            {
                break;
            }

            if (tokens[j].IsWord && NameWords.IsTitle(tokens[j]) && !covered[j])
            {
                titleAt = j;
                break;
            }
        }

        if (titleAt < 0)
        {
            return false;
        }

        var roleEnd = titleAt;
        while (roleEnd < limit && tokens[roleEnd].IsWord && (NameWords.IsTitle(tokens[roleEnd]) || tokens[roleEnd].Norm == "of" || covered[roleEnd]))
        {
            roleEnd++;
        }

        // "… with Quintbank, the chairman said": a description followed by its own verb of speech is the speaker of
        // the sentence, not an apposition to the name before the comma.
        if (roleEnd < tokens.Count && tokens[roleEnd].IsWord && SpeechLexicon.IsVerb(tokens[roleEnd].Norm) &&
            !tokens[roleEnd].Norm.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        // "the UPDF Commander of Land Forces, Lt Gen Muhoozi Kainerugaba, …": a title right before a name is that name's,
        // not an apposition to the words before the comma.
        if (roleEnd < tokens.Count && tokens[roleEnd].IsWord && tokens[roleEnd].Cap && !covered[roleEnd] && !NameWords.NotNames.Contains(tokens[roleEnd].Norm))
        {
            return false;
        }

        role = Join(text, tokens, titleAt, roleEnd);
        country = CountryBefore(tokens, covered, titleAt, registry, text);
        return true;
    }

    /// <summary>The country whose registry name starts at <paramref name="at"/> ("Brazil", "the United States"), or null.</summary>
    private static string? CountryAt(List<Token> tokens, bool[] covered, int at, EntityRegistry registry)
    {
        at = at + 1 < tokens.Count && tokens[at].Norm == "the" ? at + 1 : at;
        var (length, id) = registry.Aliases.Match(tokens, at, Math.Min(tokens.Count, at + 4));
        return length > 0 && id is not null && registry.Get(id) is { Kind: Model.EntityKind.Place, Type: "country" } e ? e.CountryPlaceId : null;
    }

    /// <summary>The country right before a title: "Cuba's", "Cuban", "U.S.".</summary>
    private static string? CountryBefore(List<Token> tokens, bool[] covered, int at, EntityRegistry registry, string text)
    {
        var k = at - 1;
        if (k >= 0 && tokens[k].Norm == "'s")
        {
            k--;
        }

        if (k < 0 || !tokens[k].IsWord)
        {
            return null;
        }

        if (registry.CountryOfDemonym(tokens[k].Norm) is { } byDemonym)
        {
            return byDemonym;
        }

        if (!covered[k])
        {
            return null;
        }

        // Walk to the start of the covering match and look it up as a place.
        var s = k;
        while (s > 0 && covered[s - 1] && tokens[s - 1].IsWord)
        {
            s--;
        }

        var (length, id) = registry.Aliases.Match(tokens, s, k + 1);
        return length == k + 1 - s && id is not null && registry.Get(id) is { } e ? e.CountryPlaceId : null;
    }
}
