using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Names the registry lacks but the shipped gazetteers know: news outlets ("Handelsblatt", "Sky News") and places
/// (countries, subdivisions, cities: "Cupertino", "Wisconsin"). A gazetteer name counts only where the text writes it
/// as a name: capitalised, not the start of a longer capitalised name ("Boston Globe", "Paris Hilton"), and a one-word
/// name that is also an English word, a given name or a surname ("Reading", "Houston") only where nothing else could
/// be meant is left out.
/// </summary>
internal sealed partial class EntityResolver
{
    private static Gazetteer Gazetteers => Gazetteer.Default;

    /// <summary>
    /// "the People's National Party", "People's Party": one word, "'s", then capitalised words that end in an
    /// organisation's head (up to four): the word opens that organisation's name and is no outlet of its own.
    /// </summary>
    private static bool PossessiveOpensInstitution(List<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count || tokens[i + 1].Norm is not ("'s" or "'"))
        {
            return false;
        }

        for (var k = i + 2; k < tokens.Count && k < i + 6 && tokens[k].IsWord && tokens[k].Cap; k++)
        {
            if (NameWords.InstitutionHeads.Contains(tokens[k].Norm) && !(k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Cap))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The article spells the acronym out in brackets after a name that is not the outlet's ("Aam Aadmi Party (AAP)"), so
    /// the acronym is that name's here, not the outlet's ("Australian Associated Press").
    /// </summary>
    private bool AcronymOfAnotherName(Token acronym, Outlet outlet)
    {
        var text = _a.Text;
        var bracketed = "(" + text.Substring(acronym.Start, acronym.End - acronym.Start) + ")";
        for (var at = text.IndexOf(bracketed, StringComparison.Ordinal); at > 0; at = text.IndexOf(bracketed, at + 1, StringComparison.Ordinal))
        {
            var before = text.AsSpan(0, at).TrimEnd();
            if (before.Length == 0 || !char.IsLetter(before[^1]) || before.EndsWith(WithoutArticle(outlet.Name), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var spelledOut = false;
            foreach (var alias in outlet.Aliases)
            {
                spelledOut |= alias.Length > bracketed.Length - 2 && before.EndsWith(WithoutArticle(alias), StringComparison.OrdinalIgnoreCase);
            }

            if (!spelledOut)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The Associated Press" → "Associated Press": the text may spell the name out without its article.</summary>
    private static ReadOnlySpan<char> WithoutArticle(string name) =>
        name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name.AsSpan(4) : name.AsSpan();

    /// <summary>
    /// "a report in the New Straits Times": a capitalised word right before an outlet the table knows by two words or more,
    /// after "the" or "a" and no title, names another outlet, one word longer; null when the word is no part of a name.
    /// </summary>
    private ArticleEntity? LongerOutlet(Paragraph p, int i, int length, bool[] covered)
    {
        var t = p.Tokens;
        if (i < 2 || covered[i - 1] || !t[i - 1].IsWord || !t[i - 1].Cap || t[i - 1].AllCaps || p.InQuote[i - 1] != p.InQuote[i] || t[i - 2].Norm is not ("the" or "a") ||
            NameWords.IsTitle(t[i - 1]) || Attribution.Sieves.VerbFrame.Weekday(t[i - 1].Norm) || Gazetteers.Outlets.MatchWithArticle(t, i - 2, t.Count).Length > 0 ||
            Gazetteers.Outlets.Match(t, i - 1, t.Count).Length > 0)
        {
            return null;
        }

        var outlet = EnsureInstitution(p, i - 1, i + length);
        outlet.Type ??= "outlet";
        return outlet;
    }

    /// <summary>"Saint Kitts and Nevis", "Saint Lucia": a country whose name opens with a word that is also a title.</summary>
    private static bool CountryOpenedByTitleWord(List<Token> tokens, int i) =>
        Gazetteers.Places.Match(tokens, i, tokens.Count) is { Length: > 1 } place && Array.Exists(place.Items, x => x.Kind == PlaceKind.Country);

    /// <summary>The length of the outlet or place name at token i (0 when none), its entity ensured and its surface an alias.</summary>
    private int MatchGazetteer(Paragraph p, int i, bool[] covered)
    {
        var tokens = p.Tokens;
        var t = tokens[i];
        if (LocalBody(p, i) is var body and > 0)
        {
            return body;
        }

        if (!t.IsWord || !t.Cap || (NameWords.IsTitle(t) && !CountryOpenedByTitleWord(tokens, i)) || (NameWords.NotNames.Contains(t.Norm) && !OpensLongerName(tokens, i)))
        {
            return 0;
        }

        if (EntityDiscovery.PossessiveTitleEnd(tokens, i - 1) > 0 || PossessiveOpensInstitution(tokens, i))
        {
            return 0; // "The People's Voice": a title of its own, not the outlet "People"; "the People's National Party" too
        }

        if (t.Cap && t.Norm.EndsWith(".com", StringComparison.Ordinal) && Gazetteers.Outlets.OfHost(t.Norm) is { } site)
        {
            // "MSNBC.com reported": a known outlet named by its address.
            var e = EnsureOutlet(site);
            AddSurface(p, i, 1, e.Id);
            return 1;
        }

        var outlet = Gazetteers.Outlets.Match(tokens, i, tokens.Count);
        if (outlet.Length == 1 && t.AllCaps && EntityDiscovery.CamerasAfter(tokens, i))
        {
            outlet = TrieMatch<Outlet>.None; // "CCTV footage showed …": closed-circuit cameras, not the broadcaster
        }

        if (outlet.Length == 1 && t.AllCaps && AcronymOfAnotherName(tokens[i], outlet.Items[0]))
        {
            outlet = TrieMatch<Outlet>.None; // "Aam Aadmi Party (AAP)" … "The AAP said": the article's party, not the news agency
        }

        if (outlet.Length > 1 && LongerOutlet(p, i, outlet.Length, covered) is { } longer)
        {
            AddSurface(p, i - 1, outlet.Length + 1, longer.Id); // "the New Straits Times", not The Straits Times
            covered[i - 1] = true;
            return outlet.Length;
        }

        if (outlet.Length > 0 && IsWrittenAsName(p, i, outlet.Length, oneWordOk: outlet.Length > 1 || !CommonWordOpeningSentence(tokens, i)))
        {
            if (!p.IsHeading && OutletEdition(p, i + outlet.Length, outlet.Items[0].Type == OutletType.NewsAgency) is var edition and > 0)
            {
                // "told Daily Mail Australia", "Talk Radio 702", "BBC Breakfast": the edition, station or programme the
                // speaker spoke to, an outlet of its own, of the outlet's type.
                OutletStation(p, i, outlet.Length + edition, outlet.Items[0].Type == OutletType.NewsAgency ? "agency-news" : "outlet");
                return outlet.Length + edition;
            }

            var e = EnsureOutlet(outlet.Items[0]);
            AddSurface(p, i, outlet.Length, e.Id);
            return outlet.Length;
        }

        // "The Sun claimed", "according to The Times": an outlet whose name begins with "The" is matched with its article,
        // so "Sun" alone (Sun Microsystems, Sun Yat-sen) is never the paper.
        // "the Australian singer" is no newspaper: a people's name after the article, before a noun, is an adjective
        // ("The Australian reported" still is).
        if (i > 0 && tokens[i - 1].Norm == "the" && Gazetteers.Outlets.MatchWithArticle(tokens, i - 1, tokens.Count) is { Length: > 1 } titled &&
            IsWrittenAsName(p, i, titled.Length - 1, oneWordOk: true) &&
            !(titled.Length == 2 && (Gazetteers.CountryOfDemonym(t.Norm) is not null || _a.Registry.CountryOfDemonym(t.Norm) is not null) &&
              i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].Cap && !Attribution.SpeechLexicon.IsVerb(tokens[i + 1].Norm)))
        {
            var e = EnsureOutlet(titled.Items[0]);
            AddSurface(p, i, titled.Length - 1, e.Id);
            return titled.Length - 1;
        }

        if (BasedIn(p, i, out var basedLength) is { } home)
        {
            // "a Frankfurt-based daily", "Wakefield-based crime specialists": the place the word is built on
            var e = home.Kind == PlaceKind.Country ? _a.EnsureCountry(home.Name) : EnsureNew("place:" + TextFold.Slug(home.Name), EntityKind.Place, home.Name);
            AddSurface(p, i + 1 - basedLength, basedLength, e.Id);
            return 1;
        }

        var place = Gazetteers.Places.Match(tokens, i, tokens.Count);
        if (place.Length > 0 && Masthead(p, i, place.Length))
        {
            return LongerInstitution(p, i, i + place.Length + 1, outlet: true);
        }

        if (place.Length == 1 && !p.IsHeading && SecondSurname(tokens, i))
        {
            return 0; // "Governor Mario Villanueva Madrid": the second surname, left to person discovery
        }

        if (place.Length == 1 && Array.Exists(place.Items, x => x.Kind == PlaceKind.City) && !Array.Exists(place.Items, x => x.Kind == PlaceKind.Country) &&
            (ClubOfCity(p, i, place.Items[0].Name) || ClubBeforeCity(p, i, covered)))
        {
            return 1;
        }

        if (place.Length == 1 && !p.IsHeading && CityClub(p, i, place) is var clubLength and > 0)
        {
            return clubLength;
        }

        if (StateNamedWithKind(p, i, place) is var stateLength and > 0)
        {
            return stateLength;
        }

        if (place.Length > 0 && !p.IsHeading && TwoPlacesBody(p, i, place.Length) is var bodyEnd and > 0)
        {
            // "The Shrewsbury and Telford Hospital Trust admitted …", "Kensington and Chelsea Council said …": two places
            // joined by "and" before an organisation's words name one body, not a town and another body.
            AddSurface(p, i, bodyEnd - i, EnsureInstitution(p, i, bodyEnd).Id);
            return bodyEnd - i;
        }

        if (place.Length > 0 && IsWrittenAsName(p, i, place.Length, oneWordOk: place.Length > 1 || PlausibleOneWordPlace(p, i, place.Items[0]), beforeTitleOk: true))
        {
            var pl = place.Items[0];
            var e = pl.Kind == PlaceKind.Country ? _a.EnsureCountry(pl.Name) : EnsureNew("place:" + TextFold.Slug(pl.Name), EntityKind.Place, pl.Name);
            if (pl.Kind == PlaceKind.Subdivision)
            {
                e.Type ??= ArticleAnalysis.SubdivisionType; // "the Kerala government" is the state's, not the country's
            }

            AddSurface(p, i, place.Length, e.Id);
            return place.Length;
        }

        var known = p.IsHeading ? TrieMatch<ProperName>.None : Gazetteers.WordNet.Match(tokens, i, tokens.Count);
        if (known.Length > 0 && !IsStateAbbreviation(tokens, i, known.Length) &&
            (WordNetKind(known.Best, known.Length, t) ?? (known.Length == 1 && LabourParty(tokens, i, known.Best) ? EntityKind.Institution : null)) is { } kind &&
            IsWrittenAsName(p, i, known.Length, oneWordOk: true) &&
            !NameGoesOn(tokens, i + known.Length) && !NameComesFrom(tokens, i) && !(kind == EntityKind.Place && known.Length == 1 && AfterCompanyNoun(tokens, i)) &&
            !(known.Length == 1 && (NameWords.IsTitle(tokens[i]) || // "An MP accused of …": the title, not WordNet's military police
              (t.AllCaps && Lexicon.Current.CommonAcronyms.Contains(t.Norm)) || // "in the PR circles": public relations, not Puerto Rico
              Lexicon.Current.FirmSuffixes.Contains(tokens[i].Norm)))) // "Cipla Ltd. said": the end of a company's name, never a company alone
        {
            var name = known.Best.Name;
            var prefix = kind switch { EntityKind.Person => "person:", EntityKind.Place => "place:", _ => "institution:" };
            var e = EnsureNew(prefix + TextFold.Slug(name), kind, name);
            AddSurface(p, i, known.Length, e.Id);
            return known.Length;
        }

        return 0;
    }

    /// <summary>
    /// "Boston police said …", "Police in Aurora, Colorado, dismissed …", "police in New Haven": a city's or a region's
    /// police force is an organisation that speaks (named "Boston police"), not the place; so is a country's before the
    /// word ("Kenya police", "Kenya's police", "New South Wales state police": named as written, without the "'s"), a
    /// place's council ("the Mechanicville city council", "Innisfil's council") and its diocese ("Coimbatore diocese has
    /// denied …"). Returns the tokens it covers.
    /// </summary>
    private int LocalBody(Paragraph p, int i)
    {
        var tokens = p.Tokens;
        int first, length, police;
        string? level = null;
        var body = "police";
        if (tokens[i].Norm == "police" && i + 2 < tokens.Count && tokens[i + 1].Norm == "in" && tokens[i + 2].Cap)
        {
            (first, length, police) = (i + 2, Gazetteers.Places.Match(tokens, i + 2, tokens.Count) is var at && LocalPlace(at) ? at.Length : 0, i);
        }
        else if (tokens[i].Cap && BodyWordWithin(tokens, i + 1) && Gazetteers.Places.Match(tokens, i, tokens.Count) is { Length: > 0 } at &&
                 BodyAfterPlace(tokens, i + at.Length, out level) is var word and > 0 && !(i > 0 && tokens[i - 1].Cap && tokens[i - 1].IsWord && !SentenceOpenerAt(tokens, i - 1)))
        {
            (first, length, police, body) = (i, at.Length, word, tokens[word].Norm);
        }
        else if (tokens[i].Cap && !tokens[i].AllCaps && BodyWordWithin(tokens, i + 1) && UnlistedTownBeforeBody(tokens, i) is var (townEnd, bodyAt) && bodyAt > 0 &&
                 !(i > 0 && tokens[i - 1].Cap && tokens[i - 1].IsWord && !SentenceOpenerAt(tokens, i - 1)))
        {
            // "The Mechanicville city council said …", "Duxbury police say …": a town the gazetteer lacks, named before its
            // council with a level word, or before its police and a verb.
            (first, length, police, body) = (i, townEnd - i, bodyAt, tokens[bodyAt].Norm);
            level = bodyAt > townEnd && tokens[bodyAt - 1].Norm != "'s" ? tokens[bodyAt - 1].Norm : null;
        }
        else
        {
            return 0;
        }

        if (length == 0 || !IsWrittenAsName(p, first, length, oneWordOk: true))
        {
            return 0;
        }

        var name = _a.Text.Substring(tokens[first].Start, tokens[first + length - 1].End - tokens[first].Start) + (level is null ? "" : " " + level) + " " + body;
        var e = EnsureNew("institution:" + TextFold.Slug(name), EntityKind.Institution, name);
        var covers = first == i ? police + 1 - i : length + 2;
        AddSurface(p, i, covers, e.Id);
        return covers;
    }

    /// <summary>
    /// The lower-case "police", "council" or "diocese" right after a place, past a possessive and one word for the body's
    /// level ("'s", "state", "national", "city", "town"), or -1; the level word in <paramref name="level"/>.
    /// </summary>
    private static int BodyAfterPlace(List<Token> tokens, int k, out string? level)
    {
        level = null;
        if (k < tokens.Count && tokens[k].Norm == "'s")
        {
            k++;
        }

        if (k + 1 < tokens.Count && !tokens[k].Cap && tokens[k].Norm is "state" or "national" or "federal" or "provincial" or "county" or "city" or "regional" or "local" or
            "town" or "borough" or "district" or "municipal" or "parish" or "shire")
        {
            level = tokens[k].Norm;
            k++;
        }

        return k < tokens.Count && tokens[k].Norm is "police" or "council" or "diocese" or "archdiocese" && !tokens[k].Cap ? k : -1;
    }

    /// <summary>
    /// One or two capitalised words no list holds (no English word, given name, place or registry name), then "police"
    /// and a verb, or a level word and "council" ("Mechanicville city council"); the end of the words and the body's
    /// token, else (0, -1).
    /// </summary>
    private (int, int) UnlistedTownBeforeBody(List<Token> tokens, int i)
    {
        var end = i;
        while (end < tokens.Count && end < i + 2 && tokens[end].IsWord && tokens[end].Cap && !tokens[end].AllCaps && tokens[end].Norm.All(char.IsLetter) &&
               !EntityDiscovery.IsEnglishWord(tokens[end].Norm) && !NameWords.NotNames.Contains(tokens[end].Norm) && !Gazetteers.IsGivenName(tokens[end].Norm) && !NameWords.IsTitle(tokens[end]) &&
               Gazetteers.Places.Match(tokens, end, end + 1).Length == 0 && _a.Registry.Aliases.Match(tokens, end, end + 1).Length == 0)
        {
            end++;
        }

        if (end == i || BodyAfterPlace(tokens, end, out var level) is not (var body and > 0))
        {
            return (0, -1);
        }

        var verb = body + 1 < tokens.Count ? tokens[body + 1].Norm : "";
        return tokens[body].Norm == "council" ? (level is "city" or "town" or "county" or "borough" or "district" or "parish" or "shire" or "municipal" ? (end, body) : (0, -1))
            : Attribution.SpeechLexicon.IsVerb(verb) || verb is "have" or "has" or "had" or "are" or "were" or "say" ? (end, body) : (0, -1);
    }

    /// <summary>"police", "council" or "diocese" within the next four tokens: the cheap test before a place is looked up at every capitalised word.</summary>
    private static bool BodyWordWithin(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 4; k++)
        {
            if (tokens[k].Norm is "police" or "council" or "diocese" or "archdiocese")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A city or a region, not a country ("Kenyan police" is a national force, named otherwise).</summary>
    private static bool LocalPlace(TrieMatch<Place> at) =>
        at.Length > 0 && !Array.Exists(at.Items, x => x.Kind == PlaceKind.Country);

    private static bool SentenceOpenerAt(List<Token> tokens, int i) => EntityDiscovery.SentenceOpener(tokens, i);

    /// <summary>
    /// "New Haven", "New Orleans", "New York Times": a word that is no name alone ("New", "Live") opening a place or outlet
    /// of several words, each of the others written capitalised.
    /// </summary>
    private static bool OpensLongerName(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || !tokens[i + 1].IsWord || !tokens[i + 1].Cap || tokens[i].AllCaps || tokens[i].Norm is "the" or "a" or "an")
        {
            return false; // an outlet's "The" is matched with the outlet, below
        }

        var length = Math.Max(Gazetteers.Places.Match(tokens, i, tokens.Count).Length, Gazetteers.Outlets.Match(tokens, i, tokens.Count).Length);
        if (length < 2)
        {
            return false;
        }

        for (var k = i + 1; k < i + length; k++)
        {
            if (!tokens[k].Cap && !NameWords.NameParticles.Contains(tokens[k].Norm))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Dinamo Zagreb have denied …", "Borussia Dortmund said …", "Inter Milan boss X", "Real Madrid has reacted …": a
    /// capitalised word that is no title or given name right before a one-word city, the two the subject of a verb of speech,
    /// of "have"/"has"/"are" or a person noun, name a club. An English word ("Real", "Sporting") only when the article also
    /// writes it capitalised inside a sentence and it is no word of a region ("Greater", "Central", "Metro"). Adds the club
    /// (covering both words) and returns true.
    /// </summary>
    private bool ClubBeforeCity(Paragraph p, int i, bool[] covered)
    {
        var t = p.Tokens;
        if (i == 0 || i + 1 >= t.Count || covered[i - 1] || !t[i - 1].IsWord || !t[i - 1].Cap || t[i - 1].AllCaps || !t[i + 1].IsWord || t[i + 1].Cap)
        {
            return false;
        }

        var first = t[i - 1].Norm;
        if (NameWords.Titles.Contains(first) || NameWords.NotNames.Contains(first) || Gazetteers.IsGivenName(first) ||
            (Gazetteers.Words.Contains(first) && (!_words!.CapitalisedInside(first) || Lexicon.Current.PlaceModifiers.Contains(first))) ||
            Lexicon.Current.PlaceHeads.Contains(first) || Gazetteers.Places.Match(t, i - 1, i).Length > 0 || (i >= 2 && t[i - 2].IsWord && t[i - 2].Cap))
        {
            return false;
        }

        // "police spokeswoman Cassidee Carson said": after a title or role, and with a city that is also a surname, a person.
        if (Gazetteers.IsSurname(t[i].Norm) || (i >= 2 && (NameWords.IsTitle(t[i - 2]) || Attribution.SpeechLexicon.PersonNouns.Contains(t[i - 2].Norm))))
        {
            return false;
        }

        var next = t[i + 1].Norm;
        if (!(Attribution.SpeechLexicon.IsVerb(next) || next is "have" or "has" or "are" or "were" || Attribution.SpeechLexicon.PersonNouns.Contains(next)))
        {
            return false;
        }

        var club = EnsureInstitution(p, i - 1, i + 1);
        club.Type ??= "sports-club";
        AddSurface(p, i - 1, 2, club.Id);
        covered[i - 1] = true;
        return true;
    }

    /// <summary>
    /// "Paris Saint-Germain", "Lyon Duchère": a one-word city followed, with nothing between, by one
    /// or two capitalised words that are no English word, given name, surname, title or place make one organisation's name
    /// (a club, a firm), not the city and another name; "Paris Hilton" and "Paris Agreement" stay as they are. Adds the
    /// organisation and returns the end of its name, else 0.
    /// </summary>
    private int ClubAfterCity(Paragraph p, int i)
    {
        var t = p.Tokens;
        var end = i + 1;
        while (end < t.Count && end < i + 3 && t[end].IsWord && t[end].Cap && !t[end].AllCaps && p.InQuote[end] == p.InQuote[i] &&
               !EntityDiscovery.IsEnglishWord(t[end].Norm) && !Gazetteers.IsGivenName(t[end].Norm) && !Gazetteers.IsSurname(t[end].Norm) &&
               !NameWords.IsTitle(t[end]) && !NameWords.NotNames.Contains(t[end].Norm) && !Lexicon.Current.PlaceHeads.Contains(t[end].Norm) &&
               Gazetteers.Places.Match(t, end, end + 1).Length == 0 && _a.Registry.Aliases.Match(t, end, end + 1).Length == 0)
        {
            end++;
        }

        if (end == i + 1 || (end < t.Count && t[end].IsWord && t[end].Cap))
        {
            return 0; // no such word, or the run goes on with words of another kind ("Paris Saint Louis Hospital")
        }

        AddSurface(p, i, end - i, EnsureInstitution(p, i, end).Id);
        return end;
    }

    /// <summary>
    /// After a place of <paramref name="length"/> tokens at <paramref name="i"/>: "and", another place, then one to three
    /// capitalised words the last of which is an organisation's head, closing the capitalised run; where that name ends,
    /// or 0.
    /// </summary>
    private int TwoPlacesBody(Paragraph p, int i, int length)
    {
        var t = p.Tokens;
        var and = i + length;
        if (and + 2 >= t.Count || t[and].Norm != "and" || t[and + 1] is not { IsWord: true, Cap: true } || t[i].AllCaps ||
            Gazetteers.Places.Match(t, and + 1, t.Count) is not { Length: > 0 } second)
        {
            return 0;
        }

        var k = and + 1 + second.Length;
        var head = -1;
        while (k < t.Count && k < and + 1 + second.Length + 3 && t[k] is { IsWord: true, Cap: true })
        {
            head = NameWords.InstitutionHeads.Contains(t[k].Norm) ? k : head;
            k++;
        }

        return head >= 0 && head == k - 1 && !(k < t.Count && t[k] is { IsWord: true, Cap: true }) ? k : 0;
    }

    /// <summary>
    /// "Manchester City insisted …", "Ipswich Town have denied …": a city, then "City" or "Town", speaking or with a plural
    /// verb, is a football club (no place of that longer name, no capitalised word after it: "Manchester City Council" is
    /// the council; "Davao City has …" the city); its length, or 0.
    /// </summary>
    private int CityClub(Paragraph p, int i, TrieMatch<Place> place)
    {
        var t = p.Tokens;
        if (i + 1 >= t.Count || !Array.Exists(place.Items, x => x.Kind == PlaceKind.City) || Array.Exists(place.Items, x => x.Kind == PlaceKind.Country) ||
            t[i].AllCaps || t[i + 1] is not { IsWord: true, Cap: true, AllCaps: false } suffix || suffix.Norm is not ("city" or "town") ||
            i + 2 >= t.Count || !t[i + 2].IsWord || t[i + 2].Cap || Gazetteers.Places.Match(t, i, t.Count).Length > 1 || Gazetteers.WordNet.Match(t, i, t.Count).Length > 1)
        {
            return 0;
        }

        // (a club speaks, or takes the plural verb of British usage; "Davao City has …" is a place)
        var next = t[i + 2].Norm;
        if (!(Attribution.SpeechLexicon.IsVerb(next) || next is "have" or "are" or "were"))
        {
            return 0;
        }

        var club = EnsureInstitution(p, i, i + 2);
        club.Type ??= "sports-club";
        AddSurface(p, i, 2, club.Id);
        return 2;
    }

    /// <summary>
    /// "Liverpool have denied …", "Barcelona are set to …": a city's one-word name as a subject with a plural verb is a
    /// club (British usage), an organisation that speaks; the article's other bare mentions of the name go to it as well.
    /// </summary>
    private bool ClubOfCity(Paragraph p, int i, string name)
    {
        // ("Police have commenced inquiries": a town in Poland by name, the police by the word)
        if (!EntityDiscovery.CollectiveSubject(p.Tokens, i, i + 1) || Attribution.SpeechLexicon.IsInstitutionNoun(p.Tokens[i].Norm))
        {
            return false;
        }

        // "Burnley have …" in an article that names "Burnley Football Club": that club.
        var club = _a.Entities.Values.FirstOrDefault(e => e.Kind == EntityKind.Institution && e.Name.StartsWith(name + " ", StringComparison.Ordinal) &&
                e.Name.AsSpan(name.Length + 1) is "Football Club" or "FC" or "F.C." or "AFC" or "Soccer Club")
            ?? EnsureNew("institution:" + TextFold.Slug(name), EntityKind.Institution, name);
        club.Type ??= "sports-club";
        _collectiveAliases.Add((_a.Text.Substring(p.Tokens[i].Start, p.Tokens[i].End - p.Tokens[i].Start), club.Id));
        return true;
    }

    /// <summary>
    /// "MD", "WI", "Calif.": WordNet lists the states' abbreviations as places, but alone they are as often something
    /// else ("Jane Doe, MD"); discovery reads them where a city stands before them ("Oshkosh, WI").
    /// </summary>
    private static bool IsStateAbbreviation(List<Token> tokens, int i, int length)
    {
        var norm = tokens[i].Norm;
        return length switch
        {
            1 => Lexicon.Current.StateAbbreviations.ContainsKey(norm) || Lexicon.Current.StateAbbreviations.ContainsKey(norm + "."),
            2 => tokens[i + 1].Norm == "." && Lexicon.Current.StateAbbreviations.ContainsKey(norm + "."),
            _ => false,
        };
    }

    /// <summary>
    /// "drinks in the Harlow Street rose garden", "protesters outside Harlow Street": a street the registry uses for a
    /// government ("Downing Street") written as the place it is, after a preposition of place, is that place as well.
    /// </summary>
    private void LiteralStreet(Paragraph p, int i, int len, RegistryEntry entry)
    {
        var tokens = p.Tokens;
        var last = tokens[i + len - 1];
        if (entry.Type != "government" || len < 2 || !Lexicon.Current.StreetHeads.Contains(last.Norm))
        {
            return;
        }

        var k = i - 1;
        if (k > 0 && tokens[k].Norm == "the")
        {
            k--;
        }

        if (k < 0 || tokens[k].Norm is not ("in" or "at" or "outside" or "inside" or "into" or "near" or "around" or "on") ||
            (i + len < tokens.Count && Lexicon.Current.AnonymousSpeakers.Contains(tokens[i + len].Norm)))
        {
            return; // "a letter to Harlow Street", "a Harlow Street spokesman": the government
        }

        var name = _a.Text.Substring(tokens[i].Start, last.End - tokens[i].Start);
        EnsureNew("place:" + TextFold.Slug(name), EntityKind.Place, name).MentionCount++;
    }

    /// <summary>"People with a cold stayed home": an outlet's one-word name that is an English word, opening a sentence.</summary>
    private static bool CommonWordOpeningSentence(List<Token> tokens, int i) =>
        EntityDiscovery.SentenceOpener(tokens, i) && Gazetteers.Words.Contains(tokens[i].Norm);

    /// <summary>"Central Committee of the Communist Party": a name that goes on past "of" is a longer name, not this one.</summary>
    private static bool NameGoesOn(List<Token> tokens, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Norm is not ("of" or "for" or "on" or "de" or "del"))
        {
            return false;
        }

        var next = tokens[end + 1].Norm == "the" && end + 2 < tokens.Count ? tokens[end + 2] : tokens[end + 1];
        return next.IsWord && next.Cap;
    }

    /// <summary>"the Central Committee of the Communist Party": a name after "of (the)" and a capitalised word ends a longer name.</summary>
    private static bool NameComesFrom(List<Token> tokens, int i)
    {
        var k = i - 1;
        if (k >= 0 && tokens[k].Norm == "the")
        {
            k--;
        }

        return k > 0 && tokens[k].Norm is "of" or "for" or "on" or "de" or "del" && tokens[k - 1].IsWord && tokens[k - 1].Cap &&
            !EntityDiscovery.SentenceOpener(tokens, k - 1);
    }

    /// <summary>
    /// The kind of a WordNet proper name written in the text ("Environmental Protection Agency", "EPA", "Latin
    /// America"), or null: a name of one kind only, and a one-word name only when it is an organisation or place, not
    /// also an English word, a given name or a surname ("Reagan" may be anyone called Reagan; "Washington" is a man and a
    /// city).
    /// </summary>
    private static EntityKind? WordNetKind(ProperName name, int length, Token first)
    {
        var kind = name.Kinds switch
        {
            NameKinds.Person => EntityKind.Person,
            NameKinds.Institution => EntityKind.Institution,
            NameKinds.Place => EntityKind.Place,
            _ => (EntityKind?)null,
        };
        if (length > 1 || kind is null)
        {
            return kind;
        }

        return kind != EntityKind.Person && !name.CommonWord && !Gazetteers.IsGivenName(first.Norm) && !Gazetteers.IsSurname(first.Norm) ? kind : null;
    }

    /// <summary>
    /// "Labour said …", "a Labour MP", "Labour's candidate", "defected to Labour on Wednesday": a labour party WordNet names
    /// by the common word, capitalised, before a verb, a capitalised word, a possessive or punctuation, or inside a
    /// sentence a preposition ("Labour costs rose" is the word).
    /// </summary>
    private static bool LabourParty(List<Token> tokens, int i, ProperName name)
    {
        if (name.Class != "labor party" || !tokens[i].Cap || tokens[i].AllCaps || i + 1 >= tokens.Count)
        {
            return false;
        }

        // (inside a sentence a preposition or "and" may follow too: "defected to Labour on Wednesday")
        var next = tokens[i + 1];
        return !next.IsWord || next.Cap || Attribution.SpeechLexicon.IsVerb(next.Norm) || next.Norm is "has" or "have" or "had" or "is" or "was" or "will" or "would" or "also" ||
            (!SentenceOpenerAt(tokens, i) && (Lexicon.Current.Prepositions.Contains(next.Norm) || next.Norm is "and" or "or"));
    }

    /// <summary>
    /// "Amnesty International India": an organisation's name run on into a country's name, with no break, is its
    /// national branch, an organisation of its own (not the organisation, and not the country); an outlet's branch
    /// ("Guardian Australia") is an outlet too. Returns the length of the whole name, or 0.
    /// </summary>
    private int NationalBranch(Paragraph p, int i, int len, string id)
    {
        var tokens = p.Tokens;
        var end = i + len;
        if (end >= tokens.Count || !tokens[end].IsWord || !tokens[end].Cap || _a.Registry.Get(id) is not { Kind: EntityKind.Institution } org ||
            org.IsGeneric || org.Type is "government" || tokens[i].AllCaps && len == 1)
        {
            return 0;
        }

        var (countryLen, countryId) = _a.Registry.Aliases.Match(tokens, end, tokens.Count);
        // A capital after the name is the dateline of a credit ("Press Trust of India New Delhi"), not a branch's country.
        if (countryLen == 0 || _a.Registry.Get(countryId!) is not { Kind: EntityKind.Place, GovernmentId: not null, Type: "country" } ||
            (end + countryLen < tokens.Count && tokens[end + countryLen].IsWord && tokens[end + countryLen].Cap))
        {
            return 0;
        }

        // ("Guardian Australia" written as one name: the outlet's national edition reports, as the outlet does)
        return LongerInstitution(p, i, end + countryLen, outlet: org.Type == "outlet");
    }

    /// <summary>
    /// "the Lula Institute", "the Clinton Foundation", "China Daily": a person's or a place's name run on into
    /// capitalised words ending in an institution's head word is an institution named after them; so is an
    /// organisation's name run on into two such words or more (one of its bodies). A brand before the place opens the name
    /// and is marked in <paramref name="covered"/>. Returns the length of the name from <paramref name="i"/>, or 0.
    /// </summary>
    private int NamedAfter(Paragraph p, int i, int len, string id, bool[] covered)
    {
        var tokens = p.Tokens;
        var end = i + len;
        var entry = _a.Registry.Get(id);
        if (p.IsHeading || entry is null)
        {
            return 0;
        }

        var last = -1;
        for (var k = end; k < tokens.Count && k < end + 3 && tokens[k].IsWord && tokens[k].Cap && !tokens[k].AllCaps; k++)
        {
            if (NameWords.InstitutionHeads.Contains(tokens[k].Norm))
            {
                last = k;
            }
        }

        // "the Netherlands Institute of International Relations", "the Ghana Institute of Journalism": a country opening a
        // learned or member body's name keeps the words after "of" in it.
        if (last >= 0 && entry.Kind == EntityKind.Place && tokens[last].Norm is "institute" or "union" or "association" or "federation" or "society" or
                "academy" or "chamber" or "confederation" or "council" or "university" or "college" && OfPhraseEnd(tokens, last + 1) is var ofEnd and > 0)
        {
            return LongerInstitution(p, i, ofEnd);
        }

        // "the United States Department of State": the name goes on past the head word, so it is not this one.
        if (last < 0 || (last + 1 < tokens.Count && tokens[last + 1].IsWord && tokens[last + 1].Cap) ||
            (last + 2 < tokens.Count && tokens[last + 1].Norm is "of" or "for" or "on" && tokens[last + 2].Cap && !EntityDiscovery.DateAfterOn(tokens, last + 1)))
        {
            return 0;
        }

        // An organisation's own body ("European Union Aviation Safety Agency", "Harlow Council Planning Board") takes two
        // words or more after the name and a head word that is no company suffix ("Northwind Group" is Northwind).
        // ("the Uganda Red Cross Society": one word for a learned or member body after the name makes its own body's name,
        // not a body named "Society")
        if (entry.Kind == EntityKind.Institution && ((last - end < 1 && tokens[last].Norm is not ("society" or "association" or "foundation" or "federation" or
                "academy" or "institute")) || NameWords.CorporateSuffixes.Contains(tokens[last].Norm)))
        {
            return 0;
        }

        // "Ajinomoto Philippines Corporation": a brand before a place that opens a company's name is the name's first word
        // (covered with it; the length returned still counts from the place).
        var owner = entry.Kind == EntityKind.Place ? OwnerWordsBefore(p, i, covered) : i;
        if (owner == i)
        {
            return LongerInstitution(p, i, last + 1);
        }

        Array.Fill(covered, true, owner, i - owner);
        return LongerInstitution(p, owner, last + 1) - (i - owner);
    }

    /// <summary>
    /// "Ajinomoto Philippines Corporation", "Zentrova Kenya Limited": one or two capitalised words right before the place at
    /// <paramref name="i"/>, one space apart, that nothing else covered and that are no English words, given names, titles or
    /// words that open no name: the first of them, else <paramref name="i"/>.
    /// </summary>
    private int OwnerWordsBefore(Paragraph p, int i, bool[] covered)
    {
        var t = p.Tokens;
        var k = i;
        while (k > 0 && k > i - 2 && t[k - 1] is { IsWord: true, Cap: true, AllCaps: false } && !covered[k - 1] && t[k - 1].End + 1 == t[k].Start &&
               !NameWords.NotNames.Contains(t[k - 1].Norm) && !NameWords.IsTitle(t[k - 1]) && !EntityDiscovery.IsEnglishWord(t[k - 1].Norm) &&
               !Gazetteers.IsGivenName(t[k - 1].Norm) && !_a.Text.AsSpan(t[k - 1].Start, t[k - 1].End - t[k - 1].Start).Contains('-') && p.InQuote[k - 1] == p.InQuote[i])
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// The end of "of" (or "for") and the capitalised words after it, "and" or "of" between them ("of International
    /// Relations", "for Science and Technology"), or 0 when no capitalised word follows.
    /// </summary>
    private static int OfPhraseEnd(List<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count || tokens[k].Norm is not ("of" or "for"))
        {
            return 0;
        }

        var end = 0;
        for (var j = k + 1; j < tokens.Count && j < k + 7 && tokens[j].IsWord; j++)
        {
            if (tokens[j].Cap && !tokens[j].AllCaps)
            {
                end = j + 1;
            }
            else if (!(end > 0 && tokens[j].Norm is "and" or "of" && j + 1 < tokens.Count && tokens[j + 1].Cap))
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// "the U.S. Senate finance committee", "the Harlow Assembly budget subcommittee": a legislature's name and one or two
    /// lower-case words before "committee" name a committee of that legislature, an institution of its own. Its short
    /// form without the legislature's first words ("Senate finance committee") is an alias too. Returns the length, or 0.
    /// </summary>
    private int CommitteeOf(Paragraph p, int i, int len, string id)
    {
        var tokens = p.Tokens;
        if (_a.Registry.Get(id) is not { Type: "legislature" } legislature)
        {
            return 0;
        }

        var k = i + len;
        while (k < tokens.Count && k - (i + len) < 2 && tokens[k].IsWord && !tokens[k].Cap && tokens[k].Norm is not ("committee" or "subcommittee"))
        {
            k++;
        }

        if (k == i + len || k >= tokens.Count || tokens[k].Norm is not ("committee" or "subcommittee"))
        {
            return 0;
        }

        var words = _a.Text.Substring(tokens[i + len].Start, tokens[k].End - tokens[i + len].Start);
        var id2 = "institution:" + TextFold.Slug(legislature.Name + " " + words);
        var name = _a.Text.Substring(tokens[i].Start, tokens[k].End - tokens[i].Start);
        var committee = EnsureNew(id2, EntityKind.Institution, name);
        _localAliases.Add((name, committee.Id));
        _localAliases.Add((_a.Text.Substring(tokens[i + len - 1].Start, tokens[i + len - 1].End - tokens[i + len - 1].Start) + " " + words, committee.Id));
        return k + 1 - i;
    }

    /// <summary>The outlet named by the <paramref name="length"/> tokens from <paramref name="i"/> (a station, programme or edition), of the outlet's type, as the article's entity.</summary>
    private void OutletStation(Paragraph p, int i, int length, string? type)
    {
        var tokens = p.Tokens;
        var name = _a.Text.Substring(tokens[i].Start, tokens[i + length - 1].End - tokens[i].Start);
        var station = EnsureNew("institution:" + TextFold.Slug(name), EntityKind.Institution, name);
        station.Type ??= type ?? "outlet";
        AddSurface(p, i, length, station.Id);
        _localAliases.Add((name, station.Id));
    }

    /// <summary>
    /// After an outlet's name at <paramref name="k"/>: one to three words of an edition, a station or a programme, each a
    /// number ("Talk Radio 702", "BBC Radio 4"), a word of broadcasting ("BBC Breakfast", "ITV Sport") or, last, a country
    /// or a city ("Daily Mail Australia", "ABC Radio Sydney"; not after a news agency, whose dateline it is), closing the
    /// capitalised run; their count, or 0.
    /// </summary>
    private int OutletEdition(Paragraph p, int k, bool agency)
    {
        var tokens = p.Tokens;
        var end = k;
        while (end < tokens.Count && end - k < 3 && tokens[end].IsWord && tokens[end].Start == tokens[end - 1].End + 1 && !p.InQuote[end] == !p.InQuote[k - 1])
        {
            var t = tokens[end];
            if ((char.IsDigit(t.Norm[0]) && t.Norm.All(char.IsDigit)) || (t.Cap && !t.AllCaps && Lexicon.Current.BroadcastWords.Contains(t.Norm)))
            {
                end++;
            }
            else if (!agency && t.Cap && Gazetteers.Places.Match(tokens, end, tokens.Count) is { Length: > 0 } place && end + place.Length - k <= 3 &&
                     Array.Exists(place.Items, x => x.Kind is PlaceKind.Country or PlaceKind.City))
            {
                // ("Press Trust of India New Delhi": an agency's credit and its dateline run together, no edition)
                end += place.Length;
                break;
            }
            else
            {
                break;
            }
        }

        return end > k && !(end < tokens.Count && tokens[end].IsWord && tokens[end].Cap) ? end - k : 0;
    }

    /// <summary>An outlet of the table as the article's entity (the registry's when it has one), typed as an outlet or a news agency.</summary>
    private ArticleEntity EnsureOutlet(Outlet o)
    {
        var e = _a.Registry.Get(o.Id) is not null ? _a.Ensure(o.Id) : EnsureNew(o.Id, EntityKind.Institution, o.Name);
        e.Type ??= o.Type == OutletType.NewsAgency ? "agency-news" : "outlet";
        return e;
    }

    /// <summary>
    /// "The Times of Malta reported …", "the Herald of Harlow": a newspaper's last word, "of" and a place the gazetteers or
    /// the registry know make one outlet's name (the outlet table's entry when it has one), not a paper and a place.
    /// Returns the length, or 0.
    /// </summary>
    private int OutletOfPlace(Paragraph p, int at)
    {
        var tokens = p.Tokens;
        var i = at + 1 < tokens.Count && tokens[at].Norm == "the" ? at + 1 : at; // ("The Times of Malta": the registry's "the Times" is read with its article)
        if (i + 2 >= tokens.Count || p.IsHeading || !tokens[i].IsWord || !tokens[i].Cap || tokens[i].AllCaps || tokens[i + 1].Norm != "of" ||
            !tokens[i + 2].Cap || !Lexicon.Current.OutletNameHeads.Contains(tokens[i].Norm))
        {
            return 0;
        }

        var place = Math.Max(Gazetteers.Places.Match(tokens, i + 2, tokens.Count).Length, _a.Registry.Aliases.Match(tokens, i + 2, tokens.Count).Length);
        var end = i + 2 + place;
        if (place == 0 || (end < tokens.Count && tokens[end].IsWord && tokens[end].Cap))
        {
            return 0;
        }

        // ("The Times of India": the outlet table's entry when it knows the name)
        var name = _a.Text.Substring(tokens[i].Start, tokens[end - 1].End - tokens[i].Start);
        var known = Gazetteers.Outlets.Match(tokens, i, tokens.Count);
        var outlet = known.Length == end - i ? EnsureOutlet(known.Items[0]) : EnsureNew("institution:" + TextFold.Slug(name), EntityKind.Institution, name);
        outlet.Type ??= "outlet";
        AddSurface(p, i, end - i, outlet.Id);
        _localAliases.Add((name, outlet.Id));
        if (at < i)
        {
            _localAliases.Add((_a.Text.Substring(tokens[at].Start, tokens[end - 1].End - tokens[at].Start), outlet.Id)); // with its article, over the registry's "the Times"
        }

        return end - at;
    }

    /// <summary>
    /// "a report in the Washington Ledger", "the Havana Chronicle said": "the", a registry name and one or two capitalised
    /// words ending in a newspaper's last word make an outlet's name (typed so by <see cref="LongerInstitution"/>), not the
    /// place and a stray word. Returns the length, or 0.
    /// </summary>
    private int PaperNamedAfter(Paragraph p, int i, int len)
    {
        var tokens = p.Tokens;
        if (Masthead(p, i, len))
        {
            return LongerInstitution(p, i, i + len + 1, outlet: true);
        }

        if (p.IsHeading || i == 0 || tokens[i - 1].Norm != "the")
        {
            return 0;
        }

        var last = -1;
        for (var k = i + len; k < tokens.Count && k < i + len + 2 && tokens[k].IsWord && tokens[k].Cap && !tokens[k].AllCaps; k++)
        {
            last = Lexicon.Current.OutletNameHeads.Contains(tokens[k].Norm) ? k : -1;
        }

        return last < 0 || (last + 1 < tokens.Count && tokens[last + 1].IsWord && tokens[last + 1].Cap) ? 0 : LongerInstitution(p, i, last + 1);
    }

    /// <summary>
    /// "Belfast Telegraph" alone on a line over the page: a place and a newspaper's last word making the whole line, the
    /// site's masthead, is the outlet.
    /// </summary>
    private static bool Masthead(Paragraph p, int i, int len) =>
        p.IsHeading && i == 0 && p.Tokens.Count == len + 1 && p.Tokens[len].IsWord && p.Tokens[len].Cap &&
        Lexicon.Current.OutletNameHeads.Contains(p.Tokens[len].Norm);

    /// <summary>tokens[i..end) as an institution of its own (an outlet with <paramref name="outlet"/>), its name an article alias; returns the length.</summary>
    private int LongerInstitution(Paragraph p, int i, int end, bool outlet = false)
    {
        // "the Middle East News Agency": a registry alias written with its article ("the Middle East") leaves it out of the name.
        var from = p.Tokens[i].Norm == "the" && i + 1 < end ? i + 1 : i;
        var entity = EnsureInstitution(p, from, end);
        if (outlet)
        {
            entity.Type ??= "outlet";
        }

        _localAliases.Add((_a.Text.Substring(p.Tokens[from].Start, p.Tokens[end - 1].End - p.Tokens[from].Start), entity.Id)); // as written here
        var head = p.Tokens[end - 1].Norm;
        if ((from > 0 && p.Tokens[from - 1].Norm == "the" && Lexicon.Current.OutletNameHeads.Contains(head)) || Lexicon.Current.OutletOnlyHeads.Contains(head))
        {
            entity.Type ??= "outlet"; // "a report in the Washington Times": a place's name before a newspaper's last word
        }

        if (from > i)
        {
            _localAliases.Add((_a.Text.Substring(p.Tokens[i].Start, p.Tokens[end - 1].End - p.Tokens[i].Start), entity.Id)); // matched with it, as written
        }
        return end - i;
    }

    /// <summary>
    /// A one-word place name that is no English word, given name or surname; a smaller city (under 50,000) only after a
    /// preposition of place or movement ("flew to Ibiza", "a rally in Plover"), where a town is what the text means.
    /// After "in" or "from" a country, a region or a larger city may also be a given name or a surname ("a Democrat from
    /// Nevada", "a rally in Georgia"), unless the article has named a person so.
    /// </summary>
    private bool PlausibleOneWordPlace(Paragraph p, int i, Place place)
    {
        var tokens = p.Tokens;
        var t = tokens[i];
        if (t.AllCaps && !place.Flags.HasFlag(PlaceFlags.CommonWord) && OpensDateline(tokens, i))
        {
            return true; // "SYDNEY (Reuters) -", "AUSTIN, Texas (AP) —": a dateline's place, given name or not
        }

        if (place.Flags.HasFlag(PlaceFlags.CommonWord) || t.AllCaps)
        {
            return false;
        }

        // "Ann Bello said …", "Anne Bello called …": a town right after a given name that opens a name (no English word, no
        // capitalised word before it but a title) is the person's surname, as a registry place is ("Maria Lima").
        if (place.Kind == PlaceKind.City && GivenNameOpensBefore(tokens, i))
        {
            return false;
        }

        // "But Hitachi later issued a statement denying …": a town issues no statements; a company named like it does.
        if (place.Kind == PlaceKind.City && !place.Flags.HasFlag(PlaceFlags.Capital) && !LocativeBefore(tokens, i) && IssuesStatement(tokens, i + 1))
        {
            return false;
        }

        // "Japanese automotive company Toyota has denied …", "the carmaker Hitachi": a town named right after the noun that
        // says what kind of firm follows is that firm.
        if (place.Kind == PlaceKind.City && !place.Flags.HasFlag(PlaceFlags.Capital) && AfterCompanyNoun(tokens, i))
        {
            return false;
        }

        var large = place.Kind != PlaceKind.City || place.Population >= 50_000 || place.Flags.HasFlag(PlaceFlags.Capital) || place.Flags.HasFlag(PlaceFlags.AdminSeat);
        if (!Gazetteers.IsGivenName(t.Norm) && !Gazetteers.IsSurname(t.Norm))
        {
            return large || LocativeBefore(tokens, i);
        }

        // ("played for England", "a club of England": a country or a region after "for" or "of" as well; "the town of
        // Southport, northern England", "MANCHESTER, England:": a country or a region after a word of its part, or after
        // a place and a comma, as a dateline writes it)
        return large && i > 0 && !IsPersonsName(t.Norm) &&
            ((!tokens[i - 1].Cap && (tokens[i - 1].Norm is "in" or "from" || (place.Kind != PlaceKind.City && tokens[i - 1].Norm is "for" or "of"))) ||
             (place.Kind != PlaceKind.City && (CompassWord(tokens[i - 1]) || (i > 1 && tokens[i - 1].Norm == "," && Gazetteers.Places.Match(tokens, PlaceStartBefore(tokens, i - 1), i - 1).Length > 0))));
    }

    /// <summary>A capitalised given name right before token i that is no English word, title or registry name and opens a name.</summary>
    private bool GivenNameOpensBefore(List<Token> tokens, int i)
    {
        if (i == 0 || tokens[i - 1] is not { IsWord: true, Cap: true, AllCaps: false } given || !Gazetteers.IsGivenName(given.Norm) ||
            EntityDiscovery.IsEnglishWord(given.Norm) || NameWords.Titles.Contains(given.Norm) || NameWords.NotNames.Contains(given.Norm) ||
            _a.Registry.Aliases.Match(tokens, i - 1, i).Length > 0)
        {
            return false;
        }

        return (i < 2 || !tokens[i - 2].IsWord || !tokens[i - 2].Cap || NameWords.IsTitle(tokens[i - 2])) &&
            !(i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Cap);
    }

    /// <summary>"northern", "south-west", "central": a lower-case word for a part of a country or region.</summary>
    private static bool CompassWord(Token t) =>
        t.IsWord && !t.Cap && t.Norm is "northern" or "southern" or "eastern" or "western" or "central" or "northeastern" or "northwestern" or
            "southeastern" or "southwestern" or "north-east" or "north-west" or "south-east" or "south-west" or "north-eastern" or "north-western" or
            "south-eastern" or "south-western" or "rural" or "coastal";

    /// <summary>The first token of the one- to three-word capitalised run that ends right before <paramref name="end"/>.</summary>
    private static int PlaceStartBefore(List<Token> tokens, int end)
    {
        var k = end;
        while (k > 0 && end - k < 3 && tokens[k - 1].IsWord && tokens[k - 1].Cap)
        {
            k--;
        }

        return k;
    }

    private static bool AfterCompanyNoun(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].Cap && Attribution.SpeechLexicon.IsCompanyNoun(tokens[i - 1].Norm);

    /// <summary>"later issued a statement", "has released an official statement", "issued a press release": from <paramref name="k"/>.</summary>
    private static bool IssuesStatement(List<Token> tokens, int k)
    {
        while (k < tokens.Count && tokens[k].Norm is "later" or "also" or "has" or "had" or "then" or "quickly" or "swiftly" or "since")
        {
            k++;
        }

        if (k + 2 >= tokens.Count || tokens[k].Norm is not ("issued" or "released" or "issues" or "releases") || tokens[k + 1].Norm is not ("a" or "an"))
        {
            return false;
        }

        for (var j = k + 2; j < tokens.Count && j <= k + 4 && tokens[j].IsWord && !tokens[j].Cap; j++)
        {
            if (tokens[j].Norm is "statement" or "release" or "communique")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Frankfurt-based", "Wakefield-based", "New York-based", "Nashville-area": a capitalised word made of a place the
    /// gazetteer knows (not a common word) and "-based" ("-area", "-headquartered"), as a company or a paper is described, with the capitalised word before it when the two
    /// make the place's name, and no capitalised name after it (which it modifies); that place and the tokens its name
    /// takes (1 or 2), or null.
    /// </summary>
    private Place? BasedIn(Paragraph p, int i, out int length)
    {
        length = 0;
        var t = p.Tokens[i];
        // ("a Nashville-area phone number", "the Dallas-headquartered carrier", "Iran-backed militias", "Taiwan-bound
        // scholars", "a Chinese-owned firm" (no place), "Abuja-bound flights": the same place in the word)
        var dash = t.Norm.LastIndexOf('-');
        var based = dash > 0 && t.Norm[(dash + 1)..] is "based" or "area" or "headquartered" or "backed" or "aligned" or "bound" or "owned" or "funded" or
            "allied" or "controlled" or "supported" or "linked" or "sponsored" or "born" ? t.Norm[dash..] : null;
        if (based is null || !t.IsWord || !t.Cap || t.AllCaps || t.Norm.Length <= based.Length + 2 || t.Norm.IndexOf('-') != t.Norm.Length - based.Length)
        {
            return null;
        }

        if (i + 1 < p.Tokens.Count && p.Tokens[i + 1].IsWord && p.Tokens[i + 1].Cap)
        {
            return null; // "on Lagos-based Harmony FM": a modifier of the name after it, which the text is about
        }

        var head = new Token(t.Start, t.End - based.Length, TokenKind.Word, t.Norm[..^based.Length], true, false);
        if (i > 0 && p.Tokens[i - 1].IsWord && p.Tokens[i - 1].Cap && !EntityDiscovery.SentenceOpener(p.Tokens, i - 1))
        {
            // "New York-based": the capitalised word before is the name's; the two words make the place, or no place is read
            var two = Gazetteers.Places.Match([p.Tokens[i - 1], head], 0, 2);
            length = two.Length == 2 ? 2 : 0;
            return two.Length == 2 ? two.Items[0] : null;
        }

        var match = Gazetteers.Places.Match([head], 0, 1);
        length = 1;
        return match.Length == 1 && !match.Items[0].Flags.HasFlag(PlaceFlags.CommonWord) ? match.Items[0] : null;
    }

    /// <summary>
    /// Token i, in capitals, opens the paragraph's dateline: the paragraph's first word, then within twelve tokens a dash
    /// or an agency's credit in brackets, with only capitalised words, numbers and punctuation before it ("SYDNEY (Reuters)
    /// -", "AUSTIN, Texas (AP) —", "PARIS, Jan 9 (Reuters) -", "GENEVA —", "SYDNEY •"), or a comma, a date and a colon
    /// ("MULTAN, Aug 7:"); a sentence has a word in lower case first.
    /// </summary>
    private static bool OpensDateline(List<Token> tokens, int i)
    {
        if (i != 0 || tokens.Count < 3 || !(tokens[1].Norm is "(" or "," || EntityDiscovery.IsDatelineMark(tokens[1].Norm)))
        {
            return false;
        }

        for (var k = 1; k < tokens.Count && k <= 12; k++)
        {
            var norm = tokens[k].Norm;
            // ("MULTAN, Aug 7: The family …": a colon right after the dateline's date closes it too)
            if (EntityDiscovery.IsDatelineMark(norm) || (norm == ")" && k > 2 && tokens[k - 1].IsWord && tokens[k - 1].Cap) ||
                (norm == ":" && k > 3 && tokens[1].Norm == "," && char.IsAsciiDigit(tokens[k - 1].Norm[0])))
            {
                return true;
            }

            if (tokens[k].IsWord && !tokens[k].Cap && !char.IsDigit(norm[0]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A word of the name of a person this article has named so far ("Ray Allen", then "in Allen's view").</summary>
    private bool IsPersonsName(string folded)
    {
        foreach (var e in _a.Entities.Values)
        {
            if (e.Kind == EntityKind.Person && TextFold.Fold(e.Name).Split(' ').Contains(folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in", "to", "from", "near" … right before token i ("according to" is a source, not a destination).</summary>
    private static bool LocativeBefore(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].Cap && tokens[i - 1].Norm is "in" or "to" or "from" or "near" or "outside" or "into" or "across" or "around" or "via" or "towards" or "toward" &&
        !(i > 1 && tokens[i - 1].Norm == "to" && tokens[i - 2].Norm is "according" or "told" or "said" or "spoke" or "talked" or "wrote");

    /// <summary>
    /// Capitalised throughout, and not glued to capitalised words before or after it; with <paramref name="beforeTitleOk"/>
    /// a title and a name may follow (a place's officer: "Mombasa Governor Hassan Joho", "Kisumu Senator …").
    /// </summary>
    private static bool IsWrittenAsName(Paragraph p, int i, int length, bool oneWordOk, bool beforeTitleOk = false)
    {
        var tokens = p.Tokens;
        for (var k = i; k < i + length; k++)
        {
            if (tokens[k].IsWord && !tokens[k].Cap && !NameWords.NameParticles.Contains(tokens[k].Norm) && tokens[k].Norm is not ("of" or "the" or "and"))
            {
                return false;
            }
        }

        var end = i + length;
        if (end < tokens.Count && tokens[end].IsWord && tokens[end].Cap && !p.IsHeading && !EntityDiscovery.SentenceOpener(tokens, end) &&
            !(beforeTitleOk && Lexicon.Current.PersonTitles.Contains(tokens[end].Norm) && end + 1 < tokens.Count && tokens[end + 1].IsWord && tokens[end + 1].Cap &&
              !NameWords.InstitutionHeads.Contains(tokens[end + 1].Norm)) &&
            !(beforeTitleOk && GovernmentWordAfter(tokens, end)))
        {
            return false; // "Boston Globe", "California Department of …" (but a place may be a title's: "Mombasa Governor Hassan Joho")
        }

        if (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Cap && !p.IsHeading && !EntityDiscovery.SentenceOpener(tokens, i - 1) &&
            !NameWords.NotNames.Contains(tokens[i - 1].Norm) && !NameWords.IsTitle(tokens[i - 1]))
        {
            return false; // "Robin Boston", "New Mexico" read from "Mexico"
        }

        return oneWordOk || length > 1;
    }

    /// <summary>
    /// "The Ontario Government said …", "the Selangor Government has denied …": "Government" written capitalised right after
    /// a place's name, with no capitalised word after it, is that place's government, as "the Ontario government" is; the
    /// place is still named.
    /// </summary>
    private static bool GovernmentWordAfter(List<Token> tokens, int k) =>
        tokens[k].Norm is "government" or "administration" && !(k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Cap);

    /// <summary>
    /// "Delta State", "Lagos State", "Sindh Province": a subdivision the gazetteer knows, named with its kind (though
    /// "Delta" is a word and "Lagos" a city), is that state, named as the text names it. Its length, or 0.
    /// </summary>
    private int StateNamedWithKind(Paragraph p, int i, TrieMatch<Place>? matched = null)
    {
        var tokens = p.Tokens;
        if (p.IsHeading || (matched is null && !(i + 1 < tokens.Count && tokens[i + 1].Norm is "state" or "province") && !(i + 2 < tokens.Count && tokens[i + 2].Norm is "state" or "province")))
        {
            return 0; // the cheap test first: no "State" right after a one- or two-word name
        }

        var place = matched ?? Gazetteers.Places.Match(tokens, i, tokens.Count);
        if (place.Length == 0 || i + place.Length >= tokens.Count || tokens[i + place.Length].Norm is not ("state" or "province") || !tokens[i + place.Length].Cap ||
            Array.Find(place.Items, x => x.Kind == PlaceKind.Subdivision) is not { } named ||
            !(IsWrittenAsName(p, i, place.Length + 1, oneWordOk: true) || StateBodyAfter(p, i, i + place.Length + 1)))
        {
            return 0;
        }

        var written = named.Name + " " + (tokens[i + place.Length].Norm == "state" ? "State" : "Province");
        var state = EnsureNew("place:" + TextFold.Slug(written), EntityKind.Place, written);
        state.Type ??= ArticleAnalysis.SubdivisionType;
        AddSurface(p, i, place.Length + 1, state.Id);
        return place.Length + 1;
    }

    /// <summary>
    /// "the Lagos State Government", "Lagos State Governor X": the state's government, or its governor's title, written in
    /// capitals right after its name at [<paramref name="i"/>, <paramref name="k"/>). ("Virginia State Police", "Sokoto State
    /// Command" are bodies of their own names.)
    /// </summary>
    private static bool StateBodyAfter(Paragraph p, int i, int k) =>
        k < p.Tokens.Count && p.Tokens[k].Cap && p.Tokens[k].Norm is "government" or "governor" && IsWrittenAsName(p, i, k - i + 1, oneWordOk: true);

    /// <summary>"rugby union", "football federation": a lower-case sport and a noun for its governing body at <paramref name="k"/>.</summary>
    private static bool NationalSportsBody(Paragraph p, int k) =>
        k + 1 < p.Tokens.Count && p.Tokens[k] is { IsWord: true, Cap: false } sport && Lexicon.Current.SportNouns.Contains(sport.Norm) &&
        p.Tokens[k + 1] is { IsWord: true, Cap: false } body && body.Norm is "union" or "federation" or "association" or "board" or "body" or "league" or "council";

    /// <summary>"rugby" → "Rugby": a folded word with its first letter capitalised.</summary>
    private static string TitleCase(string folded) => char.ToUpperInvariant(folded[0]) + folded[1..];

    /// <summary>The organisation named by tokens [from, end) of the paragraph, as the text writes it (an existing one of that id first).</summary>
    private ArticleEntity EnsureInstitution(Paragraph p, int from, int end)
    {
        var name = _a.Text.Substring(p.Tokens[from].Start, p.Tokens[end - 1].End - p.Tokens[from].Start);
        return EnsureNew("institution:" + TextFold.Slug(name), EntityKind.Institution, name);
    }

    private ArticleEntity EnsureNew(string id, EntityKind kind, string name)
    {
        if (_a.Entities.TryGetValue(id, out var e))
        {
            return e;
        }

        if (_a.Registry.Get(id) is not null)
        {
            return _a.Ensure(id);
        }

        e = new ArticleEntity(id, kind, name);
        _a.Entities[id] = e;
        return e;
    }

    private void AddSurface(Paragraph p, int i, int length, string id) =>
        _localAliases.Add((_a.Text.Substring(p.Tokens[i].Start, p.Tokens[i + length - 1].End - p.Tokens[i].Start), id));
}
