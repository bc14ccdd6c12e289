namespace KnowledgeGraph.Extraction.Text;

/// <summary>What a token is, as far as attribution cares.</summary>
internal enum TokenKind
{
    /// <summary>Letters or digits (with inner apostrophes, hyphens and abbreviation dots).</summary>
    Word,

    /// <summary>Any other single character that is not white space.</summary>
    Punct,

    /// <summary>An opening curly double quote.</summary>
    QuoteOpen,

    /// <summary>A closing curly double quote.</summary>
    QuoteClose,

    /// <summary>A straight double quote: opening or closing is decided by pairing.</summary>
    QuoteStraight,
}
