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

    private readonly Dictionary<string, FrozenSet<string>> _lists;

    private Lexicon(Dictionary<string, FrozenSet<string>> lists, FrozenDictionary<string, (string Lemma, bool Denial)> verbs,
        FrozenDictionary<string, string> concepts, FrozenDictionary<string, FrozenSet<string>> roleKin, IReadOnlyList<string> linkPrefixes, IReadOnlyList<(string First, string Second, bool Interview)> reporterCues)
    {
        _lists = lists;
        Verbs = verbs;
        ClaimKeyConcepts = concepts;
        RoleKin = roleKin;
        LinkPrefixes = linkPrefixes;
        ReporterCues = reporterCues;
        CueWords = reporterCues.Select(c => c.First).ToFrozenSet(StringComparer.Ordinal);
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
    internal FrozenSet<string> CueWords { get; }

    internal FrozenSet<string> WeakSpeechVerbs => field ??= _lists["weakSpeechVerbs"];
    internal FrozenSet<string> AppealVerbs => field ??= _lists["appealVerbs"];
    internal FrozenSet<string> VerdictIntensifiers => field ??= _lists["verdictIntensifiers"];
    internal FrozenSet<string> PersonNouns => field ??= _lists["personNouns"];
    internal FrozenSet<string> DocumentNouns => field ??= _lists["documentNouns"];
    internal FrozenSet<string> InstitutionNouns => field ??= _lists["institutionNouns"];
    internal FrozenSet<string> CompanyNouns => field ??= _lists["companyNouns"];
    internal FrozenSet<string> FalsehoodWords => field ??= _lists["falsehoodWords"];
    internal FrozenSet<string> FramingNouns => field ??= _lists["framingNouns"];
    internal FrozenSet<string> Determiners => field ??= _lists["determiners"];
    internal FrozenSet<string> Prepositions => field ??= _lists["prepositions"];
    internal FrozenSet<string> BeForms => field ??= _lists["beForms"];
    internal FrozenSet<string> SubjectPronouns => field ??= _lists["subjectPronouns"];
    internal FrozenSet<string> ClauseBreaks => field ??= _lists["clauseBreaks"];
    internal FrozenSet<string> TopicPrepositions => field ??= _lists["topicPrepositions"];
    internal FrozenSet<string> WordsBeforeVerb => field ??= _lists["wordsBeforeVerb"];
    internal FrozenSet<string> ReportNouns => field ??= _lists["reportNouns"];
    internal FrozenSet<string> FigureNouns => field ??= _lists["figureNouns"];
    internal FrozenSet<string> AnonymousSpeakers => field ??= _lists["anonymousSpeakers"];
    internal FrozenSet<string> IssuedWords => field ??= _lists["issuedWords"];

    /// <summary>Channels a statement is made in, skipped after the verb ("said in a statement the …").</summary>
    internal FrozenSet<string> ChannelNouns => field ??= _lists["channelNouns"];
    internal FrozenSet<string> ProgrammeNouns => field ??= _lists["programmeNouns"];

    /// <summary>Those who speak as the one they speak for ("her office said", "Okafor's lawyers said").</summary>
    internal FrozenSet<string> ProxyNouns => field ??= _lists["proxyNouns"];

    /// <summary>Nouns that make a clause someone's statement after a possessive ("the mayor's claim that …").</summary>
    internal FrozenSet<string> PossessiveClaimNouns => field ??= _lists["possessiveClaimNouns"];

    /// <summary>The subset of <see cref="PossessiveClaimNouns"/> that deny their clause ("the ministry's denial that …").</summary>
    internal FrozenSet<string> DenialNouns => field ??= _lists["denialNouns"];
    internal FrozenSet<string> Titles => field ??= _lists["titles"];
    internal FrozenSet<string> PersonTitles => field ??= _lists["personTitles"];
    internal FrozenSet<string> InstitutionHeads => field ??= _lists["institutionHeads"];
    internal FrozenSet<string> CorporateSuffixes => field ??= _lists["corporateSuffixes"];
    internal FrozenSet<string> FirmSuffixes => field ??= _lists["firmSuffixes"];

    internal FrozenSet<string> LegalForms => field ??= _lists["legalForms"];
    internal FrozenSet<string> NotNames => field ??= _lists["notNames"];
    internal FrozenSet<string> NameParticles => field ??= _lists["nameParticles"];
    internal FrozenSet<string> InstitutionIntroducers => field ??= _lists["institutionIntroducers"];

    internal FrozenSet<string> CreditLabels => field ??= _lists["creditLabels"];

    internal FrozenSet<string> OutletNouns => field ??= _lists["outletNouns"];

    /// <summary>Last words of an outlet's own name ("Harbour Times", "Wexford Ledger").</summary>
    internal FrozenSet<string> OutletNameHeads => field ??= _lists["outletNameHeads"];

    internal FrozenSet<string> OutletOnlyHeads => field ??= _lists["outletOnlyHeads"];
    internal FrozenSet<string> OrganisationClassNouns => field ??= _lists["organisationClassNouns"];

    /// <summary>Sports whose name introduces a club ("Turkish football giants, Fenerbahce"): a later "the club" may be it.</summary>
    internal FrozenSet<string> SportNouns => field ??= _lists["sportNouns"];

    /// <summary>A ministry's portfolio written in lower case before "ministry" ("the interior ministry", "Kenya's health ministry").</summary>
    internal FrozenSet<string> PortfolioWords => field ??= _lists["portfolioWords"];
    internal FrozenSet<string> StreetHeads => field ??= _lists["streetHeads"];
    internal FrozenSet<string> KinNouns => field ??= _lists["kinNouns"];
    internal FrozenSet<string> PlaceHeads => field ??= _lists["placeHeads"];
    internal FrozenSet<string> PlaceModifiers => field ??= _lists["placeModifiers"];
    internal FrozenSet<string> DeceptionVerbs => field ??= _lists["deceptionVerbs"];

    internal FrozenSet<string> DisapprovalVerbs => field ??= _lists["disapprovalVerbs"];

    internal FrozenSet<string> ClaimObjectVerbs => field ??= _lists["claimObjectVerbs"];
    internal FrozenSet<string> ShortWords => field ??= _lists["shortWords"];
    internal FrozenSet<string> WeakTitles => field ??= _lists["weakTitles"];
    internal FrozenSet<string> CompoundModifiers => field ??= _lists["compoundModifiers"];
    internal FrozenSet<string> AffiliationNouns => field ??= _lists["affiliationNouns"];
    internal FrozenSet<string> BuildingHeads => field ??= _lists["buildingHeads"];
    internal FrozenSet<string> EmploymentWords => field ??= _lists["employmentWords"];
    internal FrozenSet<string> CommonAcronyms => field ??= _lists["commonAcronyms"];

    internal FrozenSet<string> PostNominals => field ??= _lists["postNominals"];
    internal FrozenSet<string> InstitutionEndings => field ??= _lists["institutionEndings"];
    internal FrozenSet<string> LeadVerbs => field ??= _lists["leadVerbs"];
    internal FrozenSet<string> LeadNouns => field ??= _lists["leadNouns"];
    internal FrozenSet<string> MemberNouns => field ??= _lists["memberNouns"];
    internal FrozenSet<string> Negations => field ??= _lists["negations"];

    /// <summary>"whatsoever", "at all", "anymore": words that only strengthen a negation and leave the claim with it.</summary>
    internal FrozenSet<string> NegationIntensifiers => field ??= _lists["negationIntensifiers"];

    /// <summary>"easy", "new", "enough": adjectives of assessment that, negated after a copula, judge rather than refute.</summary>
    internal FrozenSet<string> NegatedAssessments => field ??= _lists["negatedAssessments"];

    /// <summary>"fake", "viral", "purported": words that disown a document before its noun.</summary>
    internal FrozenSet<string> DisowningWords => field ??= _lists["disowningWords"];
    internal FrozenSet<string> ActObjects => field ??= _lists["actObjects"];
    internal FrozenSet<string> ConditionWords => field ??= _lists["conditionWords"];
    internal FrozenSet<string> IntroWords => field ??= _lists["introWords"];
    internal FrozenSet<string> ClaimKeyStopWords => field ??= _lists["claimKeyStopWords"];
    internal FrozenSet<string> TailMarkers => field ??= _lists["tailMarkers"];
    internal FrozenSet<string> BoxMarkers => field ??= _lists["boxMarkers"];
    internal FrozenSet<string> NavigationLines => field ??= _lists["navigationLines"];
    internal FrozenSet<string> QaHeadings => field ??= _lists["qaHeadings"];
    internal FrozenSet<string> LoremWords => field ??= _lists["loremWords"];
    internal FrozenSet<string> Abbreviations => field ??= _lists["abbreviations"];

    /// <summary>National web domains sold to anyone ("co", "io", "tv"): they say nothing of a publisher's country.</summary>
    internal FrozenSet<string> GenericCountryDomains => field ??= _lists["genericCountryDomains"];
    internal FrozenSet<string> PlatformHosts => field ??= _lists["platformHosts"];

    /// <summary>The list of that name (for tests and tools).</summary>
    internal FrozenSet<string> List(string name) => _lists[name];

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
