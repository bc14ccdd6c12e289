using KnowledgeGraph.Extraction.Attribution;
using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Unknown names found by where they stand: the subject of a verb of speech or report ("Glaxo said",
/// "Valleywag has reported"), the source of "according to X", the one a speaker "told", the head of an outlet or
/// company apposition ("Handelsblatt, the German business daily,", "Epoca magazine"). The kind comes from the
/// gazetteers (a given name or surname makes a person) and is otherwise an institution: a one-word speaker nobody
/// introduced is a company, club, outlet or agency far more often than a person, whose full name the text would give.
/// </summary>
internal static partial class EntityDiscovery
{
    /// <summary>
    /// A stock ticker in parentheses: "(GSK.L)", "(NYSE: GSK)", "(LON:GSK)", "(7203.T)", "(TYO: 7203)". Digits alone
    /// need the exchange or its suffix: "Scott Harben (42)" gives a person's age.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\((?:[A-Z]{2,8}\s*:\s*[A-Z0-9]{1,6}|[0-9]{0,5}[A-Z][A-Z0-9]{0,5}|[0-9]{1,6}\.[A-Z]{1,3}|[0-9]{0,5}[A-Z][A-Z0-9]{0,5}\.[A-Z]{1,3})\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Ticker();

    private static bool TickerAfter(ReadOnlySpan<char> text) => Ticker().IsMatch(text[..Math.Min(text.Length, 24)]);

    private static readonly string[] Auxiliaries = ["has", "have", "had", "also", "later", "then", "previously", "earlier", "now", "since"];

    /// <summary>A name in speaker position, or null.</summary>
    private static DiscoveredName? SpeakerName(string text, List<Token> tokens, int start, int end, ArticleWords words)
    {
        // "A Ugandan tabloid reported", "Americans say": a people's name (one word, or its plural) names no one.
        if (end - start == 1 && tokens[start].Norm is var one &&
            (Gazetteer.Default.CountryOfDemonym(one) is not null || (one.EndsWith('s') && Gazetteer.Default.CountryOfDemonym(one.AsSpan(0, one.Length - 1)) is not null)))
        {
            return null;
        }

        // "MPs deny bribe claims", "MLAs said …": the plural of a title's letters names members, no organisation.
        if (end - start == 1 && PluralTitleAcronym(text, tokens[start]))
        {
            return null;
        }

        // "According to Integrity Commissioner Janet Leiper's report": plain words before a title and a name are the
        // title's portfolio, not a speaker's name.
        if (end + 1 < tokens.Count && tokens[end].Cap && NameWords.IsTitle(tokens[end]) && tokens[end + 1].IsWord && tokens[end + 1].Cap &&
            PlainWordsOnly(tokens, start, end))
        {
            return null;
        }

        var cue = SpeakerCue(tokens, start, end);
        // "GlaxoSmithKline (GSK.L)", "Acme Corp (NYSE: ACM)": a listed company, even at the start of a sentence.
        // ("Joe Mucheru (ICT)": capitals alone in brackets after a given name and a surname are the person's portfolio or
        // party, not a ticker; "(NYSE: X)", "(7203.T)" are tickers whoever precedes them)
        var listed = end < tokens.Count && tokens[end].Norm == "(" && TickerAfter(text.AsSpan(tokens[end].Start)) &&
            !(end - start >= 2 && Gazetteer.Default.IsGivenName(tokens[start].Norm) && end + 2 < tokens.Count && tokens[end + 2].Norm == ")" &&
              tokens[end + 1].Norm.All(char.IsLetter));
        if (cue == Cue.None && listed)
        {
            cue = Cue.Institution;
        }

        // "Epoca magazine": a noun that introduces a name is evidence enough, even at the start of a sentence.
        // "Motherboard, the site which carried the story first, says …": so is an organisation's noun in an apposition.
        var introduced = listed || IntroducerAt(tokens, end) >= 0 || (cue is Cue.Outlet or Cue.Institution && end < tokens.Count && tokens[end].Norm == ",");
        if (cue == Cue.None || !PlausibleName(tokens, start, end, words, introduced) ||
            (cue == Cue.Speaker && SpeechLexicon.IsInstitutionNoun(tokens[end - 1].Norm) && !(end - start >= 2 && SpokespersonAfter(tokens, end))))
        {
            return null;
        }

        var name = Join(text, tokens, start, end);
        if (cue == Cue.Speaker && end - start >= 2 && start > 0 && tokens[start - 1].Norm is "a" or "an" or "the" && SpokespersonAfter(tokens, end) &&
            (Lexicon.Current.BuildingHeads.Contains(tokens[end - 1].Norm) || SpeechLexicon.IsInstitutionNoun(tokens[end - 1].Norm)))
        {
            // "A Buckingham Palace spokeswoman said", "a Harlow Castle spokesman": a building's spokesperson speaks for
            // the institution housed there, which bears its name.
            return new DiscoveredName(start, end, EntityKind.Institution, name);
        }

        if (cue == Cue.Speaker && CollectiveSubject(tokens, start, end))
        {
            return new DiscoveredName(start, end, EntityKind.Institution, name); // "Chelsea have denied …": a club, not a woman
        }

        if (cue == Cue.Speaker && end < tokens.Count && tokens[end].Norm is "reported" or "reports" && !Gazetteer.Default.IsGivenName(tokens[start].Norm) &&
            !ReportsFigures(tokens, end + 1))
        {
            return new DiscoveredName(start, end, EntityKind.Institution, name); // "Sport Bild reported …": what reports, unnamed by a given name, is a publication
        }

        // "the AllThingsDigital blog quoted …", "Epoca magazine": a name a noun of outlets introduces is an outlet.
        var outletIntroduced = introduced && !listed && IntroducerAt(tokens, end) is var by and >= 0 && Lexicon.Current.OutletNouns.Contains(tokens[by].Norm);
        return cue == Cue.Outlet || (outletIntroduced && cue is Cue.Speaker or Cue.Institution)
            ? new DiscoveredName(start, end, EntityKind.Institution, name) { Type = "outlet" }
            : cue == Cue.Institution ? new DiscoveredName(start, end, EntityKind.Institution, name) { Type = listed ? "company" : null }
            : cue == Cue.Person ? new DiscoveredName(start, end, EntityKind.Person, name)
            : new DiscoveredName(start, end, KindOf(tokens, start, end), name) { KindGuessed = end - start == 1 };
    }

    private enum Cue
    {
        None,
        Speaker,
        Person,
        Institution,
        Outlet,
    }

    /// <summary>
    /// The lower-case noun introducing the name that ends at <paramref name="end"/> ("Epoca magazine", "the Northwind
    /// group"), also after "news", "state" or "business" ("R-Sport news agency", "Zarvana state broadcaster"); else -1.
    /// </summary>
    private static int IntroducerAt(List<Token> tokens, int end)
    {
        if (end < tokens.Count && tokens[end].IsWord && !tokens[end].Cap && NameWords.InstitutionIntroducers.Contains(tokens[end].Norm))
        {
            return end;
        }

        return end + 1 < tokens.Count && tokens[end].Norm is "news" or "state" or "business" && !tokens[end].Cap && tokens[end + 1].IsWord &&
            !tokens[end + 1].Cap && Lexicon.Current.OutletNouns.Contains(tokens[end + 1].Norm) && NameWords.InstitutionIntroducers.Contains(tokens[end + 1].Norm)
            ? end + 1
            : -1;
    }

    /// <summary>"a statement", "a press release", "an official statement": a statement's noun after a determiner and up to two words.</summary>
    private static bool StatementAfter(List<Token> tokens, int k)
    {
        if (k >= tokens.Count || tokens[k].Norm is not ("a" or "an" or "the"))
        {
            return false;
        }

        for (var j = k + 1; j < tokens.Count && j <= k + 3 && tokens[j].IsWord; j++)
        {
            if (tokens[j].Norm is "statement" or "release" or "communique" or "clarification" or "rejoinder")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"agencies", "newspapers", "broadcasters": the plural of an introducing noun (not "news" nor "press").</summary>
    private static bool PluralNoun(string norm) =>
        (norm.EndsWith("ies", StringComparison.Ordinal) && NameWords.InstitutionIntroducers.Contains(norm[..^3] + "y")) ||
        (norm.EndsWith('s') && NameWords.InstitutionIntroducers.Contains(norm[..^1]));

    /// <summary>"according to Maria Okafor", "according to senior Quintbank official Maria Okafor": the name at <paramref name="start"/> is the source of "according to".</summary>
    private static bool AfterAccordingTo(List<Token> tokens, int start)
    {
        for (var k = start - 1; k >= 1 && k >= start - 5; k--)
        {
            if (tokens[k].Norm == "to" && tokens[k - 1].Norm == "according")
            {
                return true;
            }

            if (!tokens[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// After the comma at <paramref name="k"/> − 1, the end of the apposition's determiner: "the", "a", "an", or a
    /// capitalised name's possessive ("Australia's"); else -1.
    /// </summary>
    private static int ApposedDeterminerEnd(List<Token> tokens, int k) =>
        tokens[k].Norm is "the" or "a" or "an" ? k + 1
        : k + 2 < tokens.Count && tokens[k].IsWord && tokens[k].Cap && !tokens[k].AllCaps && tokens[k + 1].Norm == "'s" ? k + 2
        : -1;

    private static Cue SpeakerCue(List<Token> tokens, int start, int end)
    {
        // "Epoca magazine", "Handelsblatt, the German business daily,"
        // "Zarvana magazine"; "the Northwind group said" (but not "the Pro Applications group, describing …": a
        // group inside a company is only an organisation of the story when it speaks).
        if (IntroducerAt(tokens, end) is var noun and >= 0)
        {
            if (end - start == 1 && IsEnglishWord(tokens[start].Norm) &&
                ((noun + 1 < tokens.Count && tokens[noun + 1].IsWord && (tokens[noun + 1].Cap || tokens[noun + 1].Norm.Contains('.'))) ||
                 (start > 0 && tokens[start - 1].Norm is "a" or "an") || (SentenceOpener(tokens, start) && !Gazetteer.Default.IsGivenName(tokens[start].Norm))))
            {
                // ("Banknote firm refutes claims": an English word opening a headline or a sentence describes the firm)
                return Cue.None; // "Local newspaper O Estado de S. Paulo reported", "Domestic news site huxiu.com said", "An Electronic news website published": a description
            }

            // "the Corvale network on Sunday published …": past the auxiliaries and a time
            var said = VerbAfterTime(tokens, AfterAuxiliaries(tokens, noun + 1));
            return Lexicon.Current.OutletNouns.Contains(tokens[noun].Norm) ? Cue.Outlet :
                said < tokens.Count && tokens[said].IsWord && (SpeechLexicon.IsVerb(tokens[said].Norm) || tokens[said].Norm is "published" or "reported") &&
                !tokens[said].Norm.EndsWith("ing", StringComparison.Ordinal) ? Cue.Institution : Cue.None;
        }

        // ("According to official Maria Okafor, the firm will …": the comma closes the source; the noun phrase after it is
        // the clause's subject, no apposition)
        // ("Optus, Australia's second-largest telecommunications company,": a place's possessive stands for the article)
        var described = end + 2 < tokens.Count && tokens[end].Norm == "," && !AfterAccordingTo(tokens, start) ? ApposedDeterminerEnd(tokens, end + 1) : -1;
        if (described > 0)
        {
            for (var k = described; k < tokens.Count && k < described + 5; k++)
            {
                if (tokens[k].Norm == "," || !tokens[k].IsWord)
                {
                    break;
                }

                if (!tokens[k].Cap && NameWords.InstitutionIntroducers.Contains(tokens[k].Norm))
                {
                    // "… at the French Open, the French sports newspaper L'Equipe reported": a noun that introduces the
                    // name after it describes that name, not the one before the comma.
                    if (k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Cap)
                    {
                        return Cue.None;
                    }

                    // "Separately, the company announced …": a noun phrase its verb follows is the clause's subject, and
                    // the word the comma set off before it an opening adverb, not a name in apposition ("Zarvex, the
                    // company said on Monday, will …" is a name the parenthesis speaks of).
                    if (end - start == 1 && (IsEnglishWord(tokens[start].Norm) || tokens[start].Norm.EndsWith("ly", StringComparison.Ordinal)) &&
                        VerbAfterTime(tokens, AfterAuxiliaries(tokens, k + 1)) is var verb && verb < tokens.Count && tokens[verb].IsWord && !tokens[verb].Cap &&
                        SpeechOrDenial(tokens[verb].Norm))
                    {
                        return Cue.None;
                    }

                    return Lexicon.Current.OutletNouns.Contains(tokens[k].Norm) ? Cue.Outlet : Cue.Institution;
                }
            }
        }

        // "a Northwind spokesperson said", "an Intel official": the one a spokesperson speaks for (the gazetteers kind it).
        // "A Northwind press release said …": the one a press release or communique is from.
        if (start > 0 && tokens[start - 1].Norm is "a" or "an" or "the" && end < tokens.Count && tokens[end].IsWord && !tokens[end].Cap &&
            (tokens[end].Norm is "spokesperson" or "spokesman" or "spokeswoman" or "official" or "statement" or "communique" ||
             (tokens[end].Norm == "press" && end + 1 < tokens.Count && tokens[end + 1].Norm is "release" or "statement")))
        {
            return Cue.Speaker;
        }

        // "“…,” said a spokesman for Tottenham.", "a spokeswoman for Northwind said": the one a spokesperson speaks for, named
        // after "for" (the gazetteers kind it).
        if (start > 1 && tokens[start - 1].Norm is "for" && tokens[start - 2].Norm is "spokesperson" or "spokesman" or "spokeswoman" or "spokespersons" or "spokesmen")
        {
            return Cue.Speaker;
        }

        // "Saadullah, who lost two children, claimed …", "Owoh, popularly known as Osuofia, commented: …": a name whose
        // speech verb follows a relative clause or a nickname set off by commas ("who" makes it a person).
        if (InsertionEnd(tokens, end) is var resumed and >= 0 && !(end - start == 1 && IsEnglishWord(tokens[start].Norm)))
        {
            var verb = AfterAuxiliaries(tokens, resumed);

            if (verb < tokens.Count && tokens[verb].IsWord && !tokens[verb].Cap && !tokens[verb].Norm.EndsWith("ing", StringComparison.Ordinal) &&
                SpeechOrDenial(tokens[verb].Norm))
            {
                return tokens[end + 1].Norm == "who" ? Cue.Person : Cue.Speaker;
            }
        }

        // "X said", "X has reported", "X also said", "X, however, has refuted"
        var v = AfterAuxiliaries(tokens, AfterSetOffAdverb(tokens, end));

        if (end - start == 1 || !Lexicon.Current.BuildingHeads.Contains(tokens[end - 1].Norm))
        {
            v = VerbAfterTime(tokens, v); // "Qantas last night announced", "Jetstar on Monday said", "Norvell Print on Friday refuted"
        }

        v = AfterMannerAdverb(tokens, v);

        if (v < tokens.Count && tokens[v].IsWord && !tokens[v].Cap && !tokens[v].Norm.EndsWith("ing", StringComparison.Ordinal))
        {
            if (tokens[v].Norm is "reported" or "reports" or "published" && !ReportsFigures(tokens, v + 1))
            {
                // "Valleywag has reported": an outlet's own report; "Maria Okafor published …" is a person who speaks.
                return end - start >= 2 && Gazetteer.Default.IsGivenName(tokens[start].Norm) ? Cue.Speaker : Cue.Outlet;
            }

            if (SpeechOrDenial(tokens[v].Norm))
            {
                return Cue.Speaker;
            }

            // "PRWeb issued a press release stating …", "Northwind released a statement": issuing a statement is speaking.
            if (tokens[v].Norm is "issued" or "issues" or "released" or "releases" && StatementAfter(tokens, v + 1))
            {
                return Cue.Speaker;
            }

            // "Fenerbahce has come out to deny …": coming out to speak is speaking.
            if (tokens[v].Norm is "come" or "came" or "comes" && v + 3 < tokens.Count && tokens[v + 1].Norm == "out" && tokens[v + 2].Norm == "to" &&
                SpeechLexicon.IsVerb(tokens[v + 3].Norm))
            {
                return Cue.Speaker;
            }
        }

        // "according to X", "said X", "told X"
        if (start > 1 && tokens[start - 1].Norm == "to" && tokens[start - 2].Norm == "according")
        {
            return Cue.Speaker;
        }

        // ("told Korean news agencies", "told Korean officials": one word before a lower-case noun for people or outlets
        // describes them, it names no one)
        // "“It's a lie,” stated Jenen Hani Alzwaraa": any verb of speech between a closing quotation and the name.
        return start > 0 && (tokens[start - 1].Norm is "said" or "says" or "told" ||
                (start > 1 && tokens[start - 2].Kind is TokenKind.QuoteClose or TokenKind.QuoteStraight && SpeechLexicon.IsVerb(tokens[start - 1].Norm))) &&
            !(end - start == 1 && DescribedNounAt(tokens, end)) ? Cue.Speaker : Cue.None;
    }

    /// <summary>
    /// ", however," ", meanwhile," ", for its part,": a connective set off by commas at <paramref name="k"/> between a subject
    /// and its verb; the token after it, else <paramref name="k"/>.
    /// </summary>
    private static int AfterSetOffAdverb(List<Token> tokens, int k)
    {
        if (k + 2 >= tokens.Count || tokens[k].Norm != ",")
        {
            return k;
        }

        if (Attribution.Words.SetOffConnective(tokens[k + 1].Norm) && tokens[k + 2].Norm == ",")
        {
            return k + 3;
        }

        return k + 4 < tokens.Count && tokens[k + 1].Norm is "for" or "in" && tokens[k + 2].Norm is "its" or "their" or "his" or "her" &&
            tokens[k + 3].Norm is "part" or "turn" && tokens[k + 4].Norm == "," ? k + 5 : k;
    }

    /// <summary>A lower-case noun for people or outlets at token <paramref name="k"/> ("officials", "media", "news agencies").</summary>
    private static bool DescribedNounAt(List<Token> tokens, int k)
    {
        if (k >= tokens.Count || !tokens[k].IsWord || tokens[k].Cap)
        {
            return false;
        }

        var n = tokens[k].Norm;
        return n is "media" or "news" or "press" or "reporters" or "journalists" || Lexicon.Current.AnonymousSpeakers.Contains(n) ||
            SpeechLexicon.PersonNouns.Contains(n) || Lexicon.Current.OutletNouns.Contains(n) || PluralNoun(n) ||
            (n.EndsWith('s') && SpeechLexicon.PersonNouns.Contains(n[..^1]));
    }

    /// <summary>
    /// Not a common word written with a capital: not a lexicon word, and a sentence opener only when the article also
    /// writes it capitalised inside a sentence, or the gazetteers know it as a name.
    /// </summary>
    private static bool PlausibleName(List<Token> tokens, int start, int end, ArticleWords words, bool introduced)
    {
        for (var k = start; k < end; k++)
        {
            var n = tokens[k].Norm;
            if (tokens[k].IsWord && tokens[k].Cap && (NameWords.NotNames.Contains(n) || (NameWords.Titles.Contains(n) && !introduced) || Lexicon.Current.AnonymousSpeakers.Contains(n) ||
                Lexicon.Current.ReportNouns.Contains(n) || Lexicon.Current.FramingNouns.Contains(n) || NameWords.InstitutionIntroducers.Contains(n)))
            {
                return false;
            }
        }

        // "Iran denied Western claims that …", "rejected Opposition reports": one English word between a verb of speech and
        // "claims" or "reports" is the object's modifier, not an organisation whose claims they are.
        if (end - start == 1 && start > 0 && end < tokens.Count && tokens[end].Norm is "claims" or "reports" && IsEnglishWord(tokens[start].Norm) &&
            SpeechLexicon.IsVerb(tokens[start - 1].Norm) && !introduced)
        {
            return false;
        }

        if (introduced || end - start > 1 || (start > 0 && !SentenceOpener(tokens, start)))
        {
            return true;
        }

        var word = tokens[start].Norm;
        return words.CapitalisedInside(word) || Gazetteer.Default.IsSurname(word) || Gazetteer.Default.IsGivenName(word) || UnknownWordSpeaking(tokens, start);
    }

    /// <summary>
    /// "Jetstar said …", "Kilby said, via a club statement, …": a word no word list holds, written in mixed case, opening a
    /// sentence right before a verb of speech, is a name (a company, or a surname the lists lack); "Officials said",
    /// "Meanwhile, …" are English words.
    /// </summary>
    private static bool UnknownWordSpeaking(List<Token> tokens, int start)
    {
        var word = tokens[start].Norm;
        return word.Length >= 3 && !tokens[start].AllCaps && (word.All(char.IsLetter) || ElidedSurname(word)) && !IsEnglishWord(word) && !LongDerivedWord(word) &&
            !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ly", StringComparison.Ordinal) && // "Dismissing claims …", "Reportedly …"
            !(start + 2 < tokens.Count && tokens[start + 2].Cap && tokens[start + 1].Norm is "deny" or "denies" or "say" or "says") && // a headline
            AfterMannerAdverb(tokens, VerbAfterTime(tokens, AfterAuxiliaries(tokens, InsertionEnd(tokens, start + 1) is var resumed and >= 0 ? resumed : AfterSetOffAdverb(tokens, start + 1)))) is var v && v < tokens.Count && tokens[v].IsWord && !tokens[v].Cap && SpeechLexicon.IsVerb(tokens[v].Norm) &&
            !tokens[v].Norm.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>The token after up to two auxiliaries or adverbs of time at <paramref name="k"/> ("has rejected", "has since denied"), or <paramref name="k"/>.</summary>
    private static int AfterAuxiliaries(List<Token> tokens, int k)
    {
        for (var hops = 0; hops < 2 && k < tokens.Count && tokens[k].IsWord && Array.IndexOf(Auxiliaries, tokens[k].Norm) >= 0; hops++)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// The token after a relative clause (", who lost two children,") or a nickname (", popularly known as Osuofia,") set off
    /// by commas right after a name, or -1. The insertion stays inside its sentence and holds no quotation.
    /// </summary>
    private static int InsertionEnd(List<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Norm != ",")
        {
            return -1;
        }

        var k = end + 1;
        if (tokens[k].Norm is "popularly" or "also" or "better" or "commonly" or "widely")
        {
            k++;
        }

        if (!(tokens[end + 1].Norm == "who" || (k + 1 < tokens.Count && tokens[k].Norm == "known" && tokens[k + 1].Norm == "as")))
        {
            return -1;
        }

        for (var j = k + 1; j < tokens.Count && j <= end + 25; j++)
        {
            if (tokens[j].Norm is "." or "!" or "?" or ";" or ":" || tokens[j].IsQuote)
            {
                return -1;
            }

            if (tokens[j].Norm == ",")
            {
                return j + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Tencent has categorically denied …", "Zentrix flatly rejected …": past a manner adverb at <paramref name="k"/> right
    /// before a verb of speech or denial, to that verb; else <paramref name="k"/>.
    /// </summary>
    private static int AfterMannerAdverb(List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].IsWord && !tokens[k].Cap && Words.LyAdverb(tokens[k].Norm) && tokens[k + 1].IsWord && !tokens[k + 1].Cap &&
        SpeechOrDenial(tokens[k + 1].Norm) ? k + 1 : k;

    /// <summary>The token after a time phrase right after a name ("Qantas last night announced", "Jetstar on Monday said"), or <paramref name="k"/>.</summary>
    private static int VerbAfterTime(List<Token> tokens, int k)
    {
        if (k + 1 < tokens.Count && tokens[k].Norm is "yesterday" or "today" && !tokens[k].Cap)
        {
            return k + 1; // "Harbour Ledger yesterday reported …"
        }

        if (k + 2 >= tokens.Count)
        {
            return k;
        }

        var (when, what) = (tokens[k].Norm, tokens[k + 1].Norm);
        if ((when is "last" or "this" or "earlier" && what is "night" or "week" or "month" or "year" or "weekend" or "morning" or "evening" or "afternoon") ||
            (when == "on" && Attribution.Sieves.VerbFrame.Weekday(what)))
        {
            return k + 2;
        }

        return k;
    }

    /// <summary>An acronym the registry lacks ("UBS", "BNDES", "AT&amp;T") outside an all-capitals heading.</summary>
    private static bool AcronymSpeaker(List<Token> tokens, int i, bool heading) =>
        !heading && tokens[i].IsWord && tokens[i].AllCaps && AcronymShape(tokens[i].Norm) &&
        !NameWords.NotNames.Contains(tokens[i].Norm) && !NameWords.IsTitle(tokens[i]) && !Lexicon.Current.CommonAcronyms.Contains(tokens[i].Norm) &&
        !(i > 0 && tokens[i - 1].Norm == "(" ) && !(i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].AllCaps && !SpeechLexicon.PersonNouns.Contains(tokens[i + 1].Norm)) && !PostNominal(tokens, i) &&
        !CamerasAfter(tokens, i);

    /// <summary>
    /// Letters (and "&amp;") of two to eight, or two such parts joined by one hyphen ("ZANU-PF", "CONCACAF", "AT&amp;T"), each
    /// part of six letters at most when there are two.
    /// </summary>
    private static bool AcronymShape(string norm)
    {
        var hyphen = norm.IndexOf('-');
        if (hyphen < 0)
        {
            return norm.Length is >= 2 and <= 8 && norm.All(c => char.IsLetter(c) || c == '&');
        }

        return hyphen >= 2 && norm.Length - hyphen - 1 >= 2 && norm.Length <= 11 && norm.IndexOf('-', hyphen + 1) < 0 && hyphen <= 6 && norm.Length - hyphen - 1 <= 6 &&
            norm.All(c => char.IsLetter(c) || c is '&' or '-');
    }

    /// <summary>"CCTV footage", "CCTV cameras": an acronym before a word for cameras names the cameras, not an organisation.</summary>
    internal static bool CamerasAfter(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Norm is "footage" or "camera" or "cameras";

    /// <summary>
    /// "Mr John Rogers SC told the jury", "Jane Doe QC said": a rank's or an honour's letters right after a capitalised
    /// name are the person's, not an organisation speaking.
    /// </summary>
    internal static bool PostNominal(List<Token> tokens, int i) =>
        i > 0 && tokens[i].AllCaps && tokens[i - 1].IsWord && tokens[i - 1].Cap && !tokens[i - 1].AllCaps && tokens[i].Start == tokens[i - 1].End + 1 &&
        Lexicon.Current.PostNominals.Contains(tokens[i].Norm);

    /// <summary>"A UBS spokesperson", "UBS officials": the unnamed speaker of an organisation.</summary>
    private static bool SpokespersonAfter(List<Token> tokens, int k) =>
        k < tokens.Count && tokens[k].IsWord && Lexicon.Current.AnonymousSpeakers.Contains(tokens[k].Norm) &&
        (!tokens[k].Cap || !(k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Cap)); // "the IDF Spokesperson said", not "Spokesperson Jane Roe"

    /// <summary>
    /// "Chelsea have denied …", "Liverpool are set to …", "… insisted that Harlow were not selling": one capitalised word
    /// opening a clause with a plural verb (British usage for a club or company), not joined to another name by "and".
    /// A person's name takes a singular verb, so the word names an organisation.
    /// </summary>
    internal static bool CollectiveSubject(List<Token> tokens, int start, int end) =>
        end - start == 1 && end + 1 < tokens.Count && tokens[end].Norm is "have" or "are" or "were" && tokens[end + 1].IsWord && !tokens[end + 1].Cap &&
        !tokens[start].AllCaps && OpensClause(tokens, start); // "(GSM) – Burnley have …"

    /// <summary>Token i opens a sentence: first of its paragraph, or after an end mark, a colon or an opening quote.</summary>
    internal static bool SentenceOpener(List<Token> tokens, int i) =>
        i == 0 || tokens[i - 1].Norm is "." or "!" or "?" or ":" or ";" || tokens[i - 1].Kind is TokenKind.QuoteOpen or TokenKind.QuoteStraight ||
        DatelineDashAt(tokens, i - 1) || DatelineCreditCloseAt(tokens, i - 1);

    /// <summary>
    /// "LONDON (Sputnik) The Ryanair carrier …", "LONDON (UrduPoint News / Sputnik - 07th July, 2021) The …": the bracket
    /// closing a credit after a dateline in capitals that opens the paragraph, with no dash after it; the word after it
    /// opens the story's first sentence.
    /// </summary>
    internal static bool DatelineCreditCloseAt(List<Token> tokens, int close)
    {
        const int MaxCredit = 24;
        if (close < 3 || close > MaxCredit || tokens[close].Norm != ")")
        {
            return false;
        }

        var k = 0;
        while (k < close && (tokens[k].Norm == "," || (tokens[k].IsWord && tokens[k].AllCaps)))
        {
            k++; // the dateline: "LONDON", "WASHINGTON, D.C."
        }

        if (k == 0 || k >= close || tokens[k].Norm != "(")
        {
            return false;
        }

        for (var j = k + 1; j < close; j++)
        {
            if (tokens[j].Norm is "(" or ")")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "(JTA) —", "HAVANA (AP) —", "GENEVA —", "SYDNEY •": the dash (or bullet) closing a dateline or a credit in brackets that opens the paragraph, so
    /// the word after it opens the story's first sentence ("(JTA) — Dismissing reports that …" starts with a participle).
    /// </summary>
    internal static bool DatelineDashAt(List<Token> tokens, int dash)
    {
        const int MaxDateline = 12;
        if (dash < 1 || dash > MaxDateline || !IsDatelineMark(tokens[dash].Norm))
        {
            return false;
        }

        var open = false;
        for (var k = 0; k < dash; k++)
        {
            open = tokens[k].Norm == "(" || (open && tokens[k].Norm != ")");
            if (!open && tokens[k].Norm is not ("," or ")") && !(tokens[k].IsWord && tokens[k].AllCaps))
            {
                return false; // "Trade minister Ana Ruiz — who …": the dash sets off words of a sentence
            }
        }

        return !open;
    }

    /// <summary>A dash, an en dash, a hyphen or a bullet: the marks that close a dateline ("GENEVA —", "SYDNEY •").</summary>
    internal static bool IsDatelineMark(string norm) => norm is "\u2014" or "\u2013" or "-" or "\u2022";

    /// <summary>
    /// Token i can be a clause's one-word subject: it opens a sentence, or follows a dash or a word that opens a clause
    /// ("that", "but", "while"). Not after "and" or a comma (a coordinated subject is plural anyway), a verb ("we heard
    /// Salehpour testify") or a noun ("winger Ngoma").
    /// </summary>
    internal static bool OpensClause(List<Token> tokens, int i) =>
        SentenceOpener(tokens, i) || tokens[i - 1].Norm is "that" or "\u2013" or "\u2014" or "-" or "(" or "but" or "while" or "when" or "as" or "because" or
            "if" or "though" or "although" or "after" or "before" or "since" or "so" or "yet";

    private static EntityKind KindOf(List<Token> tokens, int start, int end)
    {
        var g = Gazetteer.Default;
        var wordNet = g.WordNet.KindOfSpan(tokens, start, end);
        if (wordNet != NameKinds.None)
        {
            return wordNet.HasFlag(NameKinds.Person) ? EntityKind.Person : EntityKind.Institution;
        }

        if (g.IsGivenName(tokens[start].Norm) || (end - start == 1 && g.IsSurname(tokens[start].Norm)) || ElidedSurname(tokens[end - 1].Norm))
        {
            return EntityKind.Person;
        }

        return (end - start == 2 && (g.IsSurname(tokens[end - 1].Norm) || UnlistedPersonShape(tokens, start))) || ForeignFullName(tokens, start, end)
            ? EntityKind.Person
            : EntityKind.Institution;
    }

    /// <summary>A verb of speech, or "denied"/"denies": what a name right before it does when it speaks.</summary>
    private static bool SpeechOrDenial(string norm) => SpeechLexicon.IsVerb(norm) || norm is "denied" or "denies";

    /// <summary>"O'Brien", "D'Souza", "O’Neill": one letter, an apostrophe and a capitalised rest, the shape of a surname.</summary>
    private static bool ElidedSurname(string norm) =>
        norm.Length >= 4 && char.IsLetter(norm[0]) && norm[1] == '\'' && norm.AsSpan(2).IndexOfAnyExcept(Letters) < 0;

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// "Jenen Hani Alean Alzwaraa": three or four capitalised words, none an English word, an organisation's word or a
    /// place: a person's full name the lists lack.
    /// </summary>
    private static bool ForeignFullName(List<Token> tokens, int start, int end)
    {
        if (end - start is < 3 or > 4)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            var n = tokens[k].Norm;
            if (!tokens[k].IsWord || !tokens[k].Cap || tokens[k].AllCaps || IsEnglishWord(n) || NameWords.InstitutionHeads.Contains(n) ||
                NameWords.CorporateSuffixes.Contains(n) || Lexicon.Current.FirmSuffixes.Contains(n) || Lexicon.Current.LegalForms.Contains(n) ||
                SpeechLexicon.IsInstitutionNoun(n) || Gazetteer.Default.MatchPlace(tokens, k, k + 1).Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Karanja Wambua has dismissed …": two capitalised words, neither an English word nor an organisation's word, written
    /// in mixed case, are a person's given name and surname the name lists lack ("Northgate Bank", "Acme Corp", "Northwind Co",
    /// "UBS AG" are not).
    /// </summary>
    private static bool UnlistedPersonShape(List<Token> tokens, int start)
    {
        for (var k = start; k < start + 2; k++)
        {
            var n = tokens[k].Norm;
            if (!tokens[k].Cap || tokens[k].AllCaps || IsEnglishWord(n) || NameWords.InstitutionIntroducers.Contains(n) ||
                Lexicon.Current.CorporateSuffixes.Contains(n) || Lexicon.Current.CorporateSuffixes.Contains(n + ".") || // "Northwind Co"
                Lexicon.Current.InstitutionHeads.Contains(n))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "reported Q2 operating profit of …", "reports 40 new cases.": the object from <paramref name="i"/> is a figure (a
    /// noun phrase of a few words ending in a figure noun, not the subject of a clause) before any clause starts, so the
    /// one reporting announced results and is not thereby a publication.
    /// </summary>
    private static bool ReportsFigures(List<Token> tokens, int i)
    {
        for (var k = i; k < tokens.Count && k < i + 6 && (tokens[k].IsWord || tokens[k].Norm is "$" or "€" or "£" or "%"); k++)
        {
            if (tokens[k].Norm == "that" || SpeechLexicon.IsVerb(tokens[k].Norm))
            {
                return false;
            }

            // "profit of …", "a net loss." — not "sales fell …", where the figure is the subject of the outlet's clause
            if (Lexicon.Current.FigureNouns.Contains(tokens[k].Norm))
            {
                return k + 1 >= tokens.Count || !tokens[k + 1].IsWord || tokens[k + 1].Norm is "of" or "for" or "in" or "at" or "and" or "up" or "down" or "from";
            }
        }

        return false;
    }
}

/// <summary>What the whole article says about its words: which ones it writes capitalised inside a sentence.</summary>
internal sealed class ArticleWords
{
    private const byte Inside = 1;
    private const byte Untitled = 2;
    private const byte Alone = 4;
    private const byte Unpossessed = 8;

    // One entry per capitalised word with what the article does with it: one hash per token instead of one per fact.
    private readonly Dictionary<string, byte> _facts = new(StringComparer.Ordinal);

    public static ArticleWords Of(IEnumerable<Paragraph> paragraphs)
    {
        var w = new ArticleWords();
        foreach (var p in paragraphs)
        {
            if (p.IsHeading)
            {
                continue;
            }

            var tokens = p.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsWord || !tokens[i].Cap)
                {
                    continue;
                }

                byte facts = 0;
                if (i == 0 || !NameWords.IsTitle(tokens[i - 1]))
                {
                    facts |= Untitled;
                }

                if ((i == 0 || !tokens[i - 1].IsWord || !tokens[i - 1].Cap) && (i + 1 == tokens.Count || !tokens[i + 1].IsWord || !tokens[i + 1].Cap))
                {
                    facts |= Alone;
                }

                if (i > 0 && !tokens[i].AllCaps && !EntityDiscovery.SentenceOpener(tokens, i))
                {
                    facts |= Inside;
                }

                if (i + 1 == tokens.Count || tokens[i + 1].Norm != "'s")
                {
                    facts |= Unpossessed;
                }

                if (facts != 0)
                {
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(w._facts, tokens[i].Norm, out _) |= facts;
                }
            }
        }

        return w;
    }

    public bool CapitalisedInside(string folded) => Has(folded, Inside);

    /// <summary>The article writes the word capitalised with no capitalised word beside it ("Garlington said").</summary>
    public bool WrittenAlone(string folded) => Has(folded, Alone);

    /// <summary>False when the article writes the word only right after a title ("Professor Green", never "Green").</summary>
    public bool WrittenWithoutTitle(string folded) => Has(folded, Untitled);

    /// <summary>The article writes the capitalised word somewhere without a possessive after it ("Kidman", not only "Kidman's").</summary>
    public bool WrittenWithoutPossessive(string folded) => Has(folded, Unpossessed);

    private bool Has(string folded, byte fact) => _facts.TryGetValue(folded, out var facts) && (facts & fact) != 0;
}
