using KnowledgeGraph.Api.Graph.Paging;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>Relay edge of the Article connection.</summary>
public sealed class ArticleEdgeType() : EdgeGraphType<ArticleType, ArticleRecord>("Article");
