using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// A hand-written single-pass scanner (linear, no regex backtracking). Keeps "U.S.", "Mr.", "Díaz-Canel" and
/// "don't" as one word, splits possessive 's into its own token, and splits words glued by scraping
/// ("beforeTrump", "CabreraCuba") when one side is a lower-case word or a known name.
/// </summary>
internal static class Tokenizer
{
    private static readonly string[] PunctCache = BuildPunctCache();

    private static WordSet Abbreviations => Lexicon.Current.Abbreviations;

    private static string[] BuildPunctCache()
    {
        var cache = new string[128];
        for (var i = 0; i < cache.Length; i++)
        {
            cache[i] = ((char)i).ToString();
        }

        return cache;
    }

    /// <summary>Tokenizes text[start..end) into <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens, Func<string, bool>? isKnownName = null)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsAsciiLetter(c))
            {
                i = ReadWord(text, i, end, tokens, isKnownName); // most tokens start so: no space, control or other test needed
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, end, tokens, isKnownName);
                continue;
            }

            // ASCII wire copy ("The incident ``did not happen,'' police said. DENVER (AP) _ Police …"): `` opens a
            // quotation, '' closes one, and a lone underscore between spaces is the agency's dash.
            if ((c == '`' || c == '\'') && i + 1 < end && text[i + 1] == c)
            {
                tokens.Add(c == '`' ? new Token(i, i + 2, TokenKind.QuoteOpen, "\u201C", false, false) : new Token(i, i + 2, TokenKind.QuoteClose, "\u201D", false, false));
                i += 2;
                continue;
            }

            if (c == '_' && i > start && i + 1 < end && text[i - 1] == ' ' && text[i + 1] == ' ')
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Punct, "\u2014", false, false));
                i++;
                continue;
            }

            var kind = c switch
            {
                '\u201C' or '\u201E' or '\u00AB' or '\u2018' => TokenKind.QuoteOpen, // ‘ never ends a word: it opens a quotation
                '\u201D' or '\u00BB' => TokenKind.QuoteClose,
                '"' => TokenKind.QuoteStraight,
                _ => TokenKind.Punct,
            };

            // "… serve the people of the county.“" at a paragraph's end: an opening mark typed where the closing one belongs,
            // right after a word or a sentence's stop and before a space or the end, closes the quotation.
            if (c == '\u201C' && i > start && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or ',' or '!' or '?') &&
                (i + 1 >= end || char.IsWhiteSpace(text[i + 1])))
            {
                tokens.Add(new Token(i, i + 1, TokenKind.QuoteClose, "\u201D", false, false));
                i++;
                continue;
            }

            // "She said: ”I read the paper …”", "a ”hospital booze binge”": sites that type ” for both marks; one at the
            // start or after a space, right before a word, opens the quotation.
            if (c == '\u201D' && (i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                tokens.Add(new Token(i, i + 1, TokenKind.QuoteOpen, "\u201C", false, false));
                i++;
                continue;
            }

            // Possessive 's after a quote or a bracket is rare; here it only matters after words (handled in ReadWord).
            var norm = c < 128 ? PunctCache[c] : (c is '\u2019' or '\u2018' ? "'" : c.ToString());
            tokens.Add(new Token(i, i + 1, kind, norm, false, false));
            i++;
        }
    }

    private static int ReadWord(string text, int i, int end, List<Token> tokens, Func<string, bool>? isKnownName)
    {
        var start = i;
        while (i < end)
        {
            var c = text[i];
            if (char.IsAsciiLetterLower(c) || char.IsLetterOrDigit(c) || c == '\u0301')
            {
                i++;
                continue;
            }

            // Inner apostrophe (don't, O'Brien) but not the possessive 's, which becomes its own token. An opening mark typed
            // for it between letters ("Pitt‘s publicist", "don‘t") is one too: it opens no quotation inside a word.
            if ((c == '\'' || c == '\u2019' || c == '\u2018') && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                var possessive = (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]));
                if (possessive)
                {
                    break;
                }

                i++;
                continue;
            }

            // "AT&T", "H&M", "P&O": an ampersand between capitals with no space around it joins one name's letters.
            if (c == '&' && i > start && i + 1 < end && char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1]) && (i + 2 >= end || !char.IsLower(text[i + 2])))
            {
                i++;
                continue;
            }

            // A word printed with letters masked ("bulls**t", "b******t"): one word, read as the falsehood word it masks.
            if (c == '*' && i > start && char.IsLetter(text[i - 1]) && MaskedWordEnd(text, i, end) is var masked and > 0)
            {
                var unmasked = Unmask(text.AsSpan(start, masked - start));
                if (unmasked is not null)
                {
                    tokens.Add(new Token(start, masked, TokenKind.Word, unmasked, char.IsUpper(text[start]), false));
                    return masked;
                }
            }

            // Hyphenated names and words (Díaz-Canel, Mar-a-Lago), decimals (3.5), abbreviations (U.S.).
            if ((c == '-' || c == '.' || c == ',') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > start)
            {
                if (c == ',' && !(char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])))
                {
                    break;
                }

                // A dot between lower-case letters is a host name's ("link.reuters.com"), never a sentence end.
                if (c == '.' && !(char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) && !IsInitialism(text, start, i) &&
                    !(char.IsLower(text[i - 1]) && char.IsLower(text[i + 1])) && !WebSuffixAt(text, i + 1, end))
                {
                    break;
                }

                i++;
                continue;
            }

            break;
        }

        // Abbreviation dots: "U.S." (single letters with dots) and known short forms ("Mr.", "Feb.").
        if (i < end && text[i] == '.' && (IsInitialism(text, start, i) || MiddleInitial(text, start, i, end, tokens) || LeadingInitial(text, start, i, end, tokens) ||
            FoldedWords.In(Abbreviations, text.AsSpan(start, i - start))))
        {
            i++;
        }

        // "E! News", "E! Online": one capital and an exclamation mark before a capitalised word are a name's first word, no
        // sentence's end.
        if (i - start == 1 && char.IsUpper(text[start]) && i + 2 < end && text[i] == '!' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) &&
            (start == 0 || !char.IsLetterOrDigit(text[start - 1])))
        {
            i++;
        }

        EmitWord(text, start, i, tokens, isKnownName);
        if (i + 1 < end && (text[i] == '\'' || text[i] == '\u2019' || (text[i] == '\u2018' && i > start)) && (text[i + 1] == 's' || text[i + 1] == 'S') &&
            (text[i] != '\u2018' || i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])))
        {
            tokens.Add(new Token(i, i + 2, TokenKind.Punct, "'s", false, false));
            i += 2;
        }

        return i;
    }

    /// <summary>The end of a masked word whose asterisks start at <paramref name="i"/>: more letters after them, then no letter.</summary>
    private static int MaskedWordEnd(string text, int i, int end)
    {
        while (i < end && text[i] == '*')
        {
            i++;
        }

        if (i >= end || !char.IsLetter(text[i]))
        {
            return -1;
        }

        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        return i < end && (text[i] == '*' || char.IsDigit(text[i])) ? -1 : i;
    }

    /// <summary>The falsehood word ("bullshit") that a masked word ("bulls**t") spells letter for letter, or null.</summary>
    private static string? Unmask(ReadOnlySpan<char> masked)
    {
        foreach (var word in Lexicon.Current.FalsehoodWords)
        {
            if (word.Length != masked.Length)
            {
                continue;
            }

            var fits = true;
            for (var k = 0; k < word.Length && fits; k++)
            {
                fits = masked[k] == '*' || char.ToLowerInvariant(masked[k]) == word[k];
            }

            if (fits)
            {
                return word;
            }
        }

        return null;
    }

    // "Robert L. Holzberg", "Estado de S. Paulo": one capital between a capitalised word (or a name's particle) and a
    // capitalised name is an initial, not a sentence end ("Plan B. The …" needs the next word to be a name, which a
    // sentence opener rarely is: both pass).
    private static bool MiddleInitial(string text, int start, int dotAt, int end, List<Token> tokens) =>
        dotAt - start == 1 && char.IsUpper(text[start]) && tokens.Count > 0 && tokens[^1].IsWord && (tokens[^1].Cap || Lexicon.Current.NameParticles.Contains(tokens[^1].Norm)) &&
        tokens[^1].End == start - 1 && text[start - 1] == ' ' && !Abbreviations.Contains(tokens[^1].Norm) &&
        dotAt + 3 < end && text[dotAt + 1] == ' ' && char.IsUpper(text[dotAt + 2]) && char.IsLower(text[dotAt + 3]);

    // "chief K. Annamalai said", "S. Ambiga said": one capital and its dot opening a name (South Indian and Malaysian
    // papers write the initial first), at the start or after a lower-case word or a comma, before a capitalised word that
    // opens no sentence ("He", "The"); not "A." or "I.", which end sentences ("grade A. The").
    private static bool LeadingInitial(string text, int start, int dotAt, int end, List<Token> tokens)
    {
        var opensLine = start == 0 || text[start - 1] == '\n';
        if (dotAt - start != 1 || !char.IsUpper(text[start]) || text[start] is 'A' or 'I' || !(opensLine || text[start - 1] == ' ') ||
            !(opensLine || tokens.Count == 0 || (tokens[^1].IsWord && !tokens[^1].Cap) || tokens[^1].Norm is "," or "(" or ":") ||
            dotAt + 3 >= end || text[dotAt + 1] != ' ' || !char.IsUpper(text[dotAt + 2]) || !char.IsLower(text[dotAt + 3]))
        {
            return false;
        }

        var wordEnd = dotAt + 3;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return !FoldedWords.In(Lexicon.Current.NotNames, text.AsSpan(dotAt + 2, wordEnd - dotAt - 2));
    }

    // "U.S" so far: alternating single letters and dots.
    private static bool IsInitialism(string text, int start, int dotAt)
    {
        var len = dotAt - start;
        if (len == 1)
        {
            return char.IsUpper(text[start]) && dotAt + 2 < text.Length && char.IsLetter(text[dotAt + 1]) && text[dotAt + 2] == '.';
        }

        for (var k = start; k < dotAt; k++)
        {
            var isLetterSlot = (k - start) % 2 == 0;
            if (isLetterSlot ? !char.IsLetter(text[k]) : text[k] != '.')
            {
                return false;
            }
        }

        return len % 2 == 1;
    }

    private static void EmitWord(string text, int start, int end, List<Token> tokens, Func<string, bool>? isKnownName)
    {
        // Words glued by scraping: split at a lower→upper change when the left part is a lower-case word
        // ("beforeTrump") or the right part is a known name ("CabreraCuba"). "McDonald", "YouTube" stay whole.
        // A name known as one word ("CiberCuba") is not two.
        // Most words are read in one pass that folds them and counts their letters and capitals at once.
        if (TryAddPlainWord(text, start, end, tokens))
        {
            return;
        }

        // Only in article text (where names are looked up): the word list is a gazetteer, and gazetteers are tokenized too.
        if (isKnownName is not null && GluedAdverbAt(text, start, end) is var adverb and > 0)
        {
            AddWord(text, start, adverb, tokens, FoldedWords.Fold(text.AsSpan(start, adverb - start)));
            AddWord(text, adverb, end, tokens, FoldedWords.Fold(text.AsSpan(adverb, end - adverb)));
            return;
        }

        // The whole word is folded once: for the known-name test and for the token when it is not split.
        var folded = FoldedWords.Fold(text.AsSpan(start, end - start));
        if (!HasGlueAt(text, start + 2, end - 2))
        {
            AddWord(text, start, end, tokens, folded); // nowhere to split: whether the word is a known name does not matter
            return;
        }

        var whole = isKnownName is not null && isKnownName(folded);
        for (var k = start + 2; k < end - 2 && !whole; k++)
        {
            if (char.IsLower(text[k - 1]) && char.IsUpper(text[k]) && char.IsLower(text[k + 1]))
            {
                var right = FoldedWords.Fold(text.AsSpan(k, end - k));
                // ("AirAsia", "JetBlue": a brand written as one word, whose first part is an English word, is not two)
                if (char.IsLower(text[start]) ||
                    (isKnownName is not null && k - start >= 3 && isKnownName(right) && !Entities.Gazetteers.Gazetteer.Default.Words.Contains(FoldedWords.Fold(text.AsSpan(start, k - start)))))
                {
                    AddWord(text, start, k, tokens, FoldedWords.Fold(text.AsSpan(start, k - start)));
                    start = k;
                    folded = right;
                }
            }
        }

        AddWord(text, start, end, tokens, folded);
    }

    /// <summary>
    /// Adds the word text[start..end) as one token, as <see cref="AddWord"/> would, unless it is too long for the stack
    /// buffer or has a lower→upper→lower change where EmitWord may split it (then nothing is added and false returned).
    /// </summary>
    private static bool TryAddPlainWord(string text, int start, int end, List<Token> tokens)
    {
        var span = text.AsSpan(start, end - start);
        if (span.Length > FoldedWords.MaxStackLength)
        {
            return false;
        }

        Span<char> folded = stackalloc char[FoldedWords.MaxStackLength];
        folded = folded[..span.Length];
        var letters = 0;
        var upper = 0;
        for (var j = 0; j < span.Length; j++)
        {
            var ch = span[j];
            if (char.IsAsciiLetterLower(ch))
            {
                folded[j] = ch; // most letters: folded already, a letter, no capital
                letters++;
                continue;
            }

            folded[j] = TextFold.FoldChar(ch);
            if (!char.IsLetter(ch))
            {
                continue;
            }

            letters++;
            if (char.IsUpper(ch))
            {
                upper++;
                if (j >= 2 && j < span.Length - 2 && char.IsLower(span[j - 1]) && char.IsLower(span[j + 1]))
                {
                    return false; // the same test as HasGlueAt: this word may be two
                }
            }
        }

        if (upper == 1 && char.IsUpper(span[0]) && span.Length >= 9 && span.EndsWith("ly", StringComparison.Ordinal))
        {
            return false; // "Fanatikrecently": a name glued to an adverb, split in EmitWord
        }

        tokens.Add(new Token(start, end, TokenKind.Word, new string(folded), char.IsUpper(span[0]) || LowerLedCapitals(span, upper), letters >= 2 && upper == letters));
        return true;
    }

    /// <summary>
    /// "eNCA", "dzRH": a short word opened by lower-case letters and then written in capitals is a name (a broadcaster's,
    /// a call sign), capitalised as a name; one capital ("eBay", "iPhone") is a brand written so, not marked.
    /// </summary>
    private static bool LowerLedCapitals(ReadOnlySpan<char> span, int upper) =>
        upper >= 2 && span.Length <= 6 && char.IsAsciiLetterLower(span[0]) && char.IsAsciiLetterUpper(span[^1]);

    /// <summary>
    /// "Fanatikrecently": a capitalised word that is no English word glued to an adverb in "-ly" that is one; the index
    /// where the adverb starts, or -1.
    /// </summary>
    private static int GluedAdverbAt(string text, int start, int end)
    {
        if (end - start < 9 || !char.IsUpper(text[start]) || text[end - 1] != 'y' || text[end - 2] != 'l')
        {
            return -1;
        }

        var words = Entities.Gazetteers.Gazetteer.Default.Words;
        if (IsAdverbOfAWord(words, FoldedWords.Fold(text.AsSpan(start, end - start))))
        {
            return -1; // "Naturally", "Increasingly": an adverb of its own, not "Natu" glued to "rally"
        }

        for (var k = start + 3; k <= end - 5; k++)
        {
            if (!char.IsLower(text[k]))
            {
                return -1;
            }

            if (words.Contains(text.AsSpan(k, end - k)) && !words.Contains(FoldedWords.Fold(text.AsSpan(start, k - start))))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The folded word in "-ly" is a word, or the adverb of one ("increasingly" of "increasing", "happily" of "happy",
    /// "basically" of "basic", "simply" of "simple"): the word list stops at ten letters, so the longer adverbs are read
    /// through their stems.
    /// </summary>
    private static bool IsAdverbOfAWord(Entities.Gazetteers.WordList words, string w) =>
        words.Contains(w) || words.Contains(w.AsSpan(0, w.Length - 2)) || words.Contains(w[..^3] + "y") || words.Contains(w.AsSpan(0, w.Length - 4)) ||
        words.Contains(w[..^1] + "e");

    // A lower→upper→lower change at some k in [from, to): the only places EmitWord may split a word.
    private static bool HasGlueAt(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (char.IsLower(text[k - 1]) && char.IsUpper(text[k]) && char.IsLower(text[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddWord(string text, int start, int end, List<Token> tokens, string folded)
    {
        var span = text.AsSpan(start, end - start);
        var cap = char.IsUpper(span[0]);
        var letters = 0;
        var upper = 0;
        foreach (var ch in span)
        {
            if (char.IsLetter(ch))
            {
                letters++;
                if (char.IsUpper(ch))
                {
                    upper++;
                }
            }
        }

        tokens.Add(new Token(start, end, TokenKind.Word, folded, cap, letters >= 2 && upper == letters));
    }

    /// <summary>"com" in "MSNBC.com", "net" in "CNET.net": a web suffix after a name's dot, ending the word there.</summary>
    private static bool WebSuffixAt(string text, int at, int end)
    {
        foreach (var suffix in WebSuffixes)
        {
            if (at + suffix.Length <= end && text.AsSpan(at, suffix.Length).SequenceEqual(suffix) &&
                (at + suffix.Length == end || !char.IsLetterOrDigit(text[at + suffix.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] WebSuffixes = ["com", "net", "org"];
}
