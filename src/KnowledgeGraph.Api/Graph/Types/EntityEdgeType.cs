using KnowledgeGraph.Api.Graph.Paging;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>Relay edge of the Entity connection.</summary>
public sealed class EntityEdgeType() : EdgeGraphType<EntityInterface, EntityRecord>("Entity");
