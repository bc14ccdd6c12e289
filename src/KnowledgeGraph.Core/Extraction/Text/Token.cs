namespace KnowledgeGraph.Extraction.Text;

/// <summary>A token with its offsets into the original text (never into a rewritten copy).</summary>
/// <param name="Start">First char offset.</param>
/// <param name="End">Offset after the last char.</param>
/// <param name="Kind">Word, punctuation or quote mark.</param>
/// <param name="Norm">Folded form (lower case, no accents); the character itself for punctuation.</param>
/// <param name="Cap">The word starts with an upper-case letter.</param>
/// <param name="AllCaps">Every letter of the word is upper case (and there are at least two).</param>
internal readonly record struct Token(int Start, int End, TokenKind Kind, string Norm, bool Cap, bool AllCaps)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsQuote => Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose or TokenKind.QuoteStraight;

    public bool Is(string norm) => Norm == norm;
}
