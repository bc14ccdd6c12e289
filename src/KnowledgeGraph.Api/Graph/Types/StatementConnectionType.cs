using KnowledgeGraph.Api.Graph.Paging;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>Relay connection of statements.</summary>
public sealed class StatementConnectionType() : ConnectionGraphType<StatementEdgeType, StatementType, StatementRecord>("Statement", "statements");
