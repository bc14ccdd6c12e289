using KnowledgeGraph.Extraction.Attribution;
using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// One-word organisations told by their shape or their place in the sentence: an acronym after "at", "with", "from",
/// "against" or "by", or before a verb ("layoffs at IBM", "QXR has cut jobs"); a word written with an inner capital
/// ("PesaCheck", "BlackRock"); a word ending in an organisation word ("Quintbank").
/// </summary>
internal static partial class EntityDiscovery
{
    /// <summary>Fewer tokens than this make a label or a menu ("userprofile IconSearch"), not prose to read names from by shape.</summary>
    private const int MinProseTokens = 6;

    private static readonly string[] NamePrefixes = ["mac", "fitz", "van", "von", "del", "della", "des", "dos", "das", "los", "las", "ten", "ter", "abu", "bin", "ibn"];

    private static readonly string[] Auxiliaries2 = ["has", "had", "have", "will", "would", "could", "can", "may", "might", "must", "should", "is", "was", "are", "were"];

    /// <summary>
    /// An acronym after a preposition that takes organisations ("at IBM", "a deal with QXR"), or the subject of a verb
    /// ("QXR has cut …", "QXR announced …"). Common acronyms ("with COVID", "GDP grew") never reach here.
    /// </summary>
    private static bool AcronymInPlace(List<Token> tokens, int i)
    {
        if (i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].Cap && tokens[i - 1].Norm is "at" or "with" or "from" or "against" or "by")
        {
            return true;
        }

        if (i + 1 >= tokens.Count)
        {
            return false; // an acronym closing its paragraph ("… by the PNP") is the subject of nothing
        }

        var next = tokens[i + 1];
        return next.IsWord && !next.Cap && (Array.IndexOf(Auxiliaries2, next.Norm) >= 0 || (next.Norm.Length > 4 && next.Norm.EndsWith("ed", StringComparison.Ordinal)));
    }

    /// <summary>
    /// "BJP state chief K Surendran", "the PCB CEO said", "OUTA leaders": an acronym before a person's role (after "state",
    /// "national" or "party" at most) is the organisation the role is held in. Not a place ("US President"), and the
    /// common acronyms never reach here ("CEO").
    /// </summary>
    private static bool RoleAfterAcronym(List<Token> tokens, int i)
    {
        var k = i + 1;
        if (k < tokens.Count && tokens[k].Norm is "state" or "national" or "party" or "general")
        {
            k++;
        }

        return k < tokens.Count && tokens[k].IsWord && (SpeechLexicon.PersonNouns.Contains(tokens[k].Norm) ||
            Lexicon.Current.PersonTitles.Contains(tokens[k].Norm) || (tokens[k].Norm.EndsWith('s') && SpeechLexicon.PersonNouns.Contains(tokens[k].Norm[..^1]))) &&
            Gazetteer.Default.MatchPlace(tokens, i, i + 1).Length == 0;
    }

    /// <summary>"PesaCheck", "BlackRock", "TikTok": a capital inside the word after two lower-case letters or more, not a name prefix ("MacArthur", "VanDyke").</summary>
    private static bool InnerCapital(string text, Token t)
    {
        var span = text.AsSpan(t.Start, t.End - t.Start);
        if (span.Length < 5 || !char.IsUpper(span[0]) || t.AllCaps)
        {
            return false;
        }

        for (var k = 1; k < span.Length; k++)
        {
            if (char.IsLower(span[k]))
            {
                continue;
            }

            if (!char.IsUpper(span[k]) || k < 3 || k + 1 >= span.Length)
            {
                return false; // "O'Brien", "Sabet-Parry", "McCain", "DeSantis"
            }

            var prefix = Text.FoldedWords.Fold(span[..k]);
            return Array.IndexOf(NamePrefixes, prefix) < 0;
        }

        return false;
    }

    /// <summary>
    /// "published by The Harbour's Voice", "a report in The Children's Ledger": a "The" written with a capital inside a
    /// sentence, a capitalised word, "'s" and a capitalised word is a title (an outlet, a charity, a programme). Returns
    /// the end of the title when one starts at <paramref name="at"/>, else -1. "The Globe's Jane Roe" is the outlet and a
    /// person (a given name after "'s"), not a title.
    /// </summary>
    internal static int PossessiveTitleEnd(List<Token> tokens, int at)
    {
        if (at < 1 || at + 3 >= tokens.Count || tokens[at].Norm != "the" || !tokens[at].Cap || SentenceOpener(tokens, at) || tokens[at - 1].IsQuote)
        {
            return -1;
        }

        var owner = tokens[at + 1];
        var head = tokens[at + 3];
        if (!owner.IsWord || !owner.Cap || owner.AllCaps || tokens[at + 2].Norm != "'s" || !head.IsWord || !head.Cap || head.AllCaps ||
            NameWords.NotNames.Contains(head.Norm) || NameWords.IsTitle(head) || Gazetteers.Gazetteer.Default.IsGivenName(head.Norm))
        {
            return -1;
        }

        var end = at + 4;
        while (end < tokens.Count && end - at < 7 && tokens[end].IsWord && tokens[end].Cap && !NameWords.NotNames.Contains(tokens[end].Norm))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// "Christie's, meanwhile, said …", "McDonald's said on Monday …", "Moody's has said …": a capitalised word the article
    /// only ever writes with a possessive, the possessive with no noun after it but the subject of a speech verb in the past
    /// (or "says", "denies", …) outside a quotation, is a firm named in the possessive. The end of the name, or -1. Not
    /// "Kidman's publicist", "Jackson's claims against …" (nouns after it; and the article writes "Kidman" alone), nor the
    /// contractions "It's said", "That's said", nor after another capitalised word ("Ronald McDonald's").
    /// </summary>
    private static int PossessiveFirmEnd(Paragraph p, bool[] covered, int at, ArticleWords words)
    {
        var tokens = p.Tokens;
        if (at + 2 >= tokens.Count || tokens[at + 1].Norm != "'s" || !tokens[at].IsWord || !tokens[at].Cap || tokens[at].AllCaps ||
            covered[at + 1] || p.InQuote[at] || tokens[at].Norm.Length < 3 || IsEnglishFunctionWord(tokens[at].Norm) || words.WrittenWithoutPossessive(tokens[at].Norm) ||
            (at > 0 && tokens[at - 1].IsWord && tokens[at - 1].Cap && !SentenceOpener(tokens, at - 1)))
        {
            return -1;
        }

        var k = at + 2;
        if (tokens[k].Norm == ",")
        {
            // "Christie's, meanwhile, said", "Sotheby's, the auction house, said": an aside set off by commas.
            var close = k + 1;
            while (close < tokens.Count && close - k <= 8 && tokens[close].Norm != ",")
            {
                close++;
            }

            if (close >= tokens.Count || tokens[close].Norm != ",")
            {
                return -1;
            }

            k = close + 1;
        }

        while (k < tokens.Count && tokens[k].Norm is "has" or "had" or "have" or "also" or "later" or "previously" or "again")
        {
            k++;
        }

        return k < tokens.Count && tokens[k].IsWord && !tokens[k].Cap && SpeechLexicon.IsVerb(tokens[k].Norm) && FiniteSpeechForm(tokens[k].Norm)
            ? at + 2
            : -1;
    }

    /// <summary>
    /// A speech verb's past ("said", "denied") or a present that is no noun ("says", not "claims", "comments"); not a past
    /// that is as often an adjective before the possessive's noun ("Weinstein's alleged victims", "Apple's stated goal").
    /// </summary>
    private static bool FiniteSpeechForm(string norm) =>
        (norm.EndsWith("ed", StringComparison.Ordinal) && norm is not ("alleged" or "proposed" or "reported" or "stated" or "announced" or "claimed" or
            "promised" or "declared" or "purported" or "suggested" or "published" or "expressed" or "threatened" or "planned")) ||
        norm is "said" or "told" or "says" or "tells" or "denies" or "insists" or "adds" or "maintains" or "rejects" or "confirms" or "stresses" or
            "argues" or "explains" or "warns" or "disputes" or "refutes" or "dismisses";

    private static bool IsEnglishFunctionWord(string norm) =>
        Words.SubjectPronouns.Contains(norm) || Words.Determiners.Contains(norm) ||
        norm is "that" or "there" or "here" or "what" or "who" or "where" or "let" or "one" or "today" or "everyone" or "nobody" or "everybody" or "nothing";

    /// <summary>
    /// "the Prime Minister's Office", "the Palm Beach County State Attorney's Office", "the Governor's Office": up to six
    /// capitalised words ending in a title, a possessive and "office", an institution (a person's name before "'s office"
    /// is not: "Tony Abbott's office" is the person's, as the text says). The end of "office", or -1.
    /// </summary>
    private static int TitleOfficeEnd(List<Token> tokens, bool[] covered, int at)
    {
        var k = at;
        while (k < tokens.Count && k - at < 6 && tokens[k].Norm != "the" && tokens[k].IsWord && tokens[k].Cap && !tokens[k].AllCaps && !covered[k])
        {
            k++;
        }

        // ("the IDF Spokesperson's Office": the office of a body's spokesperson speaks for the body named before it)
        return k > at && k + 1 < tokens.Count && tokens[k].Norm == "'s" && tokens[k + 1].Norm == "office" && NameWords.IsTitle(tokens[k - 1]) &&
            !(k - 1 == at && at > 0 && tokens[at - 1].IsWord && tokens[at - 1].Cap && Lexicon.Current.AnonymousSpeakers.Contains(tokens[k - 1].Norm))
            ? k + 2
            : -1;
    }

    private static readonly string[] PublishingWords = ["published", "reported", "printed", "broadcast", "aired", "article", "story", "report", "column", "editorial", "interview"];

    /// <summary>"an article published by X", "a story in X", "reported by X": what stands at <paramref name="at"/> published it.</summary>
    private static bool PublishedIn(List<Token> tokens, int at) =>
        at > 1 && tokens[at - 1].Norm is "by" or "in" && Array.IndexOf(PublishingWords, tokens[at - 2].Norm) >= 0;

    /// <summary>
    /// "took to the platform 'X'", "the newspaper 'Harbour Voice'": a name in quotation marks right after a noun that
    /// introduces an organisation, even a single letter. Returns the end of the name (before the closing mark), or -1.
    /// </summary>
    private static int QuotedAfterIntroducer(List<Token> tokens, bool[] covered, int i)
    {
        const int MaxWords = 4;
        if (i < 2 || !QuoteMark(tokens[i - 1]) || tokens[i - 1].Kind == TokenKind.QuoteClose || !tokens[i - 2].IsWord || tokens[i - 2].Cap ||
            !NameWords.InstitutionIntroducers.Contains(tokens[i - 2].Norm))
        {
            return -1;
        }

        var end = i;
        while (end < tokens.Count && end - i < MaxWords && tokens[end].IsWord && tokens[end].Cap && !covered[end])
        {
            end++;
        }

        return end > i && end < tokens.Count && QuoteMark(tokens[end]) && tokens[end].Kind != TokenKind.QuoteOpen ? end : -1;
    }

    /// <summary>
    /// "“Islamic Jihad” however, denied …", "“Al-Awda” hospital said …": a name in quotation marks (some wires print
    /// organisations so) right before a speech verb, or a noun for an organisation. Capitalised words only, one of them no
    /// English word when it stands alone ("“Nonsense” said the minister" is a verdict), and no inversion after the verb.
    /// Returns the end of the name (before the closing mark), or -1.
    /// </summary>
    private static int QuotedBeforeCue(List<Token> tokens, bool[] covered, int i)
    {
        const int MaxWords = 4;
        if (i < 1 || !QuoteMark(tokens[i - 1]) || tokens[i - 1].Kind == TokenKind.QuoteClose)
        {
            return -1;
        }

        var end = i;
        while (end < tokens.Count && end - i < MaxWords && tokens[end].IsWord && tokens[end].Cap && !covered[end])
        {
            end++;
        }

        if (end == i || end + 1 >= tokens.Count || !QuoteMark(tokens[end]) || tokens[end].Kind == TokenKind.QuoteOpen ||
            (end - i == 1 && IsEnglishWord(tokens[i].Norm)))
        {
            return -1;
        }

        var cue = end + 1;
        if (cue + 2 < tokens.Count && tokens[cue].Norm is "however" or "meanwhile" or "also" or "though")
        {
            cue += tokens[cue + 1].Norm == "," ? 2 : 1;
        }

        if (cue >= tokens.Count || !tokens[cue].IsWord || tokens[cue].Cap)
        {
            return -1;
        }

        var n = tokens[cue].Norm;
        if (NameWords.InstitutionIntroducers.Contains(n) || SpeechLexicon.IsInstitutionNoun(n))
        {
            return end;
        }

        var inverted = cue + 1 < tokens.Count && (tokens[cue + 1].Cap || tokens[cue + 1].Norm is "the" or "a" or "an" or "his" or "her" or "its" or "their");
        return SpeechLexicon.IsVerb(n) && !n.EndsWith("ing", StringComparison.Ordinal) && !inverted ? end : -1;
    }

    /// <summary>A quotation mark, also a straight or curly single one the tokenizer leaves as punctuation.</summary>
    private static bool QuoteMark(Token t) => t.IsQuote || t.Norm is "'" or "\u2018" or "\u2019";

    /// <summary>"Quintbank": no English word, ending in an organisation word after four letters or more.</summary>
    private static bool InstitutionEnding(Token t)
    {
        if (!t.IsWord || t.AllCaps || IsEnglishWord(t.Norm))
        {
            return false;
        }

        foreach (var ending in Lexicon.Current.InstitutionEndings)
        {
            if (t.Norm.Length >= ending.Length + 4 && t.Norm.EndsWith(ending, StringComparison.Ordinal) && t.Norm.All(char.IsLetter))
            {
                return true;
            }
        }

        return false;
    }
}
