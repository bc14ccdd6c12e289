using System.Collections;
using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// One of the lexicon's word lists: a frozen set of folded words behind a <see cref="WordFilter"/> of about 16 bits a
/// word (at least 1,024). The rules ask these lists about almost every token,
/// and almost every answer is no: the filter says so from one cached word before the set hashes the token and compares
/// it with the words of its length. A set bit only says "maybe", and the set answers.
/// </summary>
internal sealed class WordSet : IReadOnlySet<string>
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;
    private readonly WordFilter _filter;

    public WordSet(IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(StringComparer.Ordinal);
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new WordFilter(Math.Clamp(System.Numerics.BitOperations.Log2((uint)Math.Max(_words.Count, 1) * 16) + 1, 10, 16));
        foreach (var word in _words)
        {
            _filter.Add(word);
        }
    }

    public int Count => _words.Count;

    /// <summary>True when <paramref name="word"/> (folded) is one of the list's words.</summary>
    public bool Contains(string word) => _filter.MayContain(word) && _words.Contains(word);

    /// <summary>True when the folded characters <paramref name="word"/> are one of the list's words.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _spans.Contains(word);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => _words.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => _words.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => _words.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => _words.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => _words.Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => _words.SetEquals(other);
}
