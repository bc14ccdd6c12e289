using GraphQL.Types;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for entities of kind Place.</summary>
public sealed class PlaceType : ObjectGraphType<EntityRecord>
{
    /// <summary>Declares the fields.</summary>
    public PlaceType()
    {
        Name = "Place";
        Description = "A country, city or other location.";
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = o => o is EntityRecord { Kind: EntityKind.Place };
        EntityFields.Add(this);
    }
}
