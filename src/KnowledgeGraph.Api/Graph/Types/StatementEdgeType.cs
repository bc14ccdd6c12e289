using KnowledgeGraph.Api.Graph.Paging;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>A statement in a connection, with its cursor.</summary>
public sealed class StatementEdgeType() : EdgeGraphType<StatementType, StatementRecord>("Statement");
