namespace KnowledgeGraph.Storage;

/// <summary>The one rule for what an article is called where people read it: stated title, else file name.</summary>
public static class ArticleTitles
{
    /// <summary>The stated title when it has text, else the file name.</summary>
    /// <param name="title">The stated title (from metadata or the article's top heading), or null.</param>
    /// <param name="file">The file the article was read from.</param>
    /// <returns>The title to show.</returns>
    public static string Display(string? title, string file) => string.IsNullOrWhiteSpace(title) ? file : title.Trim();
}
