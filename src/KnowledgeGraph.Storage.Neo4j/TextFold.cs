using System.Text;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Lower-cases text and strips Latin accents, for the case- and accent-insensitive matches the port promises.
/// Cypher on Neo4j Community cannot fold accents, so the adapter stores folded copies (<c>*Fold</c> properties)
/// and folds search text the same way. A table is used because <see cref="string.Normalize()"/> is a no-op
/// under InvariantGlobalization, which the whole solution runs with.
/// </summary>
internal static class TextFold
{
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳßøđħłıŧæœ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooysodhlitao";

    private static readonly Dictionary<char, char> Map = BuildMap();

    /// <summary>The folded form: lower case, accents removed, other characters kept.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            builder.Append(Map.TryGetValue(lower, out var plain) ? plain : lower);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The matching key stored in <c>*Fold</c> properties and sent for text filters: folded, and every run of
    /// characters other than letters and digits turned into one space, so "Jane Q. Doe" and "jane q doe" match
    /// (the SQLite store folds the same way).
    /// </summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in Fold(text))
        {
            if (!char.IsLetterOrDigit(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The matching key, or null for text without letters or digits (a filter that is not set).</summary>
    public static string? KeyOrNull(string? text) => text is null || Key(text) is not { Length: > 0 } key ? null : key;

    private static Dictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < Accented.Length; i++)
        {
            map[Accented[i]] = Plain[i];
        }

        return map;
    }
}
