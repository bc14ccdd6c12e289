using KnowledgeGraph.Extraction.Attribution;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Pairs quotation marks and splits a paragraph into sentences, never inside a quotation (a quote may span
/// sentences and still belong to the speaker named after it). One pass each: linear in tokens.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Sentences are cut at this many tokens (outside quotations).</summary>
    public const int MaxSentenceTokens = 400;

    /// <summary>
    /// Pairs quotes; unpaired marks are left out (and counted) so one stray mark cannot swallow a paragraph. A straight
    /// mark's direction is read from its spacing where it is plain (glued to the word before and not to the word after: a
    /// closing mark), and curly quotes inside a straight quotation are nested in it, so on a line that holds many
    /// paragraphs (a feed's one-line article) one stray mark does not turn every later quotation inside out.
    /// </summary>
    public static List<QuoteSpan> PairQuotes(List<Token> tokens, bool[] inQuote, out int unpaired)
    {
        var spans = new List<QuoteSpan>();
        unpaired = 0;
        var open = -1;
        var nested = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var kind = tokens[i].Kind;
            if (open >= 0 && tokens[open].Kind == TokenKind.QuoteStraight && (kind == TokenKind.QuoteOpen || (kind == TokenKind.QuoteClose && nested > 0)))
            {
                nested += kind == TokenKind.QuoteOpen ? 1 : -1; // “…” inside "…": part of the outer quotation
                continue;
            }

            if (kind == TokenKind.QuoteStraight && open < 0 && ClosesByShape(tokens, i))
            {
                unpaired++; // a closing mark with nothing open: its partner was lost
                continue;
            }

            if (kind == TokenKind.QuoteOpen && tokens[i].Norm == "'" && open >= 0)
            {
                continue; // a ‘single quotation’ inside a double one is part of it
            }

            // ‘British single quotes’: the ’ that closes one is read as an apostrophe by the tokenizer; while a ‘ is open,
            // one glued to the word before and not to the word after closes it.
            if (open >= 0 && tokens[open].Norm == "'" && tokens[i].Norm == "'" && kind == TokenKind.Punct && ClosesSingleByShape(tokens, i) &&
                !PluralPossessive(tokens, open, i))
            {
                tokens[i] = tokens[i] with { Kind = TokenKind.QuoteClose };
                kind = TokenKind.QuoteClose;
            }

            if (kind == TokenKind.QuoteOpen || (kind == TokenKind.QuoteStraight && (open < 0 || (tokens[open].Kind == TokenKind.QuoteStraight && OpensByShape(tokens, i) && !ClosesByShape(tokens, i)))))
            {
                nested = 0;
                if (open >= 0)
                {
                    unpaired++; // a second opening mark: restart from the later one
                }

                open = i;
            }
            else if ((kind == TokenKind.QuoteClose || kind == TokenKind.QuoteStraight) && open >= 0)
            {
                spans.Add(new QuoteSpan(open, i));
                for (var k = open; k <= i; k++)
                {
                    inQuote[k] = true;
                }

                open = -1;
            }
            else if (kind == TokenKind.QuoteClose)
            {
                unpaired++;
            }
        }

        if (open >= 0)
        {
            unpaired++;
        }

        return spans;
    }

    // "‘… it only increases our members’ determination to strike.’": inside a quotation opened well before, a ’ after a
    // plural and before a lower-case word is the plural's apostrophe (a ‘short’ quotation still closes on it).
    private static bool PluralPossessive(List<Token> tokens, int open, int i) =>
        i - open > 4 && tokens[i - 1].IsWord && tokens[i - 1].Norm.EndsWith('s') && i + 1 < tokens.Count && tokens[i + 1].IsWord &&
        !tokens[i + 1].Cap && !SpeechLexicon.IsVerb(tokens[i + 1].Norm);

    // "word" glued to the word before it and followed by a space, a stop or nothing: a closing mark.
    private static bool ClosesByShape(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].End == tokens[i].Start && !tokens[i - 1].IsQuote && (i + 1 == tokens.Count || tokens[i + 1].Start > tokens[i].End);

    // A single closing mark may also have punctuation glued after it: "… was a bluff', the spokesman said".
    private static bool ClosesSingleByShape(List<Token> tokens, int i) =>
        ClosesByShape(tokens, i) ||
        (i > 0 && tokens[i - 1].End == tokens[i].Start && !tokens[i - 1].IsQuote && i + 1 < tokens.Count && !tokens[i + 1].IsWord && !tokens[i + 1].IsQuote);

    // A space before and a word glued after: an opening mark (while another straight quotation is open, that one lost its
    // partner).
    private static bool OpensByShape(List<Token> tokens, int i) =>
        (i == 0 || tokens[i - 1].End < tokens[i].Start) && i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End && tokens[i + 1].IsWord;

    /// <summary>Sentence boundaries outside quotations.</summary>
    public static List<Sentence> Split(List<Token> tokens, bool[] inQuote)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            var t = tokens[i];
            var next = tokens[i + 1];
            var startsNew = next.Cap || next.Kind is TokenKind.QuoteOpen or TokenKind.QuoteStraight || (next.IsWord && char.IsDigit(next.Norm[0]));
            var boundary = false;
            if (!inQuote[i] && t.Kind == TokenKind.Punct && t.Norm is "." or "!" or "?" && startsNew)
            {
                boundary = true;
            }
            else if (t.Kind is TokenKind.QuoteClose or TokenKind.QuoteStraight && inQuote[i] && i > first &&
                tokens[i - 1].Norm is "." or "!" or "?" && next.Cap && (tokens[i - 1].Norm == "." || !SpeechLexicon.HasVerbNear(tokens, i + 1, 4)))
            {
                boundary = true; // “… done.” The next sentence starts; “… done?” he asked keeps the speaker (a straight mark that
                                 // opens the sentence after "." is its opening mark, not a close: i > first)
            }
            else if (t.Kind is TokenKind.QuoteClose or TokenKind.QuoteStraight && inQuote[i] && i > first && tokens[i - 1].Norm is "." or "!" or "?" &&
                next.IsQuote && inQuote[i + 1])
            {
                boundary = true; // “… a failing venture.” “The word is tough,” she said: a new quotation, a new sentence
            }

            // Bounded sentences keep every later search bounded (a 5 MB line without full stops stays linear).
            if (!boundary && i + 1 - first >= MaxSentenceTokens && !inQuote[i])
            {
                boundary = true;
            }

            if (boundary)
            {
                sentences.Add(new Sentence(first, i + 1));
                first = i + 1;
            }
        }

        if (first < tokens.Count)
        {
            sentences.Add(new Sentence(first, tokens.Count));
        }

        return sentences;
    }
}
