using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// A token trie over folded alias tokens: matching is one walk per start token, bounded by the longest alias,
/// so a whole article is matched in linear time. Case rules: capitalised alias words need capitalised text words,
/// acronyms ("AP", "US") need upper-case text; accents are optional because both sides are folded.
/// </summary>
internal sealed class AliasTrie
{
    private readonly Node _root = new();

    // First words of aliases that write their first word in lower case ("the …"): the only ones a token written with
    // neither a capital nor all capitals can start, since every other alias fails the case rules at its first word.
    // Most tokens are such lower-case words or punctuation, and this table is small or empty.
    private readonly Dictionary<string, Node> _lowerRoots = new(StringComparer.Ordinal);

    // The first words of all aliases and of the lower-case ones, so that most tokens are turned away without a hash.
    private readonly WordFilter _rootFilter;
    private readonly WordFilter _lowerRootFilter;

    /// <summary>
    /// An empty trie whose first-word filters have 2^<paramref name="filterBitsLog2"/> bits: the registry's 16,384 by
    /// default; an article's own few names want far fewer (the filters are allocated and cleared with every article).
    /// </summary>
    public AliasTrie(int filterBitsLog2 = 14)
    {
        _rootFilter = new WordFilter(filterBitsLog2);
        _lowerRootFilter = new WordFilter(filterBitsLog2);
    }

    public int Count { get; private set; }

    /// <summary>Adds an alias; the first entity registered for an alias keeps it.</summary>
    public void Add(string alias, string entityId) => Add(alias, entityId, replace: false);

    /// <summary>
    /// Adds <paramref name="alias"/> for <paramref name="entityId"/>; an alias already held keeps its entity unless
    /// <paramref name="replace"/> says the new one is the better reading.
    /// </summary>
    public void Add(string alias, string entityId, bool replace)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(alias, 0, alias.Length, tokens);
        if (tokens.Count == 0)
        {
            return;
        }

        var node = _root;
        _rootFilter.Add(tokens[0].Norm);
        foreach (var t in tokens)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(t.Norm, out var next))
            {
                next = new Node();
                node.Next[t.Norm] = next;
            }

            node = next;
        }

        if (replace && node.Target is not null)
        {
            node.Target = node.Target with { EntityId = entityId };
        }

        if (node.Target is null)
        {
            node.Target = new Target(entityId, [.. tokens.Select(t => (byte)(t.AllCaps ? 2 : t.Cap ? 1 : 0))]);
            Count++;
            if (node.Target.CaseRules[0] == 0)
            {
                _lowerRoots.TryAdd(tokens[0].Norm, _root.Next![tokens[0].Norm]);
                _lowerRootFilter.Add(tokens[0].Norm);
            }
        }
    }

    /// <summary>The longest alias starting at <paramref name="index"/>: its token length and entity id, or (0, null).</summary>
    public (int Length, string? EntityId) Match(List<Token> tokens, int index, int end)
    {
        var bestLength = 0;
        string? bestId = null;
        if (index >= end || _root.Next is null)
        {
            return (bestLength, bestId);
        }

        var first = tokens[index];
        var anyCase = first.Cap || first.AllCaps;
        if (!(anyCase ? _rootFilter : _lowerRootFilter).MayContain(first.Norm) ||
            !(anyCase ? _root.Next : _lowerRoots).TryGetValue(first.Norm, out var node))
        {
            return (bestLength, bestId);
        }

        for (var i = index; i < end; i++)
        {
            if (i > index)
            {
                if (node.Next is null || !node.Next.TryGetValue(tokens[i].Norm, out var next))
                {
                    break;
                }

                node = next;
            }

            if (node.Target is { } target && CaseFits(tokens, index, target.CaseRules))
            {
                bestLength = i - index + 1;
                bestId = target.EntityId;
            }
        }

        return (bestLength, bestId);
    }

    /// <summary>True when the single folded word is an alias by itself (used to split glued words).</summary>
    public bool HasSingleWord(string folded) =>
        _root.Next is not null && _rootFilter.MayContain(folded) && _root.Next.TryGetValue(folded, out var node) && node.Target is not null;

    /// <summary>The entity a single folded word names by itself, or null.</summary>
    public string? SingleWordEntity(string folded) =>
        _root.Next is not null && _root.Next.TryGetValue(folded, out var node) ? node.Target?.EntityId : null;

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

    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public Target? Target;
    }

    private sealed record Target(string EntityId, byte[] CaseRules);
}
