namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>A name found in a token list: how many tokens it covers and what it names (best first).</summary>
/// <param name="Length">Tokens covered; 0 when nothing matched.</param>
/// <param name="Items">What the name names, best first; empty when nothing matched.</param>
internal readonly record struct TrieMatch<T>(int Length, T[] Items)
{
    /// <summary>No match.</summary>
    public static TrieMatch<T> None => new(0, []);

    /// <summary>True when nothing matched.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>The first (best) item; only valid when not <see cref="IsEmpty"/>.</summary>
    public T Best => Items[0];
}
