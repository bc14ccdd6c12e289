namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// A one-probe filter in front of a set of folded words: one bit per (length, first character) that some word of the
/// set has. A word whose bit is clear is certainly not in the set, so the set's hash of it is skipped; a set bit only
/// says "maybe". Most tokens of running text ("the", "said", punctuation) are rejected this way before any hashing.
/// </summary>
internal sealed class WordFilter
{
    private const int Lengths = 32;
    private readonly ulong[] _bits = new ulong[Lengths * 2];

    /// <summary>Records a word of the set.</summary>
    public void Add(string word)
    {
        var bit = Bit(word);
        _bits[bit >> 6] |= 1UL << (bit & 63);
    }

    /// <summary>False when <paramref name="word"/> is certainly not one of the words added.</summary>
    public bool MayContain(string word)
    {
        var bit = Bit(word);
        return (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    // Lengths from 31 share a row, and first characters beyond ASCII share the last column: both only make "maybe" likelier.
    private static int Bit(string word) =>
        (Math.Min(word.Length, Lengths - 1) << 7) | (word.Length == 0 ? 0 : Math.Min(word[0], (char)127));
}
