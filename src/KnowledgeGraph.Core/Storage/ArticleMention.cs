namespace KnowledgeGraph.Storage;

/// <summary>An article's <c>MENTIONS</c> edge to an entity.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="EntityId">The entity mentioned.</param>
public sealed record ArticleMention(string ArticleId, string EntityId);
