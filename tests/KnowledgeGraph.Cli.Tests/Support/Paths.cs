namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>Where the repository and the shared seed articles are, found by walking up from the test binaries.</summary>
internal static class Paths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Seeds { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "seeds"));

    /// <summary>The development set: articles with gold in the dev format, and score.py.</summary>
    public static string Dev { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "dev"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
