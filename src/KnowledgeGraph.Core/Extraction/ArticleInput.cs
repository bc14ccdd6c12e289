namespace KnowledgeGraph.Extraction;

/// <summary>An article's text as read, ready for extraction.</summary>
/// <param name="File">File name (for JSONL, <c>file.jsonl#line</c>).</param>
/// <param name="Text">The text as read (UTF-8 decoded); evidence offsets index this string.</param>
/// <param name="Metadata">Metadata from outside the text, if any.</param>
public sealed record ArticleInput(string File, string Text, ArticleMetadata? Metadata = null);
