namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Small closed word classes used by attribution (folded forms).</summary>
internal static class Words
{
    public static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "any", "no",
        "such", "'s", "every", "each", "some", "new", "recent", "latest", "official", "previous", "earlier", "whose", "same",
        "public", "written", "joint", "first", "second", "final", "brief", "short", "long", "formal",
    };

    public static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "with", "to", "of", "from", "for", "at", "on", "by", "about", "against", "towards", "toward", "into", "over",
        "under", "between", "among", "after", "before", "despite", "amid", "like", "than", "including", "via", "through",
        "during", "without", "within", "upon", "onto", "across", "behind", "beyond", "near", "regarding", "concerning",
    };

    public static readonly HashSet<string> BeForms = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "been", "being", "be", "'s", "am",
    };

    public static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "he", "she", "it", "they" };

    public static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { ",", ";", "while", "but", "whereas", "and", "although", "though" };

    public static readonly HashSet<string> RelativeWords = new(StringComparer.Ordinal) { "what", "which", "whom", "whose" };

    /// <summary>Predicates that call the subject false ("… are not true", "is gossip").</summary>
    public static readonly HashSet<string> FalsehoodWords = new(StringComparer.Ordinal)
    {
        "false", "untrue", "baseless", "unfounded", "absurd", "fake", "lie", "lies", "gossip", "nonsense", "incorrect",
        "inaccurate", "misleading", "fabricated", "fabrication", "groundless", "ridiculous", "rumors", "rumours", "slander",
        "libel", "fiction", "invention", "falsehood", "falsehoods", "disinformation", "misinformation", "lying", "speculation",
        "hoax", "smear", "slanderous", "bogus", "unsubstantiated", "fantasy", "propaganda", "defamatory",
    };

    /// <summary>Nouns that frame a denied proposition ("denied the claim that …", "rejects the characterization of being …").</summary>
    public static readonly HashSet<string> FramingNouns = new(StringComparer.Ordinal)
    {
        "notion", "idea", "claim", "claims", "accusation", "accusations", "allegation", "allegations", "charge", "charges",
        "characterization", "characterisation", "suggestion", "suggestions", "report", "reports", "rumor", "rumors",
        "rumour", "rumours", "assertion", "assertions", "speculation", "speculations", "statements", "statement",
        "version", "narrative", "reports", "insinuation", "insinuations", "thesis", "premise", "label", "labeling",
    };
}
