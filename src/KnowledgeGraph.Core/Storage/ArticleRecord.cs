namespace KnowledgeGraph.Storage;

/// <summary>An article node as stored.</summary>
/// <param name="Id">Stable id, <c>article:…</c>.</param>
/// <param name="File">File name it was read from.</param>
/// <param name="Title">Headline, or null.</param>
/// <param name="Publisher">Outlet name, or null.</param>
/// <param name="Url">Address, or null.</param>
/// <param name="PublishedAt">ISO date, or null.</param>
/// <param name="Author">Byline, or null.</param>
/// <param name="ContentHash">SHA-256 of the text (hex).</param>
public sealed record ArticleRecord(
    string Id,
    string File,
    string? Title,
    string? Publisher,
    string? Url,
    string? PublishedAt,
    string? Author,
    string ContentHash)
{
    /// <summary>
    /// The article's name for people: its stated title (which the extraction takes from the metadata or from a heading
    /// at the top of the text), else its file name. GraphQL, the graph views and the exports all use this rule.
    /// </summary>
    public string DisplayTitle => ArticleTitles.Display(Title, File);
}
