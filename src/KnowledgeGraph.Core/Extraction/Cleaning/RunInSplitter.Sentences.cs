using KnowledgeGraph.Extraction.Attribution;
using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>Sentences that start with no stop before them: where a headline, deck or caption runs into the next sentence.</summary>
internal static partial class RunInSplitter
{
    /// <summary>Words that never end a headline before a new subject: they govern what follows them.</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
    {
        "and", "or", "nor", "but", "that", "as", "than", "if", "when", "while", "who", "whom", "which", "where", "whether",
        "because", "so", "then", "not", "also", "said", "says", "told", "tells",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can", "did", "does", "should", "may", "might",
    };

    private static readonly HashSet<string> PronounSubjects = new(StringComparer.Ordinal)
    {
        "it", "he", "she", "they", "we", "this", "these", "those",
    };

    /// <summary>Sentences in the word range this many words after the last stop or cut, at most, are looked for.</summary>
    private const int MaxRunInWords = 30;

    /// <summary>The largest token list kept from one line to the next (a long line's tokens are read into it, then dropped).</summary>
    private const int MaxKeptTokens = 1 << 16;

    /// <summary>This thread's token list, reused line after line (the tokens are read here and never kept).</summary>
    [ThreadStatic]
    private static List<Token>? _tokens;

    /// <summary>
    /// Adds a cut before each sentence that starts right after a word in lower case with no stop between them:
    /// a capitalised subject pronoun ("… the outreach It remains unclear …"), a capitalised name (a title or a few
    /// capitalised words, "of" and title words allowed inside) followed by a finite verb, after an apposition between
    /// commas at most ("… the Cuban president Foreign Minister Jane Roe denied …"). The word before must be able to end
    /// a heading (not a preposition, determiner, conjunction or verb), the words since the last stop few, and no
    /// speech verb just before (a that-less report "told reporters Jane Roe was …" is one sentence); a separator and
    /// an outlet's name ("… threats · Example News Jane Roe said …") end a headline too.
    /// </summary>
    private static void FindSentenceStarts(string text, int start, int end, List<int> cuts)
    {
        var tokens = _tokens ??= new List<Token>(1024);
        tokens.Clear();
        Tokenizer.Tokenize(text, start, end, tokens);
        try
        {
            FindSentenceStarts(start, tokens, cuts);
        }
        finally
        {
            tokens.Clear();
            if (tokens.Capacity > MaxKeptTokens)
            {
                _tokens = null; // one huge line does not keep its tokens' array for the thread's life
            }
        }
    }

    /// <summary>The cuts of the line whose tokens, from offset <paramref name="start"/>, are <paramref name="tokens"/>.</summary>
    private static void FindSentenceStarts(int start, List<Token> tokens, List<int> cuts)
    {
        var sinceStop = 0;
        var lexicon = Lexicon.Current;
        var lastCut = 0;
        var furniture = cuts.ToArray(); // the cuts made so far, in order, walked with the tokens
        Array.Sort(furniture);
        var nextFurniture = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var atFurniture = false;
            var gap = i > 0 ? tokens[i - 1].End : start; // a cut in the spaces before the token starts it
            while (nextFurniture < furniture.Length && furniture[nextFurniture] <= t.Start)
            {
                atFurniture |= furniture[nextFurniture++] >= gap;
            }

            if (t.Kind == TokenKind.Punct && t.Norm is "." or "!" or "?" or "\u2022" or ":" || atFurniture)
            {
                sinceStop = 0;
                lastCut = i;
            }

            if (t.Kind == TokenKind.Punct && t.Norm is "\u00B7" or "|" && Gazetteer.Default.Outlets.Match(tokens, i + 1, tokens.Count) is { IsEmpty: false } outlet)
            {
                var after = i + 1 + outlet.Length;
                if (after < tokens.Count)
                {
                    cuts.Add(t.Start); // "… · Example News": the site's name closes the headline, on a line of its own
                    cuts.Add(tokens[after].Start);
                    sinceStop = 0;
                    lastCut = after;
                }

                continue;
            }

            if ((i == 0 || atFurniture || tokens[i - 1].Norm is "." or "!" or "?") && RepeatedRun(tokens, i) is var length and > 0)
            {
                cuts.Add(tokens[i + length].Start); // a headline said twice in a row ("Board denies sale Board denies sale …")
                if (i + 2 * length < tokens.Count)
                {
                    cuts.Add(tokens[i + 2 * length].Start);
                }
            }

            if (t.IsWord && t.AllCaps && (i == 0 || !IsCapitalRunWord(tokens[i - 1])) && CapitalRunEnd(tokens, i) is var runEnd and > 0)
            {
                cuts.Add(t.Start); // "… tariffs. THEY DISPUTED TRUMP Evaluating the claim, …": a sub-heading in capitals
                cuts.Add(tokens[runEnd].Start);
            }

            sinceStop += t.IsWord ? 1 : 0;
            if (RepeatedName(tokens, i))
            {
                cuts.Add(t.Start); // "… baseless Jane Roe Jane Roe (Photo: …)": a picture's name and caption, not the sentence
                sinceStop = 0;
                lastCut = i;
                continue;
            }
            if (IsCaptionLabel(tokens, i, lexicon))
            {
                cuts.Add(t.Start); // "… her back.' Hot stuff: Jane posted a picture …": a picture's caption starts
                sinceStop = 0;
                lastCut = i;
                continue;
            }

            // ("the first time I've talked": "I" is written capitalised wherever it stands, no sign of a new sentence)
            if (i == 0 || !t.IsWord || !t.Cap || IsFirstPerson(t.Norm) || i - lastCut < 3 || sinceStop > MaxRunInWords + 1)
            {
                continue;
            }

            var prev = tokens[i - 1];
            if (!prev.IsWord || prev.Cap || !char.IsLetter(prev.Norm[0]))
            {
                continue;
            }

            if ((PronounSubjects.Contains(t.Norm) || t.Norm is "the" or "a" or "an") && i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].Cap)
            {
                cuts.Add(t.Start);
                sinceStop = 1;
                lastCut = i;
                continue;
            }

            if (lexicon.Determiners.Contains(prev.Norm) || lexicon.Prepositions.Contains(prev.Norm) || lexicon.BeForms.Contains(prev.Norm) ||
                lexicon.NameParticles.Contains(prev.Norm) ||
                Connectives.Contains(prev.Norm) || Auxiliaries.Contains(prev.Norm) || SpeechLexicon.IsVerb(prev.Norm) || prev.Norm.EndsWith("ed", StringComparison.Ordinal) ||
                SpeechVerbBefore(tokens, i - 1))
            {
                continue;
            }

            if (Attribution.Sieves.VerbFrame.Weekday(t.Norm))
            {
                continue; // "The Thai government Thursday denied …": a wire's day before the verb, no name opening a sentence
            }

            // After a title in lower case a name is its holder ("party leader Jane Roe said"), unless the name has a title
            // of its own: then it is a new subject ("… the Cuban president Foreign Minister Jane Roe said").
            if (FiniteVerbAfterName(tokens, i, lexicon, needsTitle: lexicon.Titles.Contains(prev.Norm)))
            {
                cuts.Add(t.Start);
                sinceStop = 1;
                lastCut = i;
            }
        }
    }

    /// <summary>"I", "I've", "I'm", "I'd", "I'll": the pronoun, capitalised wherever it stands.</summary>
    private static bool IsFirstPerson(string norm) => norm == "i" || (norm.Length > 2 && norm[0] == 'i' && norm[1] is '\'' or '\u2019');

    /// <summary>
    /// A caption's label at token <paramref name="i"/>: one or two words, the first capitalised, then a colon and a capitalised
    /// word (not a quotation), after a stop or a word in lower case ("… back.' Aghast: Jane also …"); "She said: …" is no label.
    /// </summary>
    private static bool IsCaptionLabel(List<Token> tokens, int i, Lexicon lexicon)
    {
        var t = tokens[i];
        if (i == 0 || !t.IsWord || !t.Cap || t.AllCaps)
        {
            return false;
        }

        var prev = tokens[i - 1];
        if (!(prev.Norm is "." or "!" or "?" or "'" || prev.IsQuote || (prev.IsWord && char.IsLetter(prev.Norm[0]))))
        {
            return false;
        }

        // Two words: the second in lower case ("Hot stuff:"); "on Twitter Denial:" is a one-word label after a name.
        var colon = tokens.Count > i + 1 && tokens[i + 1].Norm == ":" ? i + 1 :
            tokens.Count > i + 2 && tokens[i + 1].IsWord && !tokens[i + 1].Cap && tokens[i + 2].Norm == ":" ? i + 2 : -1;
        if (colon < 0 || colon + 1 >= tokens.Count || !tokens[colon + 1].IsWord || !tokens[colon + 1].Cap)
        {
            return false;
        }

        // (asked after the colon, the rare part: the given-name lookup ran for every capitalised word after another)
        if (prev.IsWord && prev.Cap && Gazetteer.Default.IsGivenName(prev.Norm))
        {
            return false; // "spokeswoman Angela Hill: Energy Secretary …": a surname after a given name, a person introduced
        }

        for (var k = i; k < colon; k++)
        {
            var norm = tokens[k].Norm;
            if (SpeechLexicon.IsVerb(norm) || PronounSubjects.Contains(norm) || lexicon.Titles.Contains(norm) || norm is "i" or "you" or "we")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length of a run of 4 to 30 tokens from <paramref name="i"/> that the next tokens repeat exactly, or 0.</summary>
    private static int RepeatedRun(List<Token> tokens, int i)
    {
        for (var length = 4; length <= 30 && i + 2 * length <= tokens.Count; length++)
        {
            if (tokens[i + length].Norm != tokens[i].Norm)
            {
                continue;
            }

            var k = 1;
            while (k < length && tokens[i + k].Norm == tokens[i + length + k].Norm)
            {
                k++;
            }

            if (k == length)
            {
                return length;
            }
        }

        return 0;
    }

    private static bool IsCapitalRunWord(Token t) => t.IsWord && (t.AllCaps || (t.Cap && t.End - t.Start == 1));

    /// <summary>
    /// Where a run of three or more words in capitals from <paramref name="i"/> is followed by a capitalised word that is not
    /// in capitals (the next sentence); -1 otherwise.
    /// </summary>
    private static int CapitalRunEnd(List<Token> tokens, int i)
    {
        var j = i;
        while (j < tokens.Count && (IsCapitalRunWord(tokens[j]) || tokens[j].Norm == "'s"))
        {
            j++;
        }

        return j - i >= 3 && j < tokens.Count && tokens[j].IsWord && tokens[j].Cap && !tokens[j].AllCaps && tokens[j].End - tokens[j].Start > 1 ? j : -1;
    }

    /// <summary>Two or three capitalised words said twice in a row, after a word in lower case: no sentence does that.</summary>
    private static bool RepeatedName(List<Token> tokens, int i)
    {
        if (i == 0 || !tokens[i - 1].IsWord || tokens[i - 1].Cap)
        {
            return false;
        }

        for (var n = 2; n <= 3 && i + 2 * n <= tokens.Count; n++)
        {
            var same = true;
            for (var k = 0; k < n && same; k++)
            {
                same = tokens[i + k].IsWord && tokens[i + k].Cap && tokens[i + k].Norm == tokens[i + n + k].Norm;
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpeechVerbBefore(List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 2; k--)
        {
            if (tokens[k].IsWord && SpeechLexicon.IsVerb(tokens[k].Norm) && !SpeechLexicon.IsParticiple(tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name from token <paramref name="i"/> (at most eight tokens, ending capitalised) and then a finite verb.</summary>
    private static bool FiniteVerbAfterName(List<Token> tokens, int i, Lexicon lexicon, bool needsTitle)
    {
        var lastCap = -1;
        var titled = false;
        for (var j = i; j < tokens.Count && j < i + 8; j++)
        {
            var tok = tokens[j];
            titled |= tok.IsWord && lexicon.Titles.Contains(tok.Norm);
            if (tok.IsWord && tok.Cap)
            {
                lastCap = j;
            }
            else if (!(tok.Norm is "'s" or "of" || (tok.IsWord && lexicon.Titles.Contains(tok.Norm))))
            {
                break;
            }
        }

        if (lastCap < 0 || (needsTitle && !titled))
        {
            return false;
        }

        var k = lastCap + 1;
        if (k < tokens.Count && tokens[k].Norm == ",")
        {
            // An apposition: "Jane Roe, the bank's chief, said".
            var close = -1;
            for (var j = k + 1; j < tokens.Count && j <= k + 8; j++)
            {
                if (tokens[j].Norm == ",")
                {
                    close = j;
                    break;
                }
            }

            if (close < 0)
            {
                return false;
            }

            k = close + 1;
        }

        if (k >= tokens.Count || !tokens[k].IsWord || tokens[k].Cap)
        {
            return false;
        }

        var verb = tokens[k].Norm;
        return Auxiliaries.Contains(verb) || (SpeechLexicon.IsVerb(verb) && !verb.EndsWith("ing", StringComparison.Ordinal)) ||
            (verb.Length > 4 && verb.EndsWith("ed", StringComparison.Ordinal));
    }
}
