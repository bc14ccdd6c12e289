using System.Collections.Frozen;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>Given names and common surnames (names.tsv), keyed by folded word ("jose" for "José"): one frozen-dictionary probe per word.</summary>
public sealed class NameList
{
    internal static readonly string[] Columns = ["name", "kind", "sex", "flags"];

    private readonly FrozenDictionary<string, NameFlags> _names;
    private readonly FrozenDictionary<string, NameFlags>.AlternateLookup<ReadOnlySpan<char>> _spans;

    private NameList(FrozenDictionary<string, NameFlags> names)
    {
        _names = names;
        _spans = names.GetAlternateLookup<ReadOnlySpan<char>>();
        GivenCount = names.Values.Count(f => f.HasFlag(NameFlags.Given));
        SurnameCount = names.Values.Count(f => f.HasFlag(NameFlags.Surname));
    }

    /// <summary>Given names known.</summary>
    public int GivenCount { get; }

    /// <summary>Surnames known.</summary>
    public int SurnameCount { get; }

    /// <summary>What the lists say about a folded word (<see cref="NameFlags.None"/> when nothing).</summary>
    public NameFlags FlagsOf(ReadOnlySpan<char> folded) => _spans.TryGetValue(folded, out var flags) ? flags : NameFlags.None;

    /// <summary>True when the folded word is a given name ("miguel", "oshkosh" is not).</summary>
    public bool IsGivenName(ReadOnlySpan<char> folded) => (FlagsOf(folded) & NameFlags.Given) != 0;

    /// <summary>True when the folded word is one of the commonest US surnames ("garcia", "nguyen").</summary>
    public bool IsSurname(ReadOnlySpan<char> folded) => (FlagsOf(folded) & NameFlags.Surname) != 0;

    internal static NameList Parse(string text, string file)
    {
        var names = new Dictionary<string, NameFlags>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        TsvTable.Read(text, file, Columns, (f, line) =>
        {
            var name = TsvTable.Required(f, 0, "name", file, line);
            var flags = f[1] switch
            {
                "given" => NameFlags.Given,
                "surname" => NameFlags.Surname,
                "given+surname" => NameFlags.Given | NameFlags.Surname,
                _ => throw new GazetteerDataException(file, line, $"unknown kind '{f[1]}' (expected given, surname or given+surname)."),
            };
            foreach (var c in f[2])
            {
                flags |= c switch
                {
                    'm' => NameFlags.Male,
                    'f' => NameFlags.Female,
                    _ => throw new GazetteerDataException(file, line, $"unknown sex '{c}' (expected m, f or both)."),
                };
            }

            flags |= f[3] switch
            {
                "" => NameFlags.None,
                "w" => NameFlags.CommonWord,
                _ => throw new GazetteerDataException(file, line, $"unknown flags '{f[3]}' (expected w or nothing)."),
            };
            var folded = TextFold.Fold(name);
            if (!lines.TryAdd(folded, line))
            {
                throw new GazetteerDataException(file, line, $"duplicate entry: {name} is already on line {lines[folded]}.");
            }

            names[folded] = flags;
        });
        return new NameList(names.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
