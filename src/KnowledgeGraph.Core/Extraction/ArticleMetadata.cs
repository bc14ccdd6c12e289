namespace KnowledgeGraph.Extraction;

/// <summary>Metadata known from outside the text (a JSONL record, HTML meta tags, an API caller); wins over what the text states.</summary>
/// <param name="Title">Headline.</param>
/// <param name="Publisher">Outlet.</param>
/// <param name="Url">Address.</param>
/// <param name="PublishedAt">ISO date.</param>
/// <param name="Author">Byline.</param>
public sealed record ArticleMetadata(string? Title = null, string? Publisher = null, string? Url = null, string? PublishedAt = null, string? Author = null);
