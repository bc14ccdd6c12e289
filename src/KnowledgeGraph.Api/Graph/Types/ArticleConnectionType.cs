using KnowledgeGraph.Api.Graph.Paging;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>Relay connection of articles.</summary>
public sealed class ArticleConnectionType() : ConnectionGraphType<ArticleEdgeType, ArticleType, ArticleRecord>("Article", "articles");
