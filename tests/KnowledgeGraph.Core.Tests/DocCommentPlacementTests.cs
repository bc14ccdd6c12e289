using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests;

/// <summary>
/// A doc comment belongs to the member right after it: a summary closed and another opened on the next line means a helper
/// was inserted between a summary and its signature, and the first summary now describes nothing (or the wrong member).
/// </summary>
public sealed class DocCommentPlacementTests
{
    [Fact]
    public void No_summary_is_stacked_on_another_in_the_sources()
    {
        var stacked = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Seeds.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ||
                file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i + 1 < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("///", StringComparison.Ordinal) && lines[i].TrimEnd().EndsWith("</summary>", StringComparison.Ordinal) &&
                    lines[i + 1].TrimStart().StartsWith("/// <summary>", StringComparison.Ordinal))
                {
                    stacked.Add($"{Path.GetRelativePath(Seeds.RepoRoot, file)}:{i + 2}");
                }
            }
        }

        Assert.True(stacked.Count == 0, "Summaries stacked on another (move each onto its own member): " + string.Join(", ", stacked));
    }
}
