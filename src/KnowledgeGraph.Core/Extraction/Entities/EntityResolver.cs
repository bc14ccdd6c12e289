using KnowledgeGraph.Model;
using KnowledgeGraph.Text;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Entity passes: registry + discovery first, then article aliases (surnames, acronyms) and a final match.</summary>
internal sealed partial class EntityResolver(ArticleAnalysis analysis)
{
    private readonly ArticleAnalysis _a = analysis;
    private readonly AliasTrie _local = new(filterBitsLog2: 10);
    private readonly List<(string Alias, string Id)> _localAliases = [];

    // Cities that speak as their club ("Liverpool have denied"): these aliases go in before the article's others.
    private readonly List<(string Alias, string Id)> _collectiveAliases = [];
    private readonly Dictionary<string, int> _countryWeight = new(StringComparer.Ordinal);

    // Registry entities whose names the first pass found in the text (others may be ensured through ties and roles).
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    // The registry's longest alias at each token, per paragraph, as the first pass found it: the final pass asks the
    // same question at the same tokens (the registry and the tokens do not change in between).
    private List<RegistryMatches> _registryMatches = [];

    /// <summary>A registry organisation's one-word alias the article used inside a longer name, and that name's entity.</summary>
    private Dictionary<string, string>? _longerNames;
    private ArticleWords? _words; // what the article does with its capitalised words, for the passes that ask

    /// <summary>Finds every entity of the article and its mentions: registry names, discovered names, article aliases, ties.</summary>
    public void Resolve()
    {
        var discovered = new List<DiscoveredName>();
        var named = new Dictionary<string, EntityKind>(StringComparer.Ordinal); // names discovered so far, for "UBS or Quintbank"
        var words = _words = ArticleWords.Of(_a.Paragraphs);
        _registryMatches = RegistryMatches.For(_a.Registry.Aliases, _a.Paragraphs);
        _longerNames = null;
        for (var pi = 0; pi < _a.Paragraphs.Count; pi++)
        {
            var p = _a.Paragraphs[pi];
            var covered = new bool[p.Tokens.Count];
            var registryMatches = _registryMatches[pi];
            for (var i = 0; i < p.Tokens.Count;)
            {
                if (!covered[i] && OutletOfPlace(p, i) is var ofPlace and > 0)
                {
                    Array.Fill(covered, true, i, ofPlace); // "the Times of Malta", not the Times and Malta
                    i += ofPlace;
                    continue;
                }

                var (len, id) = registryMatches.At(i);
                if (len == 1 && (IsForeignSurname(p, i, id) || OpensAnotherName(p, i, id)))
                {
                    len = 0; // "Luis Ortega" is not the registry's Daniel Ortega
                }

                if (len <= 1 && !covered[i] && (GivenNameAfterTitle(p.Tokens, i) || PlaceAsSurname(p, i, len, id) ||
                    (len == 1 && !p.IsHeading && SecondSurname(p.Tokens, i))))
                {
                    i++; // "Foreign Minister Israel Katz": the given name of a titled person, not the country
                    continue;
                }

                // "Kenya police said …", "London city council": a place the registry knows, then its police or council, is that body.
                if (len > 0 && !covered[i] && LocalBody(p, i) is var body and > 0)
                {
                    if (_a.Registry.Get(id!) is { Kind: EntityKind.Place } where)
                    {
                        WeighCountry(where.CountryPlaceId, 2); // the story is still set there ("the government" is Kenya's)
                    }

                    Array.Fill(covered, true, i, body);
                    i += body;
                    continue;
                }

                // "India Today reported", "Jamaica Observer": an outlet's name that opens with a registry name (a country) is
                // the outlet's when the outlet table knows the longer name.
                if (!covered[i] && (len == 0 || Gazetteers.Outlets.Match(p.Tokens, i, p.Tokens.Count).Length > len) && MatchGazetteer(p, i, covered) is var g and > 0)
                {
                    Array.Fill(covered, true, i, g);
                    i += g;
                    continue;
                }

                if (len == 0)
                {
                    if (p.Tokens[i].IsWord && _a.Registry.CountryOfDemonym(p.Tokens[i].Norm) is { } c)
                    {
                        WeighCountry(c, 1);
                    }

                    i++;
                    continue;
                }

                // "Amnesty International India", "the Lula Institute": a longer name built on the registry's.
                var whole = NationalBranch(p, i, len, id!);
                whole = whole > 0 ? whole : PaperNamedAfter(p, i, len);
                whole = whole > 0 ? whole : NamedAfter(p, i, len, id!, covered);
                whole = whole > 0 ? whole : CommitteeOf(p, i, len, id!);
                if (whole > 0)
                {
                    Array.Fill(covered, true, i, whole);
                    i += whole;
                    continue;
                }

                var entry = _a.Registry.Get(id!)!;
                if (entry is { Kind: EntityKind.Institution, Type: "outlet" or "agency-news" } && !p.IsHeading && OutletEdition(p, i + len, entry.Type == "agency-news") is var edition and > 0)
                {
                    // "told BBC Breakfast", "Daily Mail Australia": the registry outlet's station, edition or programme
                    OutletStation(p, i, len + edition, entry.Type);
                    Array.Fill(covered, true, i, len + edition);
                    i += len + edition;
                    continue;
                }

                if (entry is { Kind: EntityKind.Place, Type: "country" } && NationalSportsBody(p, i + len))
                {
                    // "The New Zealand rugby union on Monday rejected …", "the Kenya football federation said": a country, a
                    // sport and a noun for an organisation are the country's body for the sport, not the country or its government.
                    // (named in title case, as the body writes itself: "New Zealand Rugby Union")
                    var written = _a.Text.Substring(p.Tokens[i].Start, p.Tokens[i + len - 1].End - p.Tokens[i].Start);
                    var bodyName = written + " " + TitleCase(p.Tokens[i + len].Norm) + " " + TitleCase(p.Tokens[i + len + 1].Norm);
                    var sportsBody = EnsureNew("institution:" + TextFold.Slug(bodyName), EntityKind.Institution, bodyName);
                    sportsBody.CountryPlaceId ??= entry.Id;
                    sportsBody.Country ??= entry.Name;
                    AddSurface(p, i, len + 2, sportsBody.Id);
                    Array.Fill(covered, true, i, len + 2);
                    i += len + 2;
                    continue;
                }

                if (entry.Kind == EntityKind.Place && i > 0 && !covered[i - 1] && p.Tokens[i - 1].Norm == "air" && p.Tokens[i - 1].Cap && !p.Tokens[i - 1].AllCaps)
                {
                    // "Air New Zealand has denied …", "Air India said": a country's airline, not the country or its government.
                    var airline = EnsureInstitution(p, i - 1, i + len);
                    airline.Type ??= "company";
                    AddSurface(p, i - 1, len + 1, airline.Id);
                    Array.Fill(covered, true, i - 1, len + 1);
                    i += len;
                    continue;
                }

                if (len == 1 && entry.Kind == EntityKind.Institution && entry.Type is "outlet" or "company" or "armed-group" && !p.Tokens[i].AllCaps &&
                    NameRunBefore(p, i, covered) is var from and >= 0 && (entry.Type != "armed-group" || OwnGroupName(p, from, i)))
                {
                    // "21st Century Fox denies …", "Thomson Reuters", "Kataib Hezbollah": capitalised words before an
                    // outlet's, a firm's or an armed group's one-word alias make another organisation's name, not the
                    // registry's Fox News, Reuters or Hezbollah; the article's later bare "Fox" is that organisation too.
                    // (Not an acronym: "Shauri Moyo AP" is a credit; nor a party: "Senate Republicans" are Republicans.)
                    var longer = EnsureInstitution(p, from, i + 1);
                    AddSurface(p, from, i + 1 - from, longer.Id);
                    (_longerNames ??= new(StringComparer.Ordinal)).TryAdd(entry.Id, longer.Id);
                    Array.Fill(covered, true, from, i + 1 - from);
                    i++;
                    continue;
                }

                if (len == 1 && entry.Kind == EntityKind.Institution && entry.Type is "outlet" or "company" && !p.Tokens[i].AllCaps &&
                    NameRunAfter(p, i) is var to and > 0)
                {
                    // "former Fox Interactive Media president Ross Levinsohn": capitalised words after the one-word alias make
                    // another organisation's name, not the registry's Fox News.
                    var longer = EnsureInstitution(p, i, to);
                    AddSurface(p, i, to - i, longer.Id);
                    Array.Fill(covered, true, i, to - i);
                    i = to;
                    continue;
                }

                if (len == 1 && _longerNames is not null && _longerNames.TryGetValue(entry.Id, out var longerId))
                {
                    AddSurface(p, i, 1, longerId); // "“…,” Fox said" after "21st Century Fox"
                    covered[i] = true;
                    i++;
                    continue;
                }

                if (entry.Kind == EntityKind.Place && StateNamedWithKind(p, i) is var stateLength and > 0)
                {
                    Array.Fill(covered, true, i, stateLength); // "Lagos State": the state, not the registry's city
                    i += stateLength;
                    continue;
                }

                if (len == 1 && entry.Kind == EntityKind.Place && entry.Type is "city" or "capital" && ClubAfterCity(p, i) is var clubEnd and > 0)
                {
                    Array.Fill(covered, true, i, clubEnd - i); // "Paris Saint-Germain star X", not Paris standing for France
                    i = clubEnd;
                    continue;
                }

                if (len == 1 && entry.Kind == EntityKind.Place && entry.Type is "city" or "capital" && ClubBeforeCity(p, i, covered))
                {
                    covered[i] = true;
                    i++;
                    continue;
                }

                if (len == 1 && entry is { Kind: EntityKind.Place, Type: "city" } && ClubOfCity(p, i, entry.Name))
                {
                    covered[i] = true;
                    i++;
                    continue;
                }

                if (entry.Kind == EntityKind.Institution && (entry.Name.StartsWith("Ministry of ", StringComparison.Ordinal) || entry.Name.StartsWith("Department of ", StringComparison.Ordinal)) &&
                    PortfolioAfterAnd(p, i + len, covered) is var portfolioEnd and > 0)
                {
                    // "the Ministry of Foreign Affairs and Regional Integration": the second portfolio is the same ministry's,
                    // not an organisation (or a person) of its own.
                    AddSurface(p, i, portfolioEnd - i, id!);
                    len = portfolioEnd - i;
                }

                Array.Fill(covered, true, i, len);
                _written.Add(entry.Id);
                LiteralStreet(p, i, len, entry);
                WeighCountry(entry.CountryPlaceId, entry.Kind == EntityKind.Place ? 2 : 1);
                // "… of the Republic of Cuba (MINREX)": an acronym the registry already gives to another entity is not this one's.
                // A place's acronym spells its name ("United Arab Emirates (UAE)"); "Privredna Banka Zagreb (PBZ)" is not Zagreb's.
                if (EntityDiscovery_AcronymAfter(p, i + len) is { } acronym && !AcronymOfAnother(p, i + len + 1, id!) &&
                    (entry.Kind != EntityKind.Place || Initials(_a.Text.Substring(p.Tokens[i].Start, p.Tokens[i + len - 1].End - p.Tokens[i].Start)) == acronym))
                {
                    _localAliases.Add((acronym, id!));
                }

                if (entry.Kind == EntityKind.Person && len > 1)
                {
                    // A bare surname may belong to someone else in this article; the final pass decides. A title the
                    // text gives ("Cuba's Deputy Foreign Minister X") links a known person to the ministry, as for a discovered one.
                    var person = _a.Ensure(id!);
                    var role = EntityDiscovery.RoleBefore(_a.Text, p.Tokens, covered, i, _a.Registry);
                    AddTextRole(person, role);
                    AddRoleMemberships(person, role);
                }

                i += len;
            }

            discovered.Clear();
            EntityDiscovery.Discover(_a.Text, p, covered, _a.Registry, words, discovered, named);
            foreach (var found in discovered)
            {
                var d = found;
                string? possessiveForm = null;
                if (d.Kind == EntityKind.Institution && !d.ModifierOnly && !d.Inline && d.Surface is null && GenericName(p.Tokens, d.First, d.End) &&
                    CountryBeforePossessive(p, d.First) is var (country, from) && country is not null)
                {
                    // "Bulgaria's Tennis Federation", "Nigeria's Supreme Court": a name any country's body could bear is this
                    // country's ("Tennis Federation of Bulgaria"), not one body of that name for every story.
                    possessiveForm = _a.Text[p.Tokens[from].Start..p.Tokens[d.End - 1].End];
                    d = d with { Name = d.Name + " of " + country.Name, Surface = d.Name };
                }

                if (d.ModifierOnly && LocalOwner(d.Name) is { } owner && _a.Entities.TryGetValue(owner, out var known))
                {
                    known.MentionCount++; // "Northwind Logistics …", then "the Northwind chief": the company named before
                    continue;
                }

                named.TryAdd(d.Name, d.Kind);
                var e = _a.EnsureDiscovered(d);
                if (possessiveForm is not null)
                {
                    e.Aliases.Add(possessiveForm);
                }

                e.Role ??= d.Role;
                e.KindGuessed = (e.KindGuessed ?? true) && d.KindGuessed && _a.Registry.Get(e.Id) is null;
                AddTextRole(e, d.Role);
                e.Type ??= d.Type;
                if (d.CountryPlaceId is { } place && e.Country is null)
                {
                    e.CountryPlaceId = place;
                    e.Country = _a.Registry.Get(place)?.Name;
                }

                if (!d.ModifierOnly)
                {
                    _localAliases.Add((d.Name, e.Id));
                }

                if (d.Kind == EntityKind.Institution && OutletName(d.Name))
                {
                    e.Type ??= "outlet"; // "the Wexford Ledger", "Harbour Times": the name says it is a newspaper
                }

                if (d.Kind == EntityKind.Institution && !d.ModifierOnly && WithoutLegalForm(d.Name) is { } plain)
                {
                    e.Aliases.Add(plain); // "Samsung Electronics Co." is also "Samsung Electronics"
                }

                if (d.Kind == EntityKind.Institution && !d.ModifierOnly && ShortCompanyName(d.Name) is { } shortName)
                {
                    _localAliases.Add((shortName, e.Id));
                    e.Type ??= "company"; // "Northwind Logistics", "Acme Corp": the suffix says what it is
                }
                if (d.Acronym is { } a)
                {
                    _localAliases.Add((a, e.Id));
                }

                if (d.Inline || d.ModifierOnly)
                {
                    e.MentionCount++;
                }

                if (d.Surface is { } surface)
                {
                    _localAliases.Add((surface, e.Id));
                }

                AddRoleMemberships(e, d.Role);
            }
        }

        _a.DominantCountry = _countryWeight.Count == 0 ? null : _countryWeight.MaxBy(kv => kv.Value).Key;
        _a.DominantCountryWeight = _a.DominantCountry is null ? 0 : _countryWeight[_a.DominantCountry];
        var merged = MergeNameVariants();
        MergeShortInstitutions(merged);
        MergeOutletShortNames(merged);
        MergeAcronyms(merged);
        MergeHeadFirstForms(merged);
        MergeForceHeads(merged);
        MergeGenericTails(merged);
        OrganisationsKindedAsPeople(merged);
        PeopleKindedAsOrganisations(merged);
        var surnames = OnePersonSurnames();
        foreach (var (alias, id) in _collectiveAliases.Concat(_localAliases))
        {
            // "Grace Banda … Banda said": the surname of the article's one person of that name, not a town the gazetteer
            // knows by the same word (a country or a registry place still wins).
            if (surnames.Contains(TextFold.Fold(alias)) && id.StartsWith("place:", StringComparison.Ordinal) && _a.Registry.Get(id) is null &&
                _a.Entities.TryGetValue(id, out var town) && town.Kind == EntityKind.Place)
            {
                continue;
            }

            _local.Add(alias, merged.GetValueOrDefault(id, id));
        }

        AddSurnameAliases();
        for (var k = 0; k < _a.Paragraphs.Count; k++)
        {
            MatchFinal(_a.Paragraphs[k], _registryMatches[k]);
        }

        FindControlRelations();
        FindPredicateRoles();
        FindInstitutionDescriptions();

        // "IANS" or "Posted on Aug 12 2014 | IANS" above the body: the agency the page credits is named, though on no paragraph.
        if (_a.HeaderAgency is { } agency)
        {
            var credited = EnsureOutlet(agency);
            credited.MentionCount = Math.Max(credited.MentionCount, 1);
        }
    }

    /// <summary>
    /// "Tennis Federation", "Supreme Court", "Health Ministry": a name of common words ending in an organisation's head word,
    /// which any country's body may bear (not "Northwind Logistics", whose first word names it).
    /// </summary>
    private static bool GenericName(List<Token> tokens, int first, int end)
    {
        if (end - first < 2 || !NameWords.InstitutionHeads.Contains(tokens[end - 1].Norm))
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            if (!tokens[k].IsWord || tokens[k].AllCaps || !(EntityDiscovery.IsEnglishWord(tokens[k].Norm) || NameWords.InstitutionHeads.Contains(tokens[k].Norm)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The country named right before "'s" ahead of token <paramref name="at"/> ("Bulgaria's …", "South Africa's …"), with its first token.</summary>
    private (ArticleEntity? Country, int From) CountryBeforePossessive(Paragraph p, int at)
    {
        var tokens = p.Tokens;
        if (at < 2 || tokens[at - 1].Norm != "'s")
        {
            return (null, -1);
        }

        for (var from = at - 2; from >= 0 && from >= at - 4; from--)
        {
            if (!tokens[from].Cap)
            {
                break;
            }

            var place = Gazetteers.Places.Match(tokens, from, at - 1);
            if (place.Length == at - 1 - from && Array.Find(place.Items, x => x.Kind == KnowledgeGraph.Extraction.Entities.Gazetteers.PlaceKind.Country) is { } country)
            {
                return (_a.EnsureCountry(country.Name), from);
            }
        }

        return (null, -1);
    }

    /// <summary>The entity an article alias found so far names (folded comparison), or null.</summary>
    private string? LocalOwner(string name)
    {
        var key = TextFold.Fold(name);
        foreach (var (alias, id) in _localAliases)
        {
            if (TextFold.Fold(alias) == key)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>
    /// "Abbas Mousavi": the registry person's one-word name (Mahmoud Abbas's "Abbas") followed by a capitalised name word
    /// that is no part of that person's name opens someone else's name.
    /// </summary>
    private bool OpensAnotherName(Paragraph p, int i, string? id)
    {
        if (id is null || i + 1 >= p.Tokens.Count || _a.Registry.Get(id) is not { Kind: EntityKind.Person } person)
        {
            return false;
        }

        var next = p.Tokens[i + 1];
        if (!next.IsWord || !next.Cap || next.AllCaps || next.Start != p.Tokens[i].End + 1 || NameWords.NotNames.Contains(next.Norm) || NameWords.IsTitle(next) ||
            NameWords.InstitutionHeads.Contains(next.Norm) || Attribution.SpeechLexicon.IsInstitutionNoun(next.Norm) || Lexicon.Current.PlaceHeads.Contains(next.Norm) ||
            Attribution.SpeechLexicon.IsVerb(next.Norm) || _a.Registry.Aliases.Match(p.Tokens, i + 1, i + 2).Length > 0)
        {
            return false;
        }

        var word = _a.Text.Substring(next.Start, next.End - next.Start);
        return !person.Name.Contains(word, StringComparison.OrdinalIgnoreCase) && !person.Aliases.Any(a => a.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    private bool IsForeignSurname(Paragraph p, int i, string? id)
    {
        if (id is null || i == 0 || _a.Registry.Get(id) is not { Kind: EntityKind.Person } person)
        {
            return false;
        }

        var prev = p.Tokens[i - 1];
        return prev.IsWord && prev.Cap && !prev.AllCaps && !NameWords.NotNames.Contains(prev.Norm) && !NameWords.IsTitle(prev) &&
            _a.Registry.CountryOfDemonym(prev.Norm) is null && _a.Registry.Aliases.Match(p.Tokens, i - 1, i).Length == 0 &&
            !person.Name.StartsWith(_a.Text.Substring(prev.Start, prev.End - prev.Start), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Foreign Minister Israel Katz", "Senator Georgia Vance": a one-word place name that is also a given name, right
    /// after a capitalised title and before a capitalised name word, opens the person's name ("Foreign Minister Israel's
    /// visit" and "President Kenya Airways" do not: no name word follows, or it is an organisation's word).
    /// </summary>
    private static bool GivenNameAfterTitle(List<Token> tokens, int i)
    {
        // The title first: it turns away almost every token before a name-list lookup.
        if (i == 0 || i + 1 >= tokens.Count || !tokens[i].IsWord || !tokens[i].Cap || tokens[i].AllCaps || !tokens[i - 1].IsWord || !tokens[i - 1].Cap ||
            !NameWords.IsTitle(tokens[i - 1]) || Lexicon.Current.WeakTitles.Contains(tokens[i - 1].Norm) || !Gazetteers.IsGivenName(tokens[i].Norm))
        {
            return false;
        }

        var next = tokens[i + 1];
        return next.IsWord && next.Cap && !next.AllCaps && !NameWords.NotNames.Contains(next.Norm) && !NameWords.IsTitle(next) &&
            !NameWords.InstitutionHeads.Contains(next.Norm) && !Attribution.SpeechLexicon.IsInstitutionNoun(next.Norm) && !Lexicon.Current.PlaceHeads.Contains(next.Norm) &&
            Gazetteers.MatchPlace(tokens, i, i + 2).Length < 2;
    }

    /// <summary>
    /// "Tommy Jordan", "Steve Israel", "Brian Chad", "Maria Lima": a one-word place the registry knows, that is also a
    /// person's name, right after a capitalised given name that is no English word ("Will Jordan …" may still ask about the
    /// country) or is followed by a speech verb or an apposition, closes that person's name; it is left to person discovery,
    /// not read as the place.
    /// </summary>
    private bool PlaceAsSurname(Paragraph p, int i, int len, string? id)
    {
        var tokens = p.Tokens;
        if (len != 1 || id is null || i == 0 || p.IsHeading || !tokens[i - 1].IsWord || !tokens[i - 1].Cap || tokens[i - 1].AllCaps || tokens[i].AllCaps ||
            _a.Registry.Get(id) is not { Kind: EntityKind.Place })
        {
            return false;
        }

        if (SecondSurname(tokens, i))
        {
            return true;
        }

        // ("Vince Muscat", "John Paris": a registry place after a given name that opens the name, with no comma after it, is
        // a surname though the name lists lack it; "Jackson, Mississippi" has its comma.)
        // ("Maria Lima, a spokeswoman for the firm, said …", "Tom London said …": a given name that is also an English word
        // opens a name too when a speech verb or an apposition follows the place)
        var given = tokens[i - 1].Norm;
        var opensName = (i < 2 || !tokens[i - 2].IsWord || !tokens[i - 2].Cap) && i + 1 < tokens.Count && tokens[i + 1].Norm != ",";
        var apposition = (i < 2 || !tokens[i - 2].IsWord || !tokens[i - 2].Cap) && i + 2 < tokens.Count && tokens[i + 1].Norm == "," &&
            tokens[i + 2].Norm is "a" or "an" or "the" or "who";
        var speaks = opensName && tokens[i + 1].IsWord && Attribution.SpeechLexicon.IsVerb(tokens[i + 1].Norm);
        return Gazetteers.IsGivenName(given) && (!EntityDiscovery.IsEnglishWord(given) || speaks || apposition) && !NameWords.Titles.Contains(given) &&
            !NameWords.NotNames.Contains(given) && (Gazetteers.IsGivenName(tokens[i].Norm) || Gazetteers.IsSurname(tokens[i].Norm) || opensName || apposition) &&
            _a.Registry.Aliases.Match(tokens, i - 1, i).Length == 0 &&
            !(i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Cap);
    }

    /// <summary>
    /// "Mario Villanueva Madrid", "Governor Villanueva Madrid": a one-word place after a given name (or a title) and a
    /// surname that open a name, with no comma or further capitalised word after it, is the second surname of the Spanish
    /// and Portuguese custom, not the place.
    /// </summary>
    internal bool SecondSurname(List<Token> tokens, int i)
    {
        if (i < 2 || !tokens[i - 2].IsWord || !tokens[i - 2].Cap || tokens[i - 2].AllCaps)
        {
            return false;
        }

        var titled = NameWords.IsTitle(tokens[i - 2]);
        return (titled || (Gazetteers.IsGivenName(tokens[i - 2].Norm) && !EntityDiscovery.IsEnglishWord(tokens[i - 2].Norm) &&
                !(i >= 3 && tokens[i - 3].IsWord && tokens[i - 3].Cap && !NameWords.IsTitle(tokens[i - 3])))) &&
            !EntityDiscovery.IsEnglishWord(tokens[i - 1].Norm) && !NameWords.NotNames.Contains(tokens[i - 2].Norm) && !NameWords.IsTitle(tokens[i - 1]) &&
            _a.Registry.Aliases.Match(tokens, i - 2, i - 1).Length == 0 && _a.Registry.Aliases.Match(tokens, i - 1, i).Length == 0 &&
            tokens[i - 1].IsWord && tokens[i - 1].Cap && !tokens[i - 1].AllCaps && !tokens[i].AllCaps && !(i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Cap) &&
            !(i + 2 < tokens.Count && tokens[i + 1].Norm == "," && tokens[i + 2].IsWord && tokens[i + 2].Cap); // ("… Springfield, Illinois")
    }

    private bool AcronymOfAnother(Paragraph p, int at, string id)
    {
        var (l, other) = _a.Registry.Aliases.Match(p.Tokens, at, at + 1);
        return l > 0 && other is not null && other != id;
    }

    private string? EntityDiscovery_AcronymAfter(Paragraph p, int end) =>
        end + 2 < p.Tokens.Count && p.Tokens[end].Norm == "(" && p.Tokens[end + 1].AllCaps && p.Tokens[end + 2].Norm == ")"
            ? _a.Text.Substring(p.Tokens[end + 1].Start, p.Tokens[end + 1].End - p.Tokens[end + 1].Start)
            : null;

    /// <summary>A name of two words or more whose last word names a kind of outlet ("Harbour Times", not "Times" alone).</summary>
    private static bool OutletName(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && Lexicon.Current.OutletNameHeads.Contains(TextFold.Fold(name.AsSpan(space + 1)));
    }

    /// <summary>"Samsung Electronics Co." → "Samsung Electronics": a name of two words or more before its legal form (of one or two words), else null.</summary>
    private static string? WithoutLegalForm(string name)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0 || !EndsInLegalForm(name))
        {
            return null;
        }

        var head = name[..space].TrimEnd(' ', ',', '&');
        // "Kelmar Traders Sdn Bhd", "Velan Traders Pvt Ltd": a legal form of two words goes whole
        return WithoutLegalForm(head) ?? (head.Contains(' ', StringComparison.Ordinal) && !EndsInLegalForm(head) ? head : null);
    }

    /// <summary>
    /// The name's last word is a legal form ("Co.", "AG", "Bhd"). Read without a string per name: legal forms are short and
    /// plain ASCII, so the last word is lower-cased in place.
    /// </summary>
    private static bool EndsInLegalForm(string name)
    {
        var last = name.AsSpan(name.LastIndexOf(' ') + 1);
        Span<char> folded = stackalloc char[8];
        return last.Length is > 0 and <= 8 && last.ToLowerInvariant(folded) == last.Length && Lexicon.Current.LegalForms.Contains(folded[..last.Length]);
    }

    /// <summary>"Northwind Logistics" → "Northwind": a company name without its trailing business words.</summary>
    private string? ShortCompanyName(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var cut = parts.Count;
        while (cut > 1 && NameWords.CorporateSuffixes.Contains(TextFold.Fold(parts[cut - 1])))
        {
            cut--;
        }

        if (cut == parts.Count || cut == 0)
        {
            return null;
        }

        var head = string.Join(' ', parts.Take(cut));
        var key = TextFold.Fold(head);
        // (a people's name is no company's short name: "Turkish Airlines" is never "Turkish", which "Turkish officials" would take)
        return char.IsUpper(head[0]) && !NameWords.NotNames.Contains(key) && !NameWords.Titles.Contains(key) && !_a.Registry.IsKnownSingleWord(key) &&
            !NameWords.InstitutionHeads.Contains(key) && _a.CountryOfDemonym(key) is null ? head : null;
    }

    /// <summary>
    /// "Richarlison denies …" ¶ "Richarlison, who joined on a five-year deal, …": a one-word name kinded an organisation
    /// only by default, which the text follows with ", who" or with an age (", 25,"), is a person known by one name.
    /// </summary>
    private void PeopleKindedAsOrganisations(Dictionary<string, string> merged)
    {
        foreach (var e in _a.Entities.Values.Where(e => e.Kind == EntityKind.Institution && e.KindGuessed == true && e.Type is null && !e.Name.Contains(' ') &&
                     _a.Registry.Get(e.Id) is null).ToList())
        {
            if (!PersonCueAfter(e.Name))
            {
                continue;
            }

            var person = _a.EnsureDiscovered(new DiscoveredName(0, 0, EntityKind.Person, e.Name));
            person.MentionCount += e.MentionCount;
            person.Aliases.UnionWith(e.Aliases);
            _a.Entities.Remove(e.Id);
            foreach (var (from, _) in merged.Where(kv => kv.Value == e.Id).ToList())
            {
                merged[from] = person.Id;
            }

            merged[e.Id] = person.Id;
        }
    }

    /// <summary>The name followed somewhere by ", who " or by an age set off by commas (", 25,").</summary>
    private bool PersonCueAfter(string name)
    {
        var text = _a.Text.AsSpan();
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0;)
        {
            var rest = text[(at + name.Length)..];
            if (rest.StartsWith(", who ", StringComparison.Ordinal) ||
                (rest.Length > 4 && rest[0] == ',' && rest[1] == ' ' && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[3]) && rest.Length > 4 && rest[4] == ','))
            {
                return true;
            }

            var next = rest.IndexOf(name, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + name.Length + next;
        }

        return false;
    }

    /// <summary>
    /// "Chelsea denied the report. The club said …", "Ford dismissed it. The carmaker said …": a one-word speaker kinded
    /// a person only because the name lists know the word (a given name, a surname), whom no full name of the article
    /// owns, and whom the next sentence calls by a company noun with no other name between (or whose flight the article
    /// numbers: "Delta flight 613"), is that organisation.
    /// </summary>
    private void OrganisationsKindedAsPeople(Dictionary<string, string> merged)
    {
        foreach (var e in _a.Entities.Values.Where(e => e.Kind == EntityKind.Person && e.KindGuessed == true && !e.Name.Contains(' ') && _a.Registry.Get(e.Id) is null).ToList())
        {
            if (!CalledByCompanyNoun(TextFold.Fold(e.Name)) && !FlightNumberAfter(TextFold.Fold(e.Name)))
            {
                continue;
            }

            var organisation = _a.EnsureDiscovered(new DiscoveredName(0, 0, EntityKind.Institution, e.Name));
            organisation.MentionCount += e.MentionCount;
            _a.Entities.Remove(e.Id);
            foreach (var (from, to) in merged.Where(kv => kv.Value == e.Id).ToList())
            {
                merged[from] = organisation.Id;
            }

            merged[e.Id] = organisation.Id;
        }
    }

    /// <summary>"Delta flight 613", "on Zorvair flight ZV 12": the word, capitalised, names an airline's flight with its number.</summary>
    private bool FlightNumberAfter(string word)
    {
        foreach (var p in _a.Paragraphs)
        {
            var t = p.Tokens;
            for (var i = 0; i + 2 < t.Count; i++)
            {
                if (t[i].Cap && t[i].Norm == word && t[i + 1].Norm == "flight" && !t[i + 1].Cap &&
                    (char.IsDigit(t[i + 2].Norm[0]) || (t[i + 2].AllCaps && t[i + 2].Norm.Length <= 3 && i + 3 < t.Count && char.IsDigit(t[i + 3].Norm[0]))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The word, written with a capital, is followed within its sentence and the next by "the" and a company noun, with no other name between.</summary>
    private bool CalledByCompanyNoun(string word)
    {
        foreach (var p in _a.Paragraphs)
        {
            var t = p.Tokens;
            for (var i = 0; i < t.Count && !p.IsHeading; i++)
            {
                if (!t[i].Cap || t[i].Norm != word)
                {
                    continue;
                }

                var ends = 0;
                for (var k = i + 1; k + 1 < t.Count && k < i + 40; k++)
                {
                    if (t[k].Norm is "." or "!" or "?")
                    {
                        if (++ends > 1)
                        {
                            break;
                        }
                    }
                    else if (t[k].Norm == "the" && t[k + 1].IsWord && !t[k + 1].Cap && Attribution.SpeechLexicon.IsCompanyNoun(t[k + 1].Norm))
                    {
                        return true;
                    }
                    else if (t[k].IsWord && t[k].Cap && t[k].Norm != word && !NameWords.NotNames.Contains(t[k].Norm))
                    {
                        break; // another name: the company noun may be its
                    }
                }
            }
        }

        return false;
    }

    /// <summary>"Fernández de Cossío" found on its own is the same person as "Carlos Fernández de Cossío" found earlier.</summary>
    private Dictionary<string, string> MergeNameVariants()
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        var persons = _a.Entities.Values.Where(e => e.Kind == EntityKind.Person).ToList();
        if (persons.Count == 0)
        {
            return merged; // with one person, a one-word speaker may still be that person's surname (below)
        }

        // "Elton John Baby Reports Are False": a title-case headline runs a common word on into the name the body writes
        // without it ("Elton John"); the longer name is the shorter one's.
        foreach (var a in persons.ToList())
        {
            // (the shorter name and its space are compared in place: this runs for every pair of the article's people)
            var shorter = persons.FirstOrDefault(b => b != a && b.Name.Contains(' ', StringComparison.Ordinal) && a.Name.Length > b.Name.Length &&
                a.Name[b.Name.Length] == ' ' && a.Name.StartsWith(b.Name, StringComparison.Ordinal) &&
                a.Name[(b.Name.Length + 1)..].Split(' ').All(w => w.Length > 2 && Gazetteers.Words.Contains(TextFold.Fold(w)) && !Gazetteers.IsGivenName(TextFold.Fold(w))));
            if (shorter is not null && !merged.ContainsKey(shorter.Id))
            {
                _a.Entities.Remove(a.Id);
                merged[a.Id] = shorter.Id;
                persons.Remove(a);
            }
        }

        var variants = persons.ToDictionary(a => a.Id, a => NameVariants(a.Name).Select(v => TextFold.Fold(v)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        // "Stanley Nkwocha, a spokesman, …" then "Nkwocha stated": a one-word speaker kinded only by default is the one
        // person of the article who carries that surname.
        foreach (var b in _a.Entities.Values.Where(e => e.KindGuessed == true && e.Kind == EntityKind.Institution && e.Type is null).ToList())
        {
            var key = TextFold.Fold(b.Name);
            var owners = persons.Where(a => variants[a.Id].Contains(key)).ToList();
            if (owners.Count == 0 && (Gazetteers.IsGivenName(key) || !Gazetteers.Words.Contains(key)))
            {
                // "Lena Marsh …", then "Lena said"; "Geng Shuang …", then "Geng said" (a family name written first)
                owners = FirstNameOwners(persons, b, key, merged);
            }

            if (owners.Count == 1)
            {
                _a.Entities.Remove(b.Id);
                merged[b.Id] = owners[0].Id;
            }
        }

        foreach (var b in persons)
        {
            var key = TextFold.Fold(b.Name);
            var owners = persons.Where(a => a != b && !merged.ContainsKey(a.Id) && variants[a.Id].Contains(key)).ToList();
            if (owners.Count == 0 && !key.Contains(' ', StringComparison.Ordinal) && (Gazetteers.IsGivenName(key) || !Gazetteers.Words.Contains(key)))
            {
                // "Dale Hurst has denied …", then "Dale said …": a given name alone is the one person of the article
                // whose full name starts with it (tabloid and sports copy call people by their first names).
                owners = FirstNameOwners(persons, b, key, merged);
            }

            if (owners.Count == 0)
            {
                owners = ShortGivenNameOwners(persons, b, merged);
            }

            if (owners.Count == 2 && !key.Contains(' ', StringComparison.Ordinal) && KinIntroducedSecond([owners[0].Id, owners[1].Id]) is { } elder)
            {
                owners = [_a.Entities[elder]]; // "Hale along with his wife … Sudha Hale": the bare surname is the one named first
            }

            if (owners.Count == 1 && _a.Registry.Get(b.Id) is null)
            {
                _a.Entities.Remove(b.Id);
                merged[b.Id] = owners[0].Id;
                owners[0].Role ??= b.Role;
                owners[0].TextRoles.UnionWith(b.TextRoles);
            }
        }

        return merged;
    }

    /// <summary>
    /// "Samuel Nartey George …", then "Sam George said": a two-word name whose given name is the start (three letters or
    /// more) of another person's given name and whose surname ends that person's name is that person, written with the
    /// short form of the given name ("Ben", "Alex", "Chris"). At most two owners are looked for.
    /// </summary>
    private static List<ArticleEntity> ShortGivenNameOwners(List<ArticleEntity> persons, ArticleEntity b, Dictionary<string, string> merged)
    {
        // The names' first and last words are read in place: this runs for every pair of the article's people.
        var name = TextFold.Fold(b.Name);
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space < 3 || name.IndexOf(' ', space + 1) >= 0)
        {
            return [];
        }

        var given = name.AsSpan(0, space);
        var surname = name.AsSpan(space + 1);
        var owners = new List<ArticleEntity>();
        foreach (var a in persons)
        {
            var full = a == b || merged.ContainsKey(a.Id) ? "" : TextFold.Fold(a.Name);
            var first = full.IndexOf(' ', StringComparison.Ordinal);
            if (first > given.Length && full.AsSpan(full.LastIndexOf(' ') + 1).SequenceEqual(surname) && full.AsSpan(0, first).StartsWith(given, StringComparison.Ordinal))
            {
                owners.Add(a);
                if (owners.Count == 2)
                {
                    break;
                }
            }
        }

        return owners;
    }

    /// <summary>The people (at most two are looked for) whose full name starts with the given name <paramref name="key"/>.</summary>
    private static List<ArticleEntity> FirstNameOwners(List<ArticleEntity> persons, ArticleEntity b, string key, Dictionary<string, string> merged) =>
        persons.Where(a => a != b && !merged.ContainsKey(a.Id) && a.Name.Contains(' ', StringComparison.Ordinal) &&
            TextFold.Fold(a.Name.AsSpan(0, a.Name.IndexOf(' '))) == key).Take(2).ToList();

    /// <summary>
    /// "Deutsche" or "Rovers" found on its own is the one institution of the article whose longer name holds that word
    /// ("Deutsche Bank", "Kingsford Rovers FC"); "High Commission" the one whose name is it after a demonym ("British High
    /// Commission"). Only names discovered in this article are merged, never registry ones.
    /// </summary>
    private void MergeShortInstitutions(Dictionary<string, string> merged)
    {
        var institutions = _a.Entities.Values.Where(e => e.Kind == EntityKind.Institution).ToList();
        foreach (var b in institutions)
        {
            if (b.Name.Contains(' ', StringComparison.Ordinal) || _a.Registry.Get(b.Id) is not null || b.IsMedia)
            {
                continue;
            }

            var key = TextFold.Fold(b.Name);
            var owners = institutions.Where(a => a != b && a.Name.Contains(' ', StringComparison.Ordinal) && !merged.ContainsKey(a.Id) &&
                (_written.Contains(a.Id) || _localAliases.Exists(l => l.Id == a.Id)) &&
                TextFold.Fold(a.Name).Split(' ').Contains(key)).Take(2).ToList();
            if (owners.Count == 1)
            {
                _a.Entities.Remove(b.Id);
                merged[b.Id] = owners[0].Id;
            }
        }

        // "The British High Commission presents …" then "a statement from the High Commission": the name without its leading
        // demonym is the one institution of the article that carries it.
        foreach (var b in institutions)
        {
            if (!b.Name.Contains(' ', StringComparison.Ordinal) || _a.Registry.Get(b.Id) is not null || b.IsMedia || merged.ContainsKey(b.Id))
            {
                continue;
            }

            var owners = institutions.Where(a => a != b && !merged.ContainsKey(a.Id) && a.Name.Length > b.Name.Length + 1 &&
                a.Name.EndsWith(" " + b.Name, StringComparison.Ordinal) && a.Name.IndexOf(' ') == a.Name.Length - b.Name.Length - 1 &&
                TextFold.Fold(a.Name.AsSpan(0, a.Name.IndexOf(' '))) is var lead && (_a.Registry.CountryOfDemonym(lead) is not null || Gazetteers.CountryOfDemonym(lead) is not null)).Take(2).ToList();
            if (owners.Count == 1)
            {
                _a.Entities.Remove(b.Id);
                merged[b.Id] = owners[0].Id;
            }
        }
    }

    /// <summary>
    /// "The Miami Herald reported …" then "according to the Herald": a newspaper's last word found alone (as a person or an
    /// organisation), which the article writes after "the", is the one outlet of the article whose name ends in it.
    /// </summary>
    private void MergeOutletShortNames(Dictionary<string, string> merged)
    {
        // (the candidates first, without a copy of the entities: most articles have none)
        List<ArticleEntity>? shortNames = null;
        foreach (var b in _a.Entities.Values)
        {
            if (!b.Name.Contains(' ', StringComparison.Ordinal) && b.Kind != EntityKind.Place && Lexicon.Current.OutletNameHeads.Contains(TextFold.Fold(b.Name)))
            {
                (shortNames ??= []).Add(b);
            }
        }

        foreach (var b in shortNames ?? [])
        {
            if (_a.Registry.Get(b.Id) is not null || merged.ContainsKey(b.Id) ||
                !(_a.Text.Contains("the " + b.Name, StringComparison.Ordinal) || _a.Text.Contains("The " + b.Name, StringComparison.Ordinal)))
            {
                continue;
            }

            var suffix = " " + b.Name;
            var owners = _a.Entities.Values.Where(a => a != b && a.Kind == EntityKind.Institution && !merged.ContainsKey(a.Id) && (a.IsMedia || OutletName(a.Name)) &&
                a.Name.EndsWith(suffix, StringComparison.Ordinal)).Take(2).ToList();
            if (owners.Count == 1)
            {
                _a.Entities.Remove(b.Id);
                merged[b.Id] = owners[0].Id;
            }
        }
    }

    /// <summary>
    /// "The National Police Service … the NPS posted": an acronym found as a name of its own, never introduced in brackets,
    /// is the one multi-word institution of the article whose initials it spells (the words of "of", "the", "and" left out,
    /// or "of" kept: "DOH" for the Department of Health).
    /// </summary>
    private void MergeAcronyms(Dictionary<string, string> merged)
    {
        List<ArticleEntity>? institutions = null;
        foreach (var b in _a.Entities.Values.ToList())
        {
            if (b.Kind != EntityKind.Institution || b.Name.Length is < 2 or > 6 || !b.Name.All(char.IsAsciiLetterUpper) || _a.Registry.Get(b.Id) is not null ||
                b.IsMedia || merged.ContainsKey(b.Id))
            {
                continue;
            }

            institutions ??= _a.Entities.Values.Where(e => e.Kind == EntityKind.Institution && e.Name.Contains(' ', StringComparison.Ordinal) &&
                (_written.Contains(e.Id) || _localAliases.Exists(l => l.Id == e.Id))).ToList();
            var owners = institutions.Where(a => !merged.ContainsKey(a.Id) && (Initials(a.Name) == b.Name || Initials(a.Name, withOf: true) == b.Name)).Take(2).ToList();
            if (owners.Count == 1)
            {
                _a.Entities.Remove(b.Id);
                merged[b.Id] = owners[0].Id;
            }
        }
    }

    /// <summary>
    /// "The Home Ministry …" and "the Ministry of Home Affairs" in one article are one ministry: a discovered "&lt;Portfolio&gt;
    /// Ministry" (or Department) merges into the only institution of the article named "Ministry of &lt;Portfolio&gt;", with
    /// "Affairs" or a country after it or not.
    /// </summary>
    private void MergeHeadFirstForms(Dictionary<string, string> merged)
    {
        List<ArticleEntity>? institutions = null;
        foreach (var a in _a.Entities.Values.ToList())
        {
            var words = a.Name.Split(' ');
            if (a.Kind != EntityKind.Institution || words.Length is < 2 or > 3 || words[^1] is not ("Ministry" or "Department") || _a.Registry.Get(a.Id) is not null ||
                merged.ContainsKey(a.Id))
            {
                continue;
            }

            var portfolio = string.Join(' ', words[..^1]);
            var head = words[^1] + " of " + portfolio;
            institutions ??= _a.Entities.Values.Where(e => e.Kind == EntityKind.Institution && e.Name.Contains(" of ", StringComparison.Ordinal)).ToList();
            var owners = institutions.Where(b => b != a && !merged.ContainsKey(b.Id) &&
                (b.Name == head || b.Name == head + " Affairs" || b.Name.StartsWith(head + " of ", StringComparison.Ordinal) ||
                 b.Name.StartsWith(head + " Affairs of ", StringComparison.Ordinal))).Take(2).ToList();
            if (owners.Count == 1)
            {
                _a.Entities.Remove(a.Id);
                merged[a.Id] = owners[0].Id;
            }
        }
    }

    /// <summary>
    /// "Richmond Police have denied …" and "the Richmond Police Department said …" in one article are one force: a discovered
    /// institution merges into the only institution whose name is its own and one word of a force's or an office's head
    /// ("Department", "Service", "Force", "Command").
    /// </summary>
    private void MergeForceHeads(Dictionary<string, string> merged)
    {
        // The forces by the name before their head, read once: most articles have none, and the pairs are never compared.
        Dictionary<string, List<ArticleEntity>>? forces = null;
        foreach (var b in _a.Entities.Values)
        {
            var space = b.Name.LastIndexOf(' ');
            if (b.Kind == EntityKind.Institution && space > 0 && b.Name.AsSpan(space + 1) is "Department" or "Service" or "Force" or "Command")
            {
                forces ??= new Dictionary<string, List<ArticleEntity>>(StringComparer.Ordinal);
                var key = b.Name[..space];
                if (!forces.TryGetValue(key, out var list))
                {
                    forces[key] = list = [];
                }

                list.Add(b);
            }
        }

        if (forces is null)
        {
            return;
        }

        foreach (var a in _a.Entities.Values.ToList())
        {
            if (a.Kind != EntityKind.Institution || !a.Name.Contains(' ', StringComparison.Ordinal) || !forces.TryGetValue(a.Name, out var owners) ||
                _a.Registry.Get(a.Id) is not null || a.IsMedia ||
                merged.ContainsKey(a.Id))
            {
                continue;
            }

            var open = owners.Where(b => b != a && !merged.ContainsKey(b.Id)).Take(2).ToList();
            if (open.Count == 1)
            {
                _a.Entities.Remove(a.Id);
                merged[a.Id] = open[0].Id;
            }
        }
    }

    /// <summary>
    /// "The Police Command in Rivers has denied …" and "the Rivers State Police Command" in one article are one command: a
    /// discovered institution named only in words of an institution's kind ("Police Command", "Health Ministry") is the one
    /// longer institution of the article whose name ends with it.
    /// </summary>
    private void MergeGenericTails(Dictionary<string, string> merged)
    {
        List<ArticleEntity>? institutions = null;
        foreach (var b in _a.Entities.Values.ToList())
        {
            if (b.Kind != EntityKind.Institution || !b.Name.Contains(' ', StringComparison.Ordinal) || _a.Registry.Get(b.Id) is not null || b.IsMedia ||
                merged.ContainsKey(b.Id) || !Array.TrueForAll(b.Name.Split(' '), w => IsKindWord(TextFold.Fold(w))))
            {
                continue;
            }

            institutions ??= _a.Entities.Values.Where(e => e.Kind == EntityKind.Institution && e.Name.Contains(' ', StringComparison.Ordinal)).ToList();
            var owners = institutions.Where(a => a != b && !merged.ContainsKey(a.Id) && a.Name.EndsWith(" " + b.Name, StringComparison.Ordinal)).Take(2).ToList();
            if (owners.Count == 1)
            {
                _a.Entities.Remove(b.Id);
                merged[b.Id] = owners[0].Id;
            }
        }

        static bool IsKindWord(string w) => Attribution.SpeechLexicon.IsInstitutionNoun(w) || NameWords.InstitutionHeads.Contains(w) || w is "command" or "state";
    }

    /// <summary>
    /// "National Police Service" → "NPS", "Bank of Northland" → "BN": the capitals opening its capitalised words; with
    /// <paramref name="withOf"/> an "of" counts too ("Department of Health" → "DOH", as ministries and departments are
    /// written).
    /// </summary>
    private static string Initials(string name, bool withOf = false)
    {
        var initials = new System.Text.StringBuilder(8);
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(word[0]) || (withOf && word == "of"))
            {
                initials.Append(char.ToUpperInvariant(TextFold.Fold(word.AsSpan(0, 1))[0]));
            }
        }

        return initials.ToString();
    }

    private static void AddTextRole(ArticleEntity e, string? role)
    {
        if (role is not null)
        {
            e.TextRoles.Add(TextFold.Fold(role));
        }
    }

    /// <summary>The folded one-word surnames that exactly one person of the article (named with two words or more) carries.</summary>
    private HashSet<string> OnePersonSurnames()
    {
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in _a.Entities.Values)
        {
            if (e.Kind == EntityKind.Person && e.Name.LastIndexOf(' ') is var space and > 0)
            {
                var key = TextFold.Fold(e.Name.AsSpan(space + 1));
                count[key] = count.GetValueOrDefault(key) + 1;
            }
        }

        return count.Where(kv => kv.Value == 1).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Surnames and name tails as aliases, only where one person in the article carries them.</summary>
    private void AddSurnameAliases()
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var surface = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in _a.Entities.Values.Where(e => e.Kind == EntityKind.Person))
        {
            foreach (var variant in NameVariants(e.Name))
            {
                var key = TextFold.Fold(variant);
                if (!owners.TryGetValue(key, out var set))
                {
                    owners[key] = set = new HashSet<string>(StringComparer.Ordinal);
                    surface[key] = variant;
                }

                set.Add(e.Id);
            }
        }

        foreach (var (key, ids) in owners)
        {
            var single = !key.Contains(' ', StringComparison.Ordinal);
            // A registry surname ("Ortega") yields to the article's own person of that surname; places and organisations do not.
            var registryOwner = single ? _a.Registry.Aliases.SingleWordEntity(key) : null;
            var blocked = registryOwner is not null && !(registryOwner.StartsWith("person:", StringComparison.Ordinal) && !_a.Entities.ContainsKey(registryOwner)) &&
                !(ids.Count == 1 && PlaceOnlyAsSurname(key, registryOwner));
            // A surname that is a month ("May" of "Theresa May") is an alias too; the final pass reads it only where no date is meant.
            // So is a title that is also a surname ("King" of "Marlon King", "Singer" of "Andre Singer" where the article writes
            // it capitalised alone: "…,” wrote Singer."); the final pass reads it only where no name follows it.
            if (ids.Count == 1 && !(single && (blocked || (NameWords.NotNames.Contains(key) && !Attribution.SpeechVerbs.IsMonth(key)) ||
                (NameWords.Titles.Contains(key) && !Gazetteers.IsSurname(key) && !(_words?.WrittenAlone(key) == true && _words.CapitalisedInside(key))))))
            {
                _local.Add(surface[key], ids.First());
            }
            else if (ids.Count == 2 && single && !blocked && KinIntroducedSecond(ids) is { } first)
            {
                _local.Add(surface[key], first); // "Jayant Malaiya … Malaiya along with his wife … Sudha Malaiya": the bare surname is his
            }
        }

        AddGivenNameAliases(owners);
    }

    /// <summary>
    /// Of two people who share a surname, the one named first, when the other is introduced later as a relative ("his
    /// wife and party secretary Sudha Malaiya", "her son Tom Hale"): the text goes on with the bare surname for the first.
    /// Null when neither is so introduced.
    /// </summary>
    private string? KinIntroducedSecond(IReadOnlyCollection<string> ids)
    {
        string? first = null, second = null;
        int firstAt = int.MaxValue, secondAt = int.MaxValue;
        foreach (var id in ids)
        {
            var at = _a.Text.IndexOf(_a.Entities[id].Name, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            if (at < firstAt)
            {
                (second, secondAt, first, firstAt) = (first, firstAt, id, at);
            }
            else
            {
                (second, secondAt) = (id, at);
            }
        }

        if (first is null || second is null)
        {
            return null;
        }

        // The relative's noun within the few words before the second name ("his wife and BJP national secretary …").
        var window = _a.Text.AsSpan(Math.Max(firstAt, secondAt - 48), secondAt - Math.Max(firstAt, secondAt - 48));
        foreach (var kin in Lexicon.Current.KinNouns)
        {
            var k = window.IndexOf(kin, StringComparison.Ordinal);
            if (k > 0 && !char.IsLetter(window[k - 1]) && k + kin.Length < window.Length && !char.IsLetter(window[k + kin.Length]) &&
                (window[..k].EndsWith("his ", StringComparison.Ordinal) || window[..k].EndsWith("her ", StringComparison.Ordinal)))
            {
                return first;
            }
        }

        return null;
    }

    /// <summary>
    /// "Yoon Young-chan", "Park Geun-hye": a family name, then a given name of two syllables joined by a hyphen, the second in
    /// lower case, as Korean names are romanised; the first word is the surname the text goes on with ("Yoon also called …").
    /// </summary>
    private static bool FamilyNameFirst(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var hyphen = name.IndexOf('-', space + 1);
        return space > 0 && name.IndexOf(' ', space + 1) < 0 && hyphen > space + 2 && hyphen + 1 < name.Length && char.IsLower(name[hyphen + 1]);
    }

    /// <summary>
    /// "Vicky and Katrina exchanged rings …", "Katrina's team said …": the given name of the article's one person who
    /// carries it (a Korean family name, written first, or any first word the article has speak alone: "Gao Yu" …
    /// "Gao alleged …"), where no one's surname is that word and it is no English word, title, month or name the
    /// registry knows, nor a place's unless the article has it speak alone.
    /// </summary>
    private void AddGivenNameAliases(Dictionary<string, HashSet<string>> surnames)
    {
        foreach (var e in _a.Entities.Values)
        {
            var space = e.Name.IndexOf(' ', StringComparison.Ordinal);
            if (e.Kind != EntityKind.Person || space < 2)
            {
                continue;
            }

            // The cheap test first: the article writes the given name alone more often than the whole name (most articles
            // never do, and nothing is built for them).
            var first = e.Name.AsSpan(0, space);
            if (WholeWordCount(_a.Text, first) <= WholeWordCount(_a.Text, e.Name) || GivenNameShared(e, first))
            {
                continue;
            }

            var key = TextFold.Fold(first);
            if (surnames.ContainsKey(key) || EntityDiscovery.IsEnglishWord(key) || NameWords.Titles.Contains(key) || NameWords.NotNames.Contains(key) ||
                Attribution.SpeechVerbs.IsMonth(key) || _a.Registry.Aliases.SingleWordEntity(key) is not null)
            {
                continue;
            }

            // (the article is scanned for the word speaking alone only where the lists and the name's shape do not decide)
            var place = Gazetteers.Places.Match(new List<Token> { new(0, space, TokenKind.Word, key, true, false) }, 0, 1).Length > 0;
            if (place ? SpeaksAlone(key) : Gazetteers.IsGivenName(key) || FamilyNameFirst(e.Name) || SpeaksAlone(key))
            {
                _local.Add(first.ToString(), e.Id, replace: place); // "Gao alleged …": the person, over the town of Mali the gazetteer found
            }
        }
    }

    /// <summary>
    /// "Gao alleged in a Twitter post …", "Gao said …": the word, capitalised, stands alone right before a verb of speech
    /// somewhere in the article; a place never speaks, so a place's name so written is the person's.
    /// </summary>
    private bool SpeaksAlone(string folded)
    {
        foreach (var p in _a.Paragraphs)
        {
            var t = p.Tokens;
            for (var i = 0; i + 1 < t.Count; i++)
            {
                if (t[i].Cap && t[i].Norm == folded && (i == 0 || !t[i - 1].IsWord || !t[i - 1].Cap) && t[i + 1].IsWord && !t[i + 1].Cap &&
                    Attribution.SpeechLexicon.IsVerb(t[i + 1].Norm) && !t[i + 1].Norm.EndsWith("ing", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Another person of the article whose name opens with the same word.</summary>
    private bool GivenNameShared(ArticleEntity person, ReadOnlySpan<char> first)
    {
        foreach (var e in _a.Entities.Values)
        {
            if (e != person && e.Kind == EntityKind.Person && e.Name.Length > first.Length && e.Name[first.Length] == ' ' &&
                e.Name.AsSpan(0, first.Length).Equals(first, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How often <paramref name="word"/> stands in the text as a whole word (no letter or digit on either side).</summary>
    private static int WholeWordCount(string text, ReadOnlySpan<char> word)
    {
        var count = 0;
        for (var at = text.AsSpan().IndexOf(word, StringComparison.Ordinal); at >= 0;)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
            {
                count++;
            }

            var next = text.AsSpan(end).IndexOf(word, StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }

        return count;
    }

    /// <summary>
    /// "Tommy Jordan … Jordan posted:", "Michael Jordan … Jordan said": a one-word place of the registry that is the surname
    /// of the article's one person so named yields to that person where the article never writes the word after a
    /// preposition of place ("in Jordan", "to Jordan"); with such a use the place keeps its name.
    /// </summary>
    private bool PlaceOnlyAsSurname(string folded, string registryOwner)
    {
        if (_a.Registry.Get(registryOwner) is not { Kind: EntityKind.Place })
        {
            return false;
        }

        foreach (var p in _a.Paragraphs)
        {
            var t = p.Tokens;
            for (var k = 0; k < t.Count; k++)
            {
                if (t[k].Norm == folded && (LocativeBefore(t, k) || CountryPossessive(t, k)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>"Jordan's foreign ministry", "Jordan's government", "Jordan's king": a country's possessive before a body or office of state.</summary>
    private static bool CountryPossessive(List<Token> t, int k) =>
        k + 2 < t.Count && t[k + 1].Norm == "'s" && !t[k + 2].Cap &&
        (Lexicon.Current.PortfolioWords.Contains(t[k + 2].Norm) || Attribution.SpeechLexicon.IsInstitutionNoun(t[k + 2].Norm) ||
         t[k + 2].Norm is "government" or "king" or "queen" or "president" or "prime" or "capital" or "border" or "army" or "military" or "embassy");

    private static IEnumerable<string> NameVariants(string name)
    {
        var parts = NameWords.PersonNameParts(name);
        if (parts.Length < 2)
        {
            yield break;
        }

        yield return parts[^1];
        for (var k = 1; k < parts.Length - 1; k++)
        {
            var tail = string.Join(' ', parts[k..]);
            yield return tail;
            if (!NameWords.NameParticles.Contains(TextFold.Fold(parts[k])) && k == 1 && parts.Length >= 3)
            {
                yield return parts[1]; // paternal surname in Spanish names: "Fernández" of "Carlos Fernández de Cossío"
            }
        }
    }

    private void WeighCountry(string? placeId, int weight)
    {
        if (placeId is not null)
        {
            _countryWeight[placeId] = _countryWeight.GetValueOrDefault(placeId) + weight;
        }
    }

    /// <summary>
    /// "Kataib Hezbollah": one word before an armed group's name that is no English word and no compound ("Iran-backed"),
    /// written with the name at least twice in the article, names a group of its own ("Shiite Hezbollah" once is the
    /// group described).
    /// </summary>
    private bool OwnGroupName(Paragraph p, int from, int i)
    {
        var t = p.Tokens;
        if (i - from != 1 || EntityDiscovery.IsEnglishWord(t[from].Norm) || _a.Text.AsSpan(t[from].Start, t[from].End - t[from].Start).Contains('-'))
        {
            return false;
        }

        var name = _a.Text.AsSpan(t[from].Start, t[i].End - t[from].Start);
        var text = _a.Text.AsSpan();
        var at = text.IndexOf(name, StringComparison.Ordinal);
        return at >= 0 && text[(at + name.Length)..].IndexOf(name, StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// Where a run of capitalised words right before token <paramref name="i"/> starts, when it makes one name with it:
    /// one to three words, none a title, a determiner, a demonym or already read, not opening a sentence alone, the
    /// first maybe an ordinal ("21st Century Fox"); else -1. "President Trump", "Cuban officials", "The Guardian" are not.
    /// </summary>
    private int NameRunBefore(Paragraph p, int i, bool[] covered)
    {
        var t = p.Tokens;
        var k = i;
        while (k > 0 && i - k < 3 && !covered[k - 1] && t[k - 1].IsWord && t[k - 1].Cap && !t[k - 1].AllCaps &&
               !NameWords.IsTitle(t[k - 1]) && !NameWords.NotNames.Contains(t[k - 1].Norm) && !Lexicon.Current.Determiners.Contains(t[k - 1].Norm) &&
               _a.Registry.CountryOfDemonym(t[k - 1].Norm) is null && !Attribution.SpeechLexicon.IsVerb(t[k - 1].Norm))
        {
            k--;
        }

        if (k > 0 && !covered[k - 1] && OrdinalNumber(t[k - 1].Norm) && k < i)
        {
            return k - 1; // "21st Century Fox"
        }

        // One capitalised word opening a sentence may be any word ("Yesterday Fox said"): only a longer run, one inside, or
        // one that is no English word ("Kataib Hezbollah denies …" in a headline).
        return k < i && (i - k >= 2 || !EntityDiscovery.SentenceOpener(t, k) || !EntityDiscovery.IsEnglishWord(t[k].Norm)) ? k : -1;
    }

    /// <summary>
    /// The end of one to three capitalised words right after a one-word alias at <paramref name="i"/> that continue its
    /// name ("Fox Interactive Media"): no title, date, verb, determiner, given name, place or registry name among them, no
    /// legal form first, and a lower-case word or a stop after them; else -1.
    /// </summary>
    private int NameRunAfter(Paragraph p, int i)
    {
        var t = p.Tokens;
        var k = i + 1;
        if (k < t.Count && (Lexicon.Current.LegalForms.Contains(t[k].Norm) || Lexicon.Current.FirmSuffixes.Contains(t[k].Norm)))
        {
            return -1; // "Microsoft Inc", "Microsoft Corporation": the registry's company with its legal form
        }

        while (k < t.Count && k <= i + 3 && t[k].IsWord && t[k].Cap && !t[k].AllCaps && !NameWords.IsTitle(t[k]) && !NameWords.NotNames.Contains(t[k].Norm) &&
               !Lexicon.Current.Determiners.Contains(t[k].Norm) && !Attribution.SpeechLexicon.IsVerb(t[k].Norm) && !Attribution.SpeechVerbs.IsMonth(t[k].Norm) &&
               !Attribution.Sieves.VerbFrame.Weekday(t[k].Norm) && !Gazetteers.IsGivenName(t[k].Norm) && _a.Registry.Aliases.Match(t, k, k + 1).Length == 0 &&
               Gazetteers.Places.Match(t, k, k + 1).Length == 0)
        {
            k++;
        }

        return k > i + 1 && (k == t.Count || !t[k].IsWord || !t[k].Cap) ? k : -1;
    }

    private static bool OrdinalNumber(string norm) =>
        norm.Length >= 3 && char.IsDigit(norm[0]) && norm[^2..] is "st" or "nd" or "rd" or "th" && norm[..^2].All(char.IsDigit);

    /// <summary>
    /// The end of "and" and one to three capitalised portfolio words right after a ministry's name at <paramref name="at"/>
    /// ("… and Regional Integration", "… and Trade"), none read already, opening with no given name and followed by no
    /// further capitalised word; else -1. "the Ministry of Health and the Treasury" has "the" after "and".
    /// </summary>
    private int PortfolioAfterAnd(Paragraph p, int at, bool[] covered)
    {
        var t = p.Tokens;
        if (at + 1 >= t.Count || t[at].Norm != "and" || covered[at + 1])
        {
            return -1;
        }

        var k = at + 1;
        while (k < t.Count && k - at <= 3 && t[k].IsWord && t[k].Cap && !t[k].AllCaps && !covered[k] && !NameWords.IsTitle(t[k]))
        {
            k++;
        }

        return k > at + 1 && !(k < t.Count && t[k].IsWord && t[k].Cap) && !Gazetteers.IsGivenName(t[at + 1].Norm) ? k : -1;
    }
}
