using System.Text.RegularExpressions;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// Checks the header of a ready query file (one whose header has a "Neo4j Browser:" section): every parameter its
/// statements use is listed under "Parameters:" with a type (STRING, INTEGER, DATE; '?' when null is allowed) and
/// has a ":param name => value" example whose value is of that type, so that the example runs as written.
/// </summary>
internal static partial class ReadyQueryHeaders
{
    public static bool IsReadyQueryFile(string text) => Header(text).Any(l => l.Contains("Neo4j Browser:", StringComparison.Ordinal));

    /// <summary>Every mismatch between a file's header and its statements, as sentences; empty when the header is right.</summary>
    public static IReadOnlyList<string> Problems(string file, string text)
    {
        var header = Header(text);
        var declared = header.Select(l => Declaration().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => (Type: m.Groups[2].Value, Nullable: m.Groups[3].Success));
        var examples = header.Select(l => Example().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        var used = CypherScripts.Parse(file, text).SelectMany(s => s.Parameters).Distinct().Order(StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        foreach (var name in used)
        {
            if (!declared.TryGetValue(name, out var type))
            {
                problems.Add($"{file}: ${name} is used but not listed under 'Parameters:' with a type");
                continue;
            }

            if (!examples.TryGetValue(name, out var value))
            {
                problems.Add($"{file}: ${name} has no ':param {name} => …' example");
            }
            else if (!Fits(value, type.Type, type.Nullable))
            {
                problems.Add($"{file}: the example of ${name} ({value}) is not a {type.Type}{(type.Nullable ? " or null" : "")}");
            }
        }

        problems.AddRange(declared.Keys.Concat(examples.Keys).Distinct().Where(n => !used.Contains(n)).Select(n => $"{file}: the header names ${n}, which no statement uses"));
        return problems;
    }

    private static bool Fits(string value, string type, bool nullable) => value == "null" ? nullable : type switch
    {
        "STRING" => StringLiteral().IsMatch(value),
        "INTEGER" => IntegerLiteral().IsMatch(value),
        "DATE" => DateValue().IsMatch(value),
        _ => false,
    };

    private static List<string> Header(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).TakeWhile(l => !l.StartsWith("// name:", StringComparison.Ordinal)).Where(l => l.StartsWith("//", StringComparison.Ordinal))];

    [GeneratedRegex(@"^//\s+\$([A-Za-z_][A-Za-z0-9_]*)\s+(STRING|INTEGER|DATE)(\?)?(\s|$)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^//\s+:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+)$")]
    private static partial Regex Example();

    [GeneratedRegex(@"^('([^'\\]|\\.)*'|""([^""\\]|\\.)*"")$")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"^-?[0-9]+$")]
    private static partial Regex IntegerLiteral();

    [GeneratedRegex(@"^('[0-9]{4}-[0-9]{2}-[0-9]{2}'|date\('[0-9]{4}-[0-9]{2}-[0-9]{2}'\))$")]
    private static partial Regex DateValue();
}
