using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>The <c>Entity</c> interface shared by people, institutions and places.</summary>
public sealed class EntityInterface : InterfaceGraphType<EntityRecord>
{
    /// <summary>Declares the shared fields.</summary>
    public EntityInterface()
    {
        Name = "Entity";
        Description = "A person, institution or place that speaks, is spoken about, or reports claims.";
        EntityFields.AddDeclarations(this);
    }
}
