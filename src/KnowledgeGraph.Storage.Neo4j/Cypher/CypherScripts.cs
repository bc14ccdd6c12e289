using System.Collections.Frozen;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Reads the <c>cypher/*.cypher</c> files embedded in this assembly (logical names <c>cypher.&lt;file&gt;</c>).
/// Convention, shared with <c>.ci/cypher-lint/lint.mjs</c>: a line <c>// name: x</c> starts a statement, a line
/// <c>// params: $a, $b</c> (or <c>none</c>) declares its parameters, other <c>//</c> lines are comments, and the
/// statement ends with <c>;</c>. Comment lines before the first name are the file's header.
/// </summary>
internal static class CypherScripts
{
    private static readonly Lazy<FrozenDictionary<string, CypherStatement>> All = new(() => Load().ToFrozenDictionary(s => $"{Path.GetFileNameWithoutExtension(s.File)}/{s.Name}"));

    /// <summary>Every statement, keyed by <c>file-without-extension/name</c>.</summary>
    public static IReadOnlyDictionary<string, CypherStatement> Statements => All.Value;

    /// <summary>The statement <paramref name="name"/> of <c>cypher/<paramref name="file"/>.cypher</c>.</summary>
    public static CypherStatement Get(string file, string name) =>
        All.Value.TryGetValue($"{file}/{name}", out var statement)
            ? statement
            : throw new InvalidOperationException($"cypher/{file}.cypher has no statement named '{name}' (is the file embedded?).");

    /// <summary>All statements of one file, in file order.</summary>
    public static IReadOnlyList<CypherStatement> File(string file) => [.. Load().Where(s => s.File == file + ".cypher")];

    /// <summary>Parses one file's text.</summary>
    public static IReadOnlyList<CypherStatement> Parse(string file, string text)
    {
        var statements = new List<CypherStatement>();
        string? name = null;
        List<string>? parameters = null;
        var body = new List<string>();
        void Finish()
        {
            if (name is null)
            {
                return;
            }

            var cypher = string.Join('\n', body).Trim();
            if (!cypher.EndsWith(';'))
            {
                throw new FormatException($"cypher/{file}: statement '{name}' does not end with ';'.");
            }

            statements.Add(new CypherStatement(file, name, parameters ?? [], cypher.TrimEnd(';').TrimEnd()));
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("// name:", StringComparison.Ordinal))
            {
                Finish();
                name = line["// name:".Length..].Trim();
                parameters = null;
                body.Clear();
            }
            else if (line.StartsWith("// params:", StringComparison.Ordinal) && name is not null && body.Count == 0)
            {
                var declared = line["// params:".Length..].Trim();
                parameters = declared == "none" ? [] : [.. declared.Split(',').Select(p => p.Trim().TrimStart('$')).Where(p => p.Length > 0)];
            }
            else if (!line.StartsWith("//", StringComparison.Ordinal) && name is not null && (body.Count > 0 || line.Length > 0))
            {
                body.Add(raw.TrimEnd('\r'));
            }
        }

        Finish();
        return statements;
    }

    private static List<CypherStatement> Load()
    {
        var assembly = typeof(CypherScripts).Assembly;
        var result = new List<CypherStatement>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith("cypher.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            result.AddRange(Parse(resource["cypher.".Length..], reader.ReadToEnd()));
        }

        return result;
    }
}
