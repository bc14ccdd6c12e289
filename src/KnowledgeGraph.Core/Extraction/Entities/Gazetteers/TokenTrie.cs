using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>
/// A read-only trie over folded word tokens (<see cref="Token.Norm"/>), built once and then frozen: a match is one
/// dictionary probe per token (a word id, then a (node, word) edge), with no allocation, so scanning an article costs a
/// probe per token and the walk stops at the first token that continues no name. Several items may end at one node
/// ("Georgia" the country and the US state). Case rules follow <see cref="AliasTrie"/>: a word written with a capital in
/// every name that ends at a node needs a capital in the text, an all-capitals word ("FBI") needs all capitals.
/// </summary>
internal sealed class TokenTrie<T>
{
    private readonly FrozenDictionary<string, int> _words;
    private readonly FrozenDictionary<long, int> _edges;
    private readonly T[]?[] _items;
    private readonly byte[]?[] _caseRules;

    private TokenTrie(FrozenDictionary<string, int> words, FrozenDictionary<long, int> edges, T[]?[] items, byte[]?[] caseRules)
    {
        _words = words;
        _edges = edges;
        _items = items;
        _caseRules = caseRules;
        ItemCount = items.Sum(i => i?.Length ?? 0);
    }

    /// <summary>Nodes in the trie, the root included.</summary>
    public int NodeCount => _items.Length;

    /// <summary>Items stored (an item added under two names counts twice).</summary>
    public int ItemCount { get; }

    /// <summary>The longest name that starts at <paramref name="index"/> and ends before <paramref name="end"/>, or an empty match.</summary>
    public TrieMatch<T> Match(List<Token> tokens, int index, int end)
    {
        var node = 0;
        var best = TrieMatch<T>.None;
        for (var i = index; i < end; i++)
        {
            if (!_words.TryGetValue(tokens[i].Norm, out var word) || !_edges.TryGetValue(Key(node, word), out node))
            {
                break;
            }

            if (_items[node] is { } items && CaseFits(tokens, index, _caseRules[node]!))
            {
                best = new TrieMatch<T>(i - index + 1, items);
            }
        }

        return best;
    }

    /// <summary>The items named by exactly tokens[start..end), or null.</summary>
    public T[]? Exact(List<Token> tokens, int start, int end)
    {
        var node = 0;
        for (var i = start; i < end; i++)
        {
            if (!_words.TryGetValue(tokens[i].Norm, out var word) || !_edges.TryGetValue(Key(node, word), out node))
            {
                return null;
            }
        }

        return end > start && _items[node] is { } items && CaseFits(tokens, start, _caseRules[node]!) ? items : null;
    }

    private static long Key(int node, int word) => ((long)node << 32) | (uint)word;

    private static bool CaseFits(List<Token> tokens, int index, byte[] rules)
    {
        for (var k = 0; k < rules.Length; k++)
        {
            var t = tokens[index + k];
            if ((rules[k] == 1 && !t.Cap) || (rules[k] == 2 && !t.AllCaps))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Collects names, then freezes them into a <see cref="TokenTrie{T}"/>.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
        private readonly Dictionary<long, int> _edges = [];
        private readonly List<List<T>?> _items = [null];
        private readonly List<byte[]?> _caseRules = [null];
        private readonly List<Token> _scratch = [];

        /// <summary>Adds <paramref name="item"/> under <paramref name="name"/>; returns the folded token key of the name ("" when it has no token).</summary>
        public string Add(string name, T item)
        {
            _scratch.Clear();
            Tokenizer.Tokenize(name, 0, name.Length, _scratch);
            if (_scratch.Count == 0)
            {
                return "";
            }

            var node = 0;
            foreach (var t in _scratch)
            {
                if (!_words.TryGetValue(t.Norm, out var word))
                {
                    word = _words.Count;
                    _words[t.Norm] = word;
                }

                if (!_edges.TryGetValue(Key(node, word), out var next))
                {
                    next = _items.Count;
                    _items.Add(null);
                    _caseRules.Add(null);
                    _edges[Key(node, word)] = next;
                }

                node = next;
            }

            (_items[node] ??= []).Add(item);
            var rules = _scratch.Select(t => (byte)(t.AllCaps ? 2 : t.Cap ? 1 : 0)).ToArray();
            if (_caseRules[node] is { } existing)
            {
                // Several names end here: a word needs a capital only if every one of them writes it with one.
                for (var k = 0; k < rules.Length; k++)
                {
                    existing[k] = Math.Min(existing[k], rules[k]);
                }
            }
            else
            {
                _caseRules[node] = rules;
            }

            return string.Join(' ', _scratch.Select(t => t.Norm));
        }

        /// <summary>The folded token key of a name ("Díaz-Canel" → "diaz-canel"), as <see cref="Add"/> files it.</summary>
        public string KeyOf(string name)
        {
            _scratch.Clear();
            Tokenizer.Tokenize(name, 0, name.Length, _scratch);
            return string.Join(' ', _scratch.Select(t => t.Norm));
        }

        /// <summary>Freezes the trie; the items of a node are ordered by <paramref name="order"/> (best first).</summary>
        public TokenTrie<T> Build(IComparer<T>? order = null)
        {
            var items = new T[]?[_items.Count];
            for (var n = 0; n < items.Length; n++)
            {
                if (_items[n] is { } list)
                {
                    items[n] = order is null ? [.. list] : [.. list.Order(order)];
                }
            }

            return new TokenTrie<T>(_words.ToFrozenDictionary(StringComparer.Ordinal), _edges.ToFrozenDictionary(), items, [.. _caseRules]);
        }
    }
}
