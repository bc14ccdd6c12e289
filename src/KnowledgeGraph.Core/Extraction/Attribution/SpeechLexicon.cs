using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Words of reporting: speech and denial verbs, and the nouns that stand for speakers ("the diplomat", "the statement").</summary>
internal static class SpeechLexicon
{
    private static readonly Dictionary<string, (string Lemma, bool Denial)> Verbs = Build();

    /// <summary>Nouns for people, resolved to the last fitting person.</summary>
    public static readonly HashSet<string> PersonNouns = new(StringComparer.Ordinal)
    {
        "president", "minister", "diplomat", "secretary", "official", "officials", "spokesperson", "spokesman",
        "spokeswoman", "ambassador", "senator", "leader", "chancellor", "journalist", "reporter", "analyst", "expert",
        "lawyer", "attorney", "judge", "coach", "manager", "player", "striker", "captain", "chief", "director", "ceo",
        "chairman", "chairwoman", "chair", "executive", "prosecutor", "governor", "mayor", "general", "commander",
        "ruler", "dictator", "premier", "prime", "king", "queen", "prince", "founder", "economist", "professor",
        "researcher", "scientist", "source", "sources", "aide", "adviser", "advisor", "representative", "envoy",
        "negotiator", "deputy", "vice", "head", "candidate", "lawmaker", "congressman", "congresswoman", "defendant",
        "plaintiff", "witness", "activist", "author", "writer", "editor", "columnist", "officer", "investor", "owner",
        "midfielder", "defender", "goalkeeper", "forward", "athlete", "champion", "referee", "woman", "man", "father",
        "mother", "son", "daughter", "foreign", "chancellor", "pope", "cardinal", "bishop", "magistrate", "justice",
    };

    /// <summary>Nouns for documents that speak for whoever issued them.</summary>
    public static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "statement", "text", "communique", "communiqué", "note", "declaration", "release", "letter", "speech",
        "document", "message", "post", "tweet", "filing", "ruling", "verdict", "report", "memo", "announcement",
        "complaint", "lawsuit", "motion", "brief", "order", "decree", "resolution", "notice",
    };

    /// <summary>Nouns for organisations, resolved to the last fitting institution.</summary>
    public static readonly HashSet<string> InstitutionNouns = new(StringComparer.Ordinal)
    {
        "ministry", "government", "regime", "administration", "department", "agency", "company", "firm", "court",
        "police", "authorities", "team", "club", "council", "committee", "commission", "board", "bank", "group",
        "party", "embassy", "office", "union", "league", "federation", "organization", "organisation", "network",
        "newspaper", "outlet", "channel", "broadcaster", "paper", "daily", "magazine", "chancellery", "cabinet",
        "kremlin", "palace", "army", "military", "prosecution", "defense", "defence", "state", "university",
        "hospital", "school", "corporation", "insurer", "lender", "carrier", "airline", "retailer", "manufacturer",
        "startup", "maker", "giant", "operator", "regulator", "watchdog", "tribunal", "panel", "senate", "congress",
        "parliament", "assembly", "entity", "body", "organism", "institution",
    };

    public static bool TryVerb(string norm, out string lemma, out bool denial)
    {
        if (Verbs.TryGetValue(norm, out var v))
        {
            (lemma, denial) = v;
            return true;
        }

        lemma = "";
        denial = false;
        return false;
    }

    public static bool IsVerb(string norm) => Verbs.ContainsKey(norm);

    private static readonly HashSet<string> WeakLemmas = new(StringComparer.Ordinal)
    {
        "maintain", "indicate", "suggest", "describe", "highlight", "observe", "recall", "estimate", "believe", "think",
        "hope", "agree", "propose", "advocate", "attribute", "conclude", "point", "express", "mention", "complain",
        "caution", "affirm", "reaffirm", "promise", "pledge", "predict", "accuse", "condemn", "denounce", "criticize", "urge",
    };

    /// <summary>Verbs that, inside another speaker's that-clause, belong to the content rather than start a new statement.</summary>
    public static bool IsWeak(string lemma) => WeakLemmas.Contains(lemma);

    /// <summary>True when a speech verb occurs within <paramref name="window"/> tokens from <paramref name="from"/>.</summary>
    public static bool HasVerbNear(List<Token> tokens, int from, int window)
    {
        for (var i = from; i < tokens.Count && i < from + window; i++)
        {
            if (tokens[i].IsWord && Verbs.ContainsKey(tokens[i].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, (string, bool)> Build()
    {
        var map = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        void Add(bool denial, params string[] lemmas)
        {
            foreach (var entry in lemmas)
            {
                var forms = entry.Split('|');
                foreach (var form in forms)
                {
                    map.TryAdd(form, (forms[0], denial));
                }
            }
        }

        Add(false,
            "say|said|says|saying", "tell|told|tells|telling", "state|stated|states|stating", "add|added|adds|adding",
            "remark|remarked|remarks", "note|noted|notes|noting", "assert|asserted|asserts|asserting",
            "affirm|affirmed|affirms|affirming", "reaffirm|reaffirmed|reaffirms|reaffirming", "insist|insisted|insists|insisting",
            "explain|explained|explains|explaining", "emphasize|emphasized|emphasizes|emphasizing|emphasised|emphasises",
            "stress|stressed|stresses|stressing", "warn|warned|warns|warning", "declare|declared|declares|declaring",
            "claim|claimed|claims|claiming", "announce|announced|announces|announcing", "acknowledge|acknowledged|acknowledges|acknowledging",
            "admit|admitted|admits|admitting", "confirm|confirmed|confirms|confirming", "argue|argued|argues|arguing",
            "indicate|indicated|indicates|indicating", "express|expressed|expresses|expressing", "assure|assured|assures|assuring",
            "reiterate|reiterated|reiterates|reiterating", "maintain|maintained|maintains", "comment|commented|comments|commenting",
            "suggest|suggested|suggests|suggesting", "reveal|revealed|reveals|revealing", "disclose|disclosed|discloses|disclosing",
            "denounce|denounced|denounces|denouncing", "accuse|accused|accuses|accusing", "condemn|condemned|condemns|condemning",
            "highlight|highlighted|highlights|highlighting", "write|wrote|writes|writing", "tweet|tweeted|tweets",
            "reply|replied|replies|replying", "respond|responded|responds|responding", "answer|answered|answers",
            "conclude|concluded|concludes|concluding", "recall|recalled|recalls|recalling", "concede|conceded|concedes|conceding",
            "promise|promised|promises|promising", "vow|vowed|vows|vowing", "urge|urged|urges|urging",
            "report|reported|reports", "describe|described|describes|describing", "allege|alleged|alleges|alleging",
            "predict|predicted|predicts|predicting", "observe|observed|observes|observing", "mention|mentioned|mentions|mentioning",
            "complain|complained|complains|complaining", "estimate|estimated|estimates", "caution|cautioned|cautions|cautioning",
            "contend|contended|contends|contending", "testify|testified|testifies|testifying", "announce|announced",
            "point|pointed|points|pointing", "attribute|attributed|attributes|attributing", "criticize|criticized|criticizes|criticised",
            "advocate|advocated|advocates|advocating", "propose|proposed|proposes|proposing", "agree|agreed|agrees|agreeing",
            "believe|believes|believed", "think|thinks|thought", "hope|hoped|hopes", "predicts", "yell|yelled", "shout|shouted",
            "ask|asked|asks|asking", "clarify|clarified|clarifies|clarifying", "acknowledges", "certify|certified", "pledge|pledged|pledges|pledging", "boast|boasted|boasts",
            "call|called|calls|calling", "brand|branded|brands|branding", "label|labeled|labelled|labels");
        Add(true,
            "deny|denied|denies|denying", "reject|rejected|rejects|rejecting", "dismiss|dismissed|dismisses|dismissing",
            "refute|refuted|refutes|refuting", "dispute|disputed|disputes|disputing", "rebuff|rebuffed|rebuffs",
            "rebut|rebutted|rebuts", "repudiate|repudiated|repudiates", "contradict|contradicted|contradicts|contradicting",
            "disavow|disavowed|disavows", "debunk|debunked|debunks", "push|pushed|pushes|pushing");
        // Base forms that are mostly nouns in news text ("the Cuban state apparatus", "a note", "the report").
        foreach (var noun in new[] { "call", "brand", "label", "state", "note", "claim", "report", "comment", "answer", "reply", "point", "points", "highlight", "stress", "order", "post", "tweet", "respond", "mention", "estimate", "estimates", "conclude", "hope", "hopes", "vow", "vows", "pledge", "pledges", "promise", "promises", "agree", "boast", "write", "writing", "ask", "asks", "asking", "answers", "comments", "remarks", "notes", "reports", "claims", "stresses", "highlights", "warns", "admits", "urges", "mentions" })
        {
            if (noun is not ("claims" or "reports" or "warns" or "admits" or "urges" or "mentions" or "stresses" or "highlights" or "notes" or "comments" or "remarks"))
            {
                map.Remove(noun);
            }
        }

        return map;
    }

    /// <summary>Folded words that are participles of speech ("stating", "adding"): they share the clause's subject.</summary>
    public static bool IsParticiple(string norm) => norm.EndsWith("ing", StringComparison.Ordinal) && Verbs.ContainsKey(norm);

    public static string Fold(string s) => TextFold.Fold(s);
}
