namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Word lists for telling names from titles, institutions and sentence openers (all folded).</summary>
internal static class NameWords
{
    /// <summary>Titles that precede a name ("Deputy Minister", "General", "journalist").</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "president", "vice", "deputy", "minister", "secretary", "general", "gen.", "senator", "sen.", "rep.",
        "representative", "judge", "justice", "governor", "gov.", "mayor", "ambassador", "chancellor", "prime", "premier",
        "king", "queen", "prince", "princess", "pope", "dr.", "mr.", "mrs.", "ms.", "prof.", "professor", "coach",
        "captain", "capt.", "commander", "colonel", "col.", "lieutenant", "lt.", "sergeant", "officer", "detective",
        "chief", "director", "ceo", "chairman", "chairwoman", "chair", "spokesperson", "spokesman", "spokeswoman",
        "journalist", "reporter", "correspondent", "analyst", "lawyer", "attorney", "prosecutor", "striker",
        "midfielder", "defender", "goalkeeper", "forward", "manager", "economist", "activist", "founder", "executive",
        "foreign", "affairs", "interior", "defense", "defence", "finance", "economy", "health", "justice", "state",
        "trade", "commerce", "energy", "treasury", "attorney-general", "leader", "opposition", "independent", "former",
        "acting", "senior", "top", "chief", "head", "cardinal", "bishop", "rabbi", "imam", "sheikh", "emir", "sultan",
        "dictator", "ruler", "writer", "author", "editor", "columnist", "historian", "researcher", "scientist",
        "player", "star", "veteran", "rookie", "champion", "winger", "pitcher", "quarterback", "guard", "center",
        "lawmaker", "congressman", "congresswoman", "councilman", "councilwoman", "magistrate", "solicitor",
        "investor", "billionaire", "entrepreneur", "businessman", "businesswoman", "owner", "partner", "banker",
        "assistant", "undersecretary", "under-secretary", "envoy", "negotiator", "diplomat", "official", "adviser",
        "advisor", "aide", "counsel", "sir", "dame", "lord", "lady", "saint", "st.", "admiral", "marshal", "major",
    };

    /// <summary>Title words that name an office held by a person ("Minister of Energy and Mines"), not an institution.</summary>
    public static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal)
    {
        "minister", "secretary", "president", "ambassador", "director", "governor", "chancellor", "undersecretary",
        "under-secretary", "spokesperson", "spokesman", "spokeswoman", "commissioner", "envoy", "mayor", "senator",
    };

    /// <summary>Words that make a capitalised run an institution ("Ministry of Justice", "National Liberation Army").</summary>
    public static readonly HashSet<string> InstitutionHeads = new(StringComparer.Ordinal)
    {
        "ministry", "department", "agency", "bureau", "council", "committee", "commission", "court", "party", "army",
        "forces", "police", "bank", "company", "corporation", "corp.", "inc.", "inc", "group", "university", "school",
        "institute", "foundation", "association", "union", "federation", "league", "club", "network", "times", "post",
        "journal", "news", "press", "tribune", "herald", "gazette", "authority", "service", "parliament", "congress",
        "senate", "assembly", "navy", "office", "organization", "organisation", "fund", "reserve", "board", "ltd",
        "llc", "plc", "holdings", "airlines", "airways", "motors", "technologies", "systems", "fc", "cf", "command",
        "guard", "center", "centre", "hospital", "church", "front", "movement", "coalition", "alliance", "embassy",
        "consulate", "cabinet", "secretariat", "directorate", "tribunal", "prosecutor's", "media", "broadcasting",
        "television", "radio", "channel", "magazine", "review", "daily", "insider", "capital", "partners", "labs",
        "energy", "pharmaceuticals", "industries", "enterprises", "brands", "foods", "bancorp", "securities",
        "logistics", "freight", "shipping", "solutions", "communications", "telecom", "resources", "mining", "oil",
        "petroleum", "steel", "insurance", "financial", "investments", "ventures", "realty", "properties",
        "entertainment", "studios", "games", "software", "networks", "electronics", "semiconductors", "automotive",
        "aerospace", "rail", "railways", "transport", "marine", "chemicals", "biotech", "healthcare", "brewing",
        "beverages", "retail", "stores", "athletic", "rovers", "wanderers", "gazette", "courier", "chronicle",
        "observer", "inquirer", "standard", "telegraph", "mirror", "express", "dispatch", "sentinel", "bulletin",
        "ministry's", "commission's", "bureau's",
    };

    /// <summary>Trailing words of company names; the rest is a short alias ("Northwind Logistics" → "Northwind").</summary>
    public static readonly HashSet<string> CorporateSuffixes = new(StringComparer.Ordinal)
    {
        "logistics", "freight", "shipping", "group", "holdings", "inc.", "inc", "corp.", "corp", "corporation", "company",
        "co.", "ltd", "llc", "plc", "partners", "capital", "industries", "enterprises", "technologies", "systems",
        "solutions", "motors", "airlines", "airways", "energy", "foods", "brands", "media", "networks", "labs",
        "pharmaceuticals", "resources", "financial", "investments", "ventures", "international", "global",
    };

    /// <summary>Capitalised words that open sentences or headings but are not names.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "in", "on", "at", "for", "from", "to", "of", "by", "with", "and", "but", "or", "nor", "yet",
        "so", "however", "meanwhile", "moreover", "furthermore", "also", "then", "thus", "therefore", "similarly",
        "last", "next", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her",
        "their", "our", "its", "my", "your", "just", "according", "speaking", "despite", "after", "before", "while",
        "when", "where", "as", "if", "although", "though", "because", "since", "until", "during", "between",
        "among", "amid", "under", "over", "about", "against", "without", "within", "into", "through", "all", "some",
        "many", "most", "several", "both", "each", "every", "no", "not", "only", "even", "still", "today",
        "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "here", "there", "what", "which", "who", "whom", "why", "how", "one", "two",
        "three", "first", "second", "third", "new", "other", "another", "such", "said", "says", "read", "more",
        "image", "photo", "video", "source", "sources", "breaking", "update", "updated", "exclusive", "live",
        "is", "are", "was", "were", "will", "would", "can", "could", "should", "may", "might", "must", "has", "have",
        "had", "do", "does", "did", "let", "now", "once", "again", "perhaps", "instead", "later", "earlier", "following",
    };

    /// <summary>Lower-case particles inside names ("Fernández de Cossío", "Ludwig van Beethoven").</summary>
    public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "van", "von", "der", "den", "da", "das", "do", "dos", "di", "du", "le", "bin",
        "ibn", "al", "el", "y", "ter", "zu",
    };

    /// <summary>Nouns that introduce an outlet or organisation by name ("the newspaper The Wall Street Journal").</summary>
    public static readonly HashSet<string> InstitutionIntroducers = new(StringComparer.Ordinal)
    {
        "newspaper", "outlet", "agency", "magazine", "broadcaster", "channel", "network", "company", "firm", "group",
        "club", "team", "daily", "weekly", "website", "portal", "site", "publication", "startup", "bank", "party",
        "organization", "organisation", "insurer", "lender", "carrier", "airline", "retailer", "maker", "automaker",
        "broadcasting", "station", "tabloid", "paper",
    };
}
