using KnowledgeGraph.Api.Graph.Paging;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>Relay connection of claims.</summary>
public sealed class ClaimConnectionType() : ConnectionGraphType<ClaimEdgeType, ClaimType, ClaimRecord>("Claim", "claims");
