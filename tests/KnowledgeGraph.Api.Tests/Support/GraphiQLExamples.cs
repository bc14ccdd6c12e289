using System.Text.RegularExpressions;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>Reads the example queries the GraphiQL page opens with, from wwwroot/graphiql/examples.js.</summary>
internal static partial class GraphiQLExamples
{
    public static IReadOnlyList<(string Name, string Query)> Load()
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.ApiProject, "wwwroot", "graphiql", "examples.js"));
        return [.. Example().Matches(source).Select(m => (m.Groups["name"].Value, m.Groups["query"].Value))];
    }

    [GeneratedRegex(@"name:\s*'(?<name>[^']+)',\s*query:\s*`(?<query>[^`]*)`", RegexOptions.Singleline)]
    private static partial Regex Example();
}
