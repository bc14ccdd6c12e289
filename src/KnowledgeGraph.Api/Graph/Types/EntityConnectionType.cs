using KnowledgeGraph.Api.Graph.Paging;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>Relay connection of entities.</summary>
public sealed class EntityConnectionType() : ConnectionGraphType<EntityEdgeType, EntityInterface, EntityRecord>("Entity", "entities");
