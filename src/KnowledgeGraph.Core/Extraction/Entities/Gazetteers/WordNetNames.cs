using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>
/// WordNet proper names (wordnet.tsv) with their entity kinds, in a token trie: kinds a capitalised span the registry
/// does not know ("Federal Bureau of Prisons" is an institution, "Abraham Lincoln" a person).
/// </summary>
public sealed class WordNetNames
{
    internal static readonly string[] Columns = ["name", "kinds", "class", "flags"];

    private readonly TokenTrie<ProperName> _names;

    private WordNetNames(TokenTrie<ProperName> names, int count)
    {
        _names = names;
        Count = count;
    }

    /// <summary>Names known.</summary>
    public int Count { get; }

    /// <summary>The kinds of the name that is exactly tokens[start..end), or <see cref="NameKinds.None"/>.</summary>
    internal NameKinds KindOfSpan(List<Token> tokens, int start, int end) =>
        _names.Exact(tokens, start, end) is { } names ? names[0].Kinds : NameKinds.None;

    /// <summary>The WordNet name that is exactly tokens[start..end), or null.</summary>
    internal ProperName? NameOfSpan(List<Token> tokens, int start, int end) => _names.Exact(tokens, start, end)?[0];

    /// <summary>The longest WordNet name starting at <paramref name="index"/>.</summary>
    internal TrieMatch<ProperName> Match(List<Token> tokens, int index, int end) => _names.Match(tokens, index, end);

    internal static WordNetNames Parse(string text, string file)
    {
        var builder = new TokenTrie<ProperName>.Builder();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var nodes = new HashSet<int>();
        var count = 0;
        TsvTable.Read(text, file, Columns, (f, line) =>
        {
            var name = TsvTable.Required(f, 0, "name", file, line);
            if (!lines.TryAdd(name, line))
            {
                throw new GazetteerDataException(file, line, $"duplicate entry: {name} is already on line {lines[name]}.");
            }

            var kinds = NameKinds.None;
            foreach (var k in TsvTable.Required(f, 1, "kinds", file, line).Split('+'))
            {
                kinds |= k switch
                {
                    "Person" => NameKinds.Person,
                    "Institution" => NameKinds.Institution,
                    "Place" => NameKinds.Place,
                    _ => throw new GazetteerDataException(file, line, $"unknown kind '{k}' (expected Person, Institution or Place, joined by '+')."),
                };
            }

            var common = f[3] switch
            {
                "" => false,
                "w" => true,
                _ => throw new GazetteerDataException(file, line, $"unknown flags '{f[3]}' (expected w or nothing)."),
            };

            // Names that differ only in case or accents ("St. Louis", "St. louis") end at one node: their kinds are joined.
            var node = builder.Add(name, new ProperName(name, kinds, f[2], common), (first, other) => first with { Kinds = first.Kinds | other.Kinds });
            if (nodes.Add(node))
            {
                count++;
            }
        });

        return new WordNetNames(builder.Build(), count);
    }
}
