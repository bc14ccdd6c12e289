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
    private readonly FrozenDictionary<string, int> _roots;
    private readonly FrozenDictionary<string, int> _lowerRoots;
    private readonly WordFilter _rootFilter;
    private readonly FrozenDictionary<string, int> _words;
    private readonly FrozenDictionary<long, int> _edges;
    private readonly T[]?[] _items;
    private readonly byte[]?[] _caseRules;

    private TokenTrie(Dictionary<string, int> words, Dictionary<long, int> edges, HashSet<string> lowerCaseFirstWords, T[]?[] items, byte[]?[] caseRules)
    {
        // The first token is one probe straight to its node; most tokens are lower-case and most names start with a
        // capital, so a lower-case token only probes the few first words that names write in lower case ("el", "de").
        var roots = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowerRoots = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, id) in words)
        {
            if (edges.TryGetValue(Key(0, id), out var node))
            {
                roots[word] = node;
                if (lowerCaseFirstWords.Contains(word))
                {
                    lowerRoots[word] = node;
                }
            }
        }

        // Words that only ever start a name ("Oshkosh") are never looked up below the root: the word table keeps the others.
        var inner = new HashSet<int>();
        foreach (var key in edges.Keys)
        {
            if (key >> 32 != 0)
            {
                inner.Add((int)key);
            }
        }

        // Tens of thousands of names start with thousands of words; the filter turns most other capitalised words away.
        _rootFilter = WordFilter.ForCount(roots.Count);
        foreach (var word in roots.Keys)
        {
            _rootFilter.Add(word);
        }

        _roots = roots.ToFrozenDictionary(StringComparer.Ordinal);
        _lowerRoots = lowerRoots.ToFrozenDictionary(StringComparer.Ordinal);
        _words = words.Where(w => inner.Contains(w.Value)).ToFrozenDictionary(StringComparer.Ordinal);
        _edges = edges.ToFrozenDictionary();
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
        if (index >= end || !_rootFilter.MayContain(tokens[index].Norm) || !(tokens[index].Cap ? _roots : _lowerRoots).TryGetValue(tokens[index].Norm, out var node))
        {
            return TrieMatch<T>.None;
        }

        var best = _items[node] is { } first && CaseFits(tokens, index, _caseRules[node]!) ? new TrieMatch<T>(1, first) : TrieMatch<T>.None;
        for (var i = index + 1; i < end; i++)
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

    /// <summary>
    /// The longest name opening with "The" that starts at the article <paramref name="index"/>, whatever the article's
    /// case ("according to the Sun" names The Sun); the words after it keep their case rules.
    /// </summary>
    public TrieMatch<T> MatchWithArticle(List<Token> tokens, int index, int end)
    {
        if (index >= end || tokens[index].Norm != "the" || !_roots.TryGetValue("the", out var node))
        {
            return TrieMatch<T>.None;
        }

        var best = TrieMatch<T>.None;
        for (var i = index + 1; i < end; i++)
        {
            if (!_words.TryGetValue(tokens[i].Norm, out var word) || !_edges.TryGetValue(Key(node, word), out node))
            {
                break;
            }

            if (_items[node] is { } items && CaseFits(tokens, index, _caseRules[node]!, from: 1))
            {
                best = new TrieMatch<T>(i - index + 1, items);
            }
        }

        return best;
    }

    /// <summary>The items named by exactly tokens[start..end), or null.</summary>
    public T[]? Exact(List<Token> tokens, int start, int end)
    {
        if (start >= end || !_rootFilter.MayContain(tokens[start].Norm) || !(tokens[start].Cap ? _roots : _lowerRoots).TryGetValue(tokens[start].Norm, out var node))
        {
            return null;
        }

        for (var i = start + 1; i < end; i++)
        {
            if (!_words.TryGetValue(tokens[i].Norm, out var word) || !_edges.TryGetValue(Key(node, word), out node))
            {
                return null;
            }
        }

        return _items[node] is { } items && CaseFits(tokens, start, _caseRules[node]!) ? items : null;
    }

    private static long Key(int node, int word) => ((long)node << 32) | (uint)word;

    private static bool CaseFits(List<Token> tokens, int index, byte[] rules, int from = 0)
    {
        for (var k = from; k < rules.Length; k++)
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
        private readonly HashSet<string> _lowerCaseFirstWords = new(StringComparer.Ordinal);
        private readonly List<List<T>?> _items = [null];
        private readonly List<byte[]?> _caseRules = [null];
        private readonly List<Token> _scratch = [];

        /// <summary>
        /// Adds <paramref name="item"/> under <paramref name="name"/> (once: the same item under a name that folds to the
        /// same tokens, "Türkiye" and "Turkiye", is kept once). Returns the node the name ends at (names that fold to the same
        /// tokens end at the same node), or 0 when the name has no token. With <paramref name="merge"/>, a name that ends
        /// where another already does is merged into that one's item instead of added beside it.
        /// </summary>
        public int Add(string name, T item, Func<T, T, T>? merge = null)
        {
            _scratch.Clear();
            Tokenizer.Tokenize(name, 0, name.Length, _scratch);
            if (_scratch.Count == 0)
            {
                return 0;
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

            var list = _items[node] ??= [];
            if (list.Count > 0 && merge is not null)
            {
                list[^1] = merge(list[^1], item);
            }
            else if (list.Count == 0 || !ReferenceEquals(list[^1], item))
            {
                list.Add(item);
            }

            MergeCaseRules(node);
            return node;
        }

        /// <summary>The folded token key of a name ("Díaz-Canel" → "diaz-canel"): names with the same key end at the same node.</summary>
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
                    items[n] = order is null || list.Count == 1 ? [.. list] : [.. list.Order(order)];
                }
            }

            return new TokenTrie<T>(_words, _edges, _lowerCaseFirstWords, items, [.. _caseRules]);
        }

        private void MergeCaseRules(int node)
        {
            var existing = _caseRules[node];
            if (existing is null)
            {
                existing = new byte[_scratch.Count];
                existing.AsSpan().Fill(2);
                _caseRules[node] = existing;
            }

            // Several names end here: a word needs a capital only if every one of them writes it with one.
            for (var k = 0; k < existing.Length; k++)
            {
                var t = _scratch[k];
                existing[k] = Math.Min(existing[k], (byte)(t.AllCaps ? 2 : t.Cap ? 1 : 0));
            }

            if (existing[0] == 0)
            {
                _lowerCaseFirstWords.Add(_scratch[0].Norm);
            }
        }
    }
}
