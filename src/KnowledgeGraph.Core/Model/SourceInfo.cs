namespace KnowledgeGraph.Model;

/// <summary>An article as a source document (the facts format's <c>source</c> object, docs/facts-format.md).</summary>
/// <param name="Id">Stable id, <c>article:…</c>, derived from the URL, else the file (<see cref="Storage.ArticleIds"/>): a corrected text keeps it.</param>
/// <param name="File">The file name the article was read from.</param>
/// <param name="Title">The headline, where the text states one.</param>
/// <param name="Publisher">The outlet, where the text states one.</param>
/// <param name="Url">The address, where known.</param>
/// <param name="PublishedAt">Publication date as ISO <c>yyyy-MM-dd</c>, where the text states one.</param>
/// <param name="Author">The byline, where the text states one.</param>
public sealed record SourceInfo(
    string Id,
    string File,
    string? Title = null,
    string? Publisher = null,
    string? Url = null,
    string? PublishedAt = null,
    string? Author = null)
{
    /// <summary>SHA-256 of the article text (hex, lower case), the version stamp of the text; empty when unknown.</summary>
    public string ContentHash { get; init; } = "";
}
