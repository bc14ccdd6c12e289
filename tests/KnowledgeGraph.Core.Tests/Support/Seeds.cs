using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Support;

/// <summary>The five shared seed articles (read from ../shared/seeds next to the repository) and their extraction, computed once.</summary>
internal static class Seeds
{
    private static readonly Lazy<ArticleExtractor> LazyExtractor = new(ArticleExtractor.CreateDefault);
    private static readonly Lazy<IReadOnlyList<(string File, string Text, ExtractedDocument Doc)>> LazyAll = new(Load);

    public static ArticleExtractor Extractor => LazyExtractor.Value;

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln was not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SeedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "seeds"));

    public static string GoldDir => Path.Combine(AppContext.BaseDirectory, "Gold");

    public static string ArticlesDir => Path.Combine(AppContext.BaseDirectory, "Articles");

    public static IReadOnlyList<(string File, string Text, ExtractedDocument Doc)> All => LazyAll.Value;

    public static (string File, string Text, ExtractedDocument Doc) Get(string prefix) =>
        All.Single(a => a.File.StartsWith(prefix, StringComparison.Ordinal));

    public static ExtractedDocument Extract(string file, string text) => Extractor.Extract(new ArticleInput(file, text));

    private static IReadOnlyList<(string, string, ExtractedDocument)> Load()
    {
        var files = Directory.GetFiles(SeedDir, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException("No seed articles in " + SeedDir);
        }

        return [.. files.Select(f =>
        {
            var text = File.ReadAllText(f);
            var name = Path.GetFileName(f);
            return (name, text, Extract(name, text));
        })];
    }
}
