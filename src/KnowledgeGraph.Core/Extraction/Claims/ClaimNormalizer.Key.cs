namespace KnowledgeGraph.Extraction.Claims;

/// <summary>The claim key: content words only, mapped to one form per concept and lightly stemmed.</summary>
internal sealed partial class ClaimNormalizer
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        // function words
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "that", "this", "these", "those",
        "and", "or", "but", "any", "some", "its", "it", "their", "his", "her", "our", "we", "they", "he", "she", "i", "you",
        "them", "him", "us", "there", "here", "which", "who", "whom", "what", "whose", "than", "then", "so", "such", "about",
        "into", "over", "under", "up", "out", "own", "also", "only", "even", "just", "very", "more", "most", "much", "all",
        "both", "each", "other", "another", "same", "if", "because", "while", "when", "where", "how", "why", "own", "s",
        // auxiliaries and copulas
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will",
        "would", "shall", "should", "can", "could", "may", "might", "must", "pose", "poses", "posed", "posing", "represent",
        "represents", "represented", "representing", "constitute", "constitutes", "constituted", "become", "becomes", "became",
        // aspect and hedges: "have begun", "are under way", "not yet on the table"
        "yet", "already", "still", "now", "currently", "recently", "soon", "ever", "again", "begin", "began", "begun",
        "beginning", "start", "started", "starting", "starts", "initiate", "initiated", "initiating", "underway", "way",
        "ongoing", "engaged", "engage", "taking", "place", "table", "process", "processes", "categorically",
        "unequivocally", "formally", "officially", "really", "clearly", "simply", "allegedly", "reportedly", "actually",
        "certainly", "definitely", "absolutely", "totally", "completely", "fully", "truly", "indeed", "course", "any",
        "kind", "sort", "way", "ways", "thing", "things", "fact", "possible", "potential", "potentially", "likely",
        "some", "few", "several", "many", "one", "being", "itself", "themselves", "ourselves",
    };

    private static readonly Dictionary<string, string> Concepts = new(StringComparer.Ordinal)
    {
        ["negotiation"] = "negotiate", ["negotiations"] = "negotiate", ["negotiating"] = "negotiate", ["negotiated"] = "negotiate",
        ["negotiates"] = "negotiate", ["talks"] = "negotiate", ["talk"] = "negotiate", ["talking"] = "negotiate",
        ["conversations"] = "negotiate", ["conversation"] = "negotiate", ["discussions"] = "negotiate",
        ["threats"] = "threat", ["threaten"] = "threat", ["threatens"] = "threat", ["threatening"] = "threat",
        ["risk"] = "threat", ["danger"] = "threat", ["dangers"] = "threat", ["menace"] = "threat",
        ["agreement"] = "deal", ["agreements"] = "deal", ["accord"] = "deal", ["deals"] = "deal",
        ["host"] = "host", ["hosts"] = "host", ["hosted"] = "host", ["hosting"] = "host", ["harbor"] = "host", ["harbors"] = "host",
        ["support"] = "support", ["supports"] = "support", ["supported"] = "support", ["sponsor"] = "support", ["sponsors"] = "support",
        ["terrorist"] = "terrorism", ["terrorists"] = "terrorism", ["terror"] = "terrorism",
        ["u.s."] = "united-states", ["usa"] = "united-states", ["america"] = "united-states",
        ["said"] = "say", ["says"] = "say", ["went"] = "go", ["gone"] = "go", ["made"] = "make", ["took"] = "take",
        ["taken"] = "take", ["gave"] = "give", ["given"] = "give", ["won"] = "win", ["lost"] = "lose", ["paid"] = "pay",
        ["sold"] = "sell", ["bought"] = "buy", ["held"] = "hold", ["met"] = "meet", ["left"] = "leave", ["told"] = "tell",
    };

    // KeyWord depends on the word alone; its answers are kept per thread so stems are not rebuilt for every claim.
    [ThreadStatic]
    private static Dictionary<string, string?>? _keyWords;

    private static string? KeyWord(string w)
    {
        var cache = _keyWords ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (cache.TryGetValue(w, out var known))
        {
            return known;
        }

        if (cache.Count > 200_000)
        {
            cache.Clear();
        }

        var keyWord = KeyWordUncached(w);
        cache[w] = keyWord;
        return keyWord;
    }

    private static string? KeyWordUncached(string w)
    {
        if (Dropped.Contains(w) || w.Length < 2)
        {
            return null;
        }

        if (Concepts.TryGetValue(w, out var concept))
        {
            return concept;
        }

        return Stem(w);
    }

    /// <summary>A light suffix stripper: plural, -ing, -ed. Enough to join "negotiated"/"negotiate", "threats"/"threat".</summary>
    internal static string Stem(string w)
    {
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            return TrimDouble(w[..^3]);
        }

        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            return TrimDouble(w.EndsWith("ied", StringComparison.Ordinal) ? w[..^3] + "y" : w[..^2]);
        }

        if (w.Length > 4 && (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            return w[..^1];
        }

        return w.Length > 4 && w.EndsWith('e') ? w[..^1] : w;
    }

    private static string TrimDouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') ? stem[..^1] : stem.Length > 4 && stem.EndsWith('e') ? stem[..^1] : stem;
}
