namespace KnowledgeGraph.Exports.Tests.Support;

/// <summary>Finds the repository root (the folder holding KnowledgeGraph.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeTools => Path.Combine(Root, "tests", "KnowledgeGraph.Exports.Tests", "node");

    public static string SampleFacts => Path.Combine(Root, "src", "KnowledgeGraph.Composition", "Sample", "seeds.facts.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No KnowledgeGraph.sln above {AppContext.BaseDirectory}.");
    }
}
