namespace KnowledgeGraph.Storage;

/// <summary>One full-text search result.</summary>
/// <param name="Kind"><c>Entity</c>, <c>Claim</c> or <c>Statement</c>.</param>
/// <param name="Id">The entity, claim or statement id.</param>
/// <param name="Title">Entity name, claim text, or the statement's claim text.</param>
/// <param name="Snippet">Matching text with the match marked by <c>[</c> and <c>]</c>.</param>
/// <param name="Score">Relevance; higher is better, comparable within one result list.</param>
public sealed record SearchHit(string Kind, string Id, string Title, string Snippet, double Score);
