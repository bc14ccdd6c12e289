using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>One document of a facts file as read by <see cref="FactsReader"/>, or the reason it could not be used.</summary>
/// <param name="Document">The document, valid; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">One sentence naming the file and the document (index or line) and what is wrong.</param>
/// <param name="Line">The line, for JSON Lines facts.</param>
internal sealed record FactsEntry(ExtractedDocument? Document, string? Error, long? Line = null);
