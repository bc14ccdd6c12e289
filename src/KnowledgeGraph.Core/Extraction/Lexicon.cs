using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The extraction's word lists (speech and denial verbs, speaker and document nouns, titles, organisation words,
/// denial vocabulary, furniture lines …), read from <c>Data/lexicon.yaml</c> beside the registry. Loaded once and
/// validated: a file with a syntax error, an unknown or missing list, an unfolded or duplicate entry is refused with
/// the file, line and reason, so the extractor never starts half-configured.
/// </summary>
public sealed partial class Lexicon
{
    private const string ResourceName = "KnowledgeGraph.Data.lexicon.yaml";

    private static readonly Lazy<Lexicon> Embedded = new(LoadDefault);
    private static Lexicon? _current;

    private readonly Dictionary<string, Text.WordSet> _lists;

    private Lexicon(Dictionary<string, Text.WordSet> lists, FrozenDictionary<string, (string Lemma, bool Denial)> verbs,
        FrozenDictionary<string, string> concepts, FrozenDictionary<string, FrozenSet<string>> roleKin, IReadOnlyList<string> linkPrefixes, IReadOnlyList<(string First, string Second, bool Interview)> reporterCues)
    {
        _lists = lists;
        Verbs = verbs;
        ClaimKeyConcepts = concepts;
        RoleKin = roleKin;
        LinkPrefixes = linkPrefixes;
        ReporterCues = reporterCues;
        CueWords = new Text.WordSet(reporterCues.Select(c => c.First).Distinct(StringComparer.Ordinal));
        CuesByFirst = reporterCues.GroupBy(c => c.First, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        foreach (var form in verbs.Keys)
        {
            VerbFilter.Add(form);
        }
    }

    /// <summary>The lexicon the extraction uses: the embedded one unless <see cref="Use"/> replaced it.</summary>
    public static Lexicon Current => _current ?? Embedded.Value;

    /// <summary>The lexicon shipped with the project.</summary>
    public static Lexicon Default => Embedded.Value;

    /// <summary>Makes <paramref name="lexicon"/> the one every extractor in this process uses (a user's <c>--lexicon</c> file).</summary>
    public static void Use(Lexicon lexicon) => _current = lexicon ?? throw new ArgumentNullException(nameof(lexicon));

    /// <summary>Number of words over all lists (verb forms included).</summary>
    public int WordCount => _lists.Values.Sum(l => l.Count) + Verbs.Count + ClaimKeyConcepts.Count + RoleKin.Values.Sum(k => k.Count) + StateAbbreviations.Count + LinkPrefixes.Count + ReporterCues.Count;

    internal FrozenDictionary<string, (string Lemma, bool Denial)> Verbs { get; }

    /// <summary>
    /// The lemmas of <see cref="Verbs"/> (with British "-ise" spellings of "-ize" ones), whether listed as forms or not:
    /// "stress", "claim", "emphasise", for base forms read after "to".
    /// </summary>
    internal FrozenDictionary<string, (string Lemma, bool Denial)> Lemmas => field ??= BuildLemmas();

    private FrozenDictionary<string, (string Lemma, bool Denial)> BuildLemmas()
    {
        var lemmas = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        foreach (var (lemma, denial) in Verbs.Values)
        {
            lemmas.TryAdd(lemma, (lemma, denial));
            if (lemma.EndsWith("ize", StringComparison.Ordinal))
            {
                lemmas.TryAdd(lemma[..^3] + "ise", (lemma, denial));
            }
        }

        return lemmas.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Turns away most words that are not in <see cref="Verbs"/> before the dictionary hashes them (every word is asked).</summary>
    internal Text.WordFilter VerbFilter { get; } = new();

    internal FrozenDictionary<string, string> ClaimKeyConcepts { get; }

    /// <summary>
    /// Base forms of speech verbs that the lists leave out because in news text they are mostly nouns ("claim", "report",
    /// "note"): each lemma whose forms do not include it, with its lemma and whether it denies.
    /// </summary>
    internal FrozenDictionary<string, (string Lemma, bool Denial)> NounlikeBaseForms { get; private init; } = FrozenDictionary<string, (string, bool)>.Empty;

    /// <summary>Description nouns and the role words that fit them ("the diplomat" fits a vice chancellor or an ambassador).</summary>
    internal FrozenDictionary<string, FrozenSet<string>> RoleKin { get; }

    internal IReadOnlyList<string> LinkPrefixes { get; }

    /// <summary>
    /// The link prefixes of seven letters or more without their colon ("related", "read more"): labels that, glued to a
    /// capital ("Read moreCuba …"), mark a flattened link (shorter ones such as "watch" glue to names in prose).
    /// </summary>
    internal string[] LinkLabels => field ??= LinkPrefixes.Select(prefix => prefix.TrimEnd(' ').TrimEnd(':')).Where(label => label.Length >= 7)
        .Distinct().OrderByDescending(label => label.Length).ToArray();

    /// <summary>
    /// US state abbreviations as datelines and addresses write them ("wis." of "Oshkosh, Wis.", "wi" of "Oshkosh, WI"),
    /// folded, to the state's ISO 3166-2 code ("US-WI").
    /// </summary>
    internal FrozenDictionary<string, string> StateAbbreviations { get; private init; } = FrozenDictionary<string, string>.Empty;

    internal IReadOnlyList<(string First, string Second, bool Interview)> ReporterCues { get; }

    /// <summary>The first words of <see cref="ReporterCues"/>.</summary>
    internal Text.WordSet CueWords { get; }

    /// <summary>The cues of <see cref="ReporterCues"/> by their first word, each word's in the list's order.</summary>
    internal FrozenDictionary<string, (string First, string Second, bool Interview)[]> CuesByFirst { get; }

    internal Text.WordSet WeakSpeechVerbs => field ??= _lists["weakSpeechVerbs"];
    internal Text.WordSet AppealVerbs => field ??= _lists["appealVerbs"];
    internal Text.WordSet VerdictIntensifiers => field ??= _lists["verdictIntensifiers"];
    internal Text.WordSet PersonNouns => field ??= _lists["personNouns"];
    internal Text.WordSet DocumentNouns => field ??= _lists["documentNouns"];
    internal Text.WordSet InstitutionNouns => field ??= _lists["institutionNouns"];
    internal Text.WordSet CompanyNouns => field ??= _lists["companyNouns"];
    internal Text.WordSet FalsehoodWords => field ??= _lists["falsehoodWords"];

    /// <summary>Words after "lie", "lies", "lying" that make it a verb of place or position ("lying idle", "what lies ahead").</summary>
    internal Text.WordSet LieOfPlace => field ??= _lists["lieOfPlace"];
    internal Text.WordSet FramingNouns => field ??= _lists["framingNouns"];
    internal Text.WordSet Determiners => field ??= _lists["determiners"];
    internal Text.WordSet Prepositions => field ??= _lists["prepositions"];
    internal Text.WordSet BeForms => field ??= _lists["beForms"];
    internal Text.WordSet SubjectPronouns => field ??= _lists["subjectPronouns"];
    internal Text.WordSet ClauseBreaks => field ??= _lists["clauseBreaks"];
    internal Text.WordSet TopicPrepositions => field ??= _lists["topicPrepositions"];
    internal Text.WordSet WordsBeforeVerb => field ??= _lists["wordsBeforeVerb"];
    internal Text.WordSet ReportNouns => field ??= _lists["reportNouns"];
    internal Text.WordSet FigureNouns => field ??= _lists["figureNouns"];
    internal Text.WordSet AnonymousSpeakers => field ??= _lists["anonymousSpeakers"];
    internal Text.WordSet IssuedWords => field ??= _lists["issuedWords"];

    /// <summary>Channels a statement is made in, skipped after the verb ("said in a statement the …").</summary>
    internal Text.WordSet ChannelNouns => field ??= _lists["channelNouns"];
    internal Text.WordSet ProgrammeNouns => field ??= _lists["programmeNouns"];

    /// <summary>Those who speak as the one they speak for ("her office said", "Okafor's lawyers said").</summary>
    internal Text.WordSet ProxyNouns => field ??= _lists["proxyNouns"];

    /// <summary>Nouns that make a clause someone's statement after a possessive ("the mayor's claim that …").</summary>
    internal Text.WordSet PossessiveClaimNouns => field ??= _lists["possessiveClaimNouns"];

    /// <summary>The subset of <see cref="PossessiveClaimNouns"/> that deny their clause ("the ministry's denial that …").</summary>
    internal Text.WordSet DenialNouns => field ??= _lists["denialNouns"];
    internal Text.WordSet Titles => field ??= _lists["titles"];
    internal Text.WordSet PersonTitles => field ??= _lists["personTitles"];
    internal Text.WordSet InstitutionHeads => field ??= _lists["institutionHeads"];

    /// <summary>Titles of courtesy or honour that name no office ("Sardar", "Datuk", "Alhaji", "Mr").</summary>
    internal Text.WordSet CourtesyTitles => field ??= _lists["courtesyTitles"];

    /// <summary>Nouns for a shop or a place to eat that ends a business's name after a possessive ("Julie's Bakeshop").</summary>
    internal Text.WordSet ShopNouns => field ??= _lists["shopNouns"];
    internal Text.WordSet CorporateSuffixes => field ??= _lists["corporateSuffixes"];
    internal Text.WordSet FirmSuffixes => field ??= _lists["firmSuffixes"];

    internal Text.WordSet LegalForms => field ??= _lists["legalForms"];
    internal Text.WordSet NotNames => field ??= _lists["notNames"];
    internal Text.WordSet NameParticles => field ??= _lists["nameParticles"];
    internal Text.WordSet InstitutionIntroducers => field ??= _lists["institutionIntroducers"];

    internal Text.WordSet CreditLabels => field ??= _lists["creditLabels"];

    internal Text.WordSet OutletNouns => field ??= _lists["outletNouns"];

    /// <summary>Last words of an outlet's own name ("Harbour Times", "Wexford Ledger").</summary>
    internal Text.WordSet OutletNameHeads => field ??= _lists["outletNameHeads"];

    internal Text.WordSet OutletOnlyHeads => field ??= _lists["outletOnlyHeads"];
    internal Text.WordSet OrganisationClassNouns => field ??= _lists["organisationClassNouns"];

    /// <summary>Sports whose name introduces a club ("Turkish football giants, Fenerbahce"): a later "the club" may be it.</summary>
    internal Text.WordSet SportNouns => field ??= _lists["sportNouns"];

    /// <summary>A ministry's portfolio written in lower case before "ministry" ("the interior ministry", "Kenya's health ministry").</summary>
    internal Text.WordSet PortfolioWords => field ??= _lists["portfolioWords"];
    internal Text.WordSet StreetHeads => field ??= _lists["streetHeads"];
    internal Text.WordSet KinNouns => field ??= _lists["kinNouns"];
    internal Text.WordSet PlaceHeads => field ??= _lists["placeHeads"];
    internal Text.WordSet PlaceModifiers => field ??= _lists["placeModifiers"];
    internal Text.WordSet DeceptionVerbs => field ??= _lists["deceptionVerbs"];

    internal Text.WordSet DisapprovalVerbs => field ??= _lists["disapprovalVerbs"];

    internal Text.WordSet ClaimObjectVerbs => field ??= _lists["claimObjectVerbs"];
    internal Text.WordSet ShortWords => field ??= _lists["shortWords"];
    internal Text.WordSet WeakTitles => field ??= _lists["weakTitles"];
    internal Text.WordSet CompoundModifiers => field ??= _lists["compoundModifiers"];
    internal Text.WordSet BroadcastWords => field ??= _lists["broadcastWords"];
    internal Text.WordSet AffiliationNouns => field ??= _lists["affiliationNouns"];
    internal Text.WordSet BuildingHeads => field ??= _lists["buildingHeads"];
    internal Text.WordSet EmploymentWords => field ??= _lists["employmentWords"];
    internal Text.WordSet CommonAcronyms => field ??= _lists["commonAcronyms"];

    internal Text.WordSet PostNominals => field ??= _lists["postNominals"];

    /// <summary>Lower-case nouns before a name that show a man ("husband", "frontman"); <see cref="FemaleNouns"/> a woman.</summary>
    internal Text.WordSet MaleNouns => field ??= _lists["maleNouns"];

    internal Text.WordSet FemaleNouns => field ??= _lists["femaleNouns"];
    internal Text.WordSet InstitutionEndings => field ??= _lists["institutionEndings"];
    internal Text.WordSet LeadVerbs => field ??= _lists["leadVerbs"];
    internal Text.WordSet LeadNouns => field ??= _lists["leadNouns"];
    internal Text.WordSet MemberNouns => field ??= _lists["memberNouns"];
    internal Text.WordSet Negations => field ??= _lists["negations"];

    /// <summary>"whatsoever", "at all", "anymore": words that only strengthen a negation and leave the claim with it.</summary>
    internal Text.WordSet NegationIntensifiers => field ??= _lists["negationIntensifiers"];

    /// <summary>"easy", "new", "enough": adjectives of assessment that, negated after a copula, judge rather than refute.</summary>
    internal Text.WordSet NegatedAssessments => field ??= _lists["negatedAssessments"];

    /// <summary>"fake", "viral", "purported": words that disown a document before its noun.</summary>
    internal Text.WordSet DisowningWords => field ??= _lists["disowningWords"];
    internal Text.WordSet ActObjects => field ??= _lists["actObjects"];
    internal Text.WordSet ConditionWords => field ??= _lists["conditionWords"];
    internal Text.WordSet IntroWords => field ??= _lists["introWords"];
    internal Text.WordSet ClaimKeyStopWords => field ??= _lists["claimKeyStopWords"];
    internal Text.WordSet TailMarkers => field ??= _lists["tailMarkers"];
    internal Text.WordSet BoxMarkers => field ??= _lists["boxMarkers"];
    internal Text.WordSet NavigationLines => field ??= _lists["navigationLines"];
    internal Text.WordSet QaHeadings => field ??= _lists["qaHeadings"];
    internal Text.WordSet LoremWords => field ??= _lists["loremWords"];
    internal Text.WordSet Abbreviations => field ??= _lists["abbreviations"];

    /// <summary>National web domains sold to anyone ("co", "io", "tv"): they say nothing of a publisher's country.</summary>
    internal Text.WordSet GenericCountryDomains => field ??= _lists["genericCountryDomains"];
    internal Text.WordSet PlatformHosts => field ??= _lists["platformHosts"];

    /// <summary>The list of that name (for tests and tools).</summary>
    internal Text.WordSet List(string name) => _lists[name];

    /// <summary>Loads a lexicon file; the error names the file, line and reason on bad input.</summary>
    public static Lexicon Load(string path)
    {
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"The lexicon file {path} could not be read: {ex.Message}", ex);
        }

        return Parse(yaml, $"the lexicon file {path}");
    }

    private static Lexicon LoadDefault()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded lexicon resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "the embedded lexicon.yaml");
    }
}
