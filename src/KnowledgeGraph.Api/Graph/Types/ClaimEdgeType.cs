using KnowledgeGraph.Api.Graph.Paging;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>Relay edge of the Claim connection.</summary>
public sealed class ClaimEdgeType() : EdgeGraphType<ClaimType, ClaimRecord>("Claim");
