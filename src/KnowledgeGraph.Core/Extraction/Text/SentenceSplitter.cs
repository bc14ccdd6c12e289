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

    /// <summary>Pairs quotes; unpaired marks are left out (and counted) so one stray mark cannot swallow a paragraph.</summary>
    public static List<QuoteSpan> PairQuotes(List<Token> tokens, bool[] inQuote, out int unpaired)
    {
        var spans = new List<QuoteSpan>();
        unpaired = 0;
        var open = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var kind = tokens[i].Kind;
            if (kind == TokenKind.QuoteOpen || (kind == TokenKind.QuoteStraight && open < 0))
            {
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
            else if (t.Kind is TokenKind.QuoteClose or TokenKind.QuoteStraight && inQuote[i] && i > 0 &&
                tokens[i - 1].Norm is "." or "!" or "?" && next.Cap && (tokens[i - 1].Norm == "." || !SpeechLexicon.HasVerbNear(tokens, i + 1, 4)))
            {
                boundary = true; // “… done.” The next sentence starts; “… done?” he asked keeps the speaker
            }
            else if (t.Kind is TokenKind.QuoteClose or TokenKind.QuoteStraight && inQuote[i] && i > 0 && tokens[i - 1].Norm is "." or "!" or "?" &&
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
