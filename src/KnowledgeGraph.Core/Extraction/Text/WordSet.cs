using System.Collections;
using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// One of the lexicon's word lists: a frozen set of folded words behind a one-probe filter of about 16 bits a word (at
/// least 1,024; the length, first and last character of each word). The rules ask these lists about almost every token,
/// and almost every answer is no: the filter says so from one cached word before the set hashes the token and compares
/// it with the words of its length. A set bit only says "maybe", and the set answers.
/// </summary>
internal sealed class WordSet : IReadOnlySet<string>
{

    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;
    private readonly int _shift;
    private readonly ulong[] _bits;

    public WordSet(IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(StringComparer.Ordinal);
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var bitsLog2 = Math.Clamp(System.Numerics.BitOperations.Log2((uint)Math.Max(_words.Count, 1) * 16) + 1, 10, 16);
        _shift = 32 - bitsLog2;
        _bits = new ulong[(1 << bitsLog2) / 64];
        foreach (var word in _words)
        {
            var bit = Bit(word);
            _bits[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    public int Count => _words.Count;

    /// <summary>True when <paramref name="word"/> (folded) is one of the list's words.</summary>
    public bool Contains(string word) => MayContain(word) && _words.Contains(word);

    /// <summary>True when the folded characters <paramref name="word"/> are one of the list's words.</summary>
    public bool Contains(ReadOnlySpan<char> word) => MayContain(word) && _spans.Contains(word);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => _words.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => _words.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => _words.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => _words.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => _words.Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => _words.SetEquals(other);

    private bool MayContain(ReadOnlySpan<char> word)
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
