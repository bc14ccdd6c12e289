namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// A one-probe filter in front of a set of folded words: one bit, of 16,384, for the length, first and last character
/// of each word of the set. A word whose bit is clear is certainly not in the set, so the set's hash of it is skipped;
/// a set bit only says "maybe". Most tokens of running text ("the", "said", punctuation) are turned away this way
/// before any hashing, for a 2 KB table that stays in cache.
/// </summary>
internal sealed class WordFilter
{
    private const int BitsLog2 = 14;
    private readonly ulong[] _bits = new ulong[(1 << BitsLog2) / 64];

    /// <summary>Records a word of the set.</summary>
    public void Add(string word)
    {
        var bit = Bit(word);
        _bits[bit >> 6] |= 1UL << (int)(bit & 63);
    }

    /// <summary>False when <paramref name="word"/> is certainly not one of the words added.</summary>
    public bool MayContain(string word)
    {
        var bit = Bit(word);
        return (_bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    private static uint Bit(string word)
    {
        var length = (uint)word.Length;
        var ends = length == 0 ? 0u : word[0] | ((uint)word[^1] << 16);
        return ((length * 0x9E3779B1u) ^ (ends * 0x85EBCA77u)) >> (32 - BitsLog2);
    }
}
