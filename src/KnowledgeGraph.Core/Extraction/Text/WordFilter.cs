using System.Numerics;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// A one-probe filter in front of a set of folded words: one bit (of 16,384 by default) for the length, first and last character
/// of each word of the set. A word whose bit is clear is certainly not in the set, so the set's hash of it is skipped;
/// a set bit only says "maybe". Most tokens of running text ("the", "said", punctuation) are turned away this way
/// before any hashing, for a small table that stays in cache.
/// </summary>
internal sealed class WordFilter
{
    private readonly int _shift;
    private readonly ulong[] _bits;

    /// <summary>A filter of 2^<paramref name="bitsLog2"/> bits (16,384 by default); large sets want more bits to stay selective.</summary>
    public WordFilter(int bitsLog2 = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bitsLog2, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bitsLog2, 24);
        _shift = 32 - bitsLog2;
        _bits = new ulong[(1 << bitsLog2) / 64];
    }

    /// <summary>A filter with about 16 bits per word for <paramref name="count"/> words, between 2 KB and 64 KB.</summary>
    public static WordFilter ForCount(int count) => new(Math.Clamp(BitOperations.Log2((uint)Math.Max(count, 1) * 16) + 1, 14, 19));

    /// <summary>Records a word of the set.</summary>
    public void Add(string word)
    {
        var bit = Bit(word);
        _bits[bit >> 6] |= 1UL << (int)(bit & 63);
    }

    /// <summary>False when <paramref name="word"/> is certainly not one of the words added.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        var bit = Bit(word);
        return (_bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    private uint Bit(ReadOnlySpan<char> word)
    {
        var length = (uint)word.Length;
        var ends = length == 0 ? 0u : word[0] | ((uint)word[^1] << 16);
        return ((length * 0x9E3779B1u) ^ (ends * 0x85EBCA77u)) >> _shift;
    }
}
