using GraphQL.Types;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for entities of kind Person.</summary>
public sealed class PersonType : ObjectGraphType<EntityRecord>
{
    /// <summary>Declares the fields.</summary>
    public PersonType()
    {
        Name = "Person";
        Description = "A named person: a speaker, an official, a journalist.";
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = o => o is EntityRecord { Kind: EntityKind.Person };
        EntityFields.Add(this);
    }
}
