using KnowledgeGraph.Api.Graph.Paging;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>A reporter (article or intermediary entity) in a connection, with its cursor.</summary>
public sealed class ReporterEdgeType() : EdgeGraphType<ReporterUnion, object>("Reporter");
