using KnowledgeGraph.Api.Graph.Paging;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>Relay connection of reporters: articles and intermediary entities.</summary>
public sealed class ReporterConnectionType() : ConnectionGraphType<ReporterEdgeType, ReporterUnion, object>("Reporter", "reporters");
