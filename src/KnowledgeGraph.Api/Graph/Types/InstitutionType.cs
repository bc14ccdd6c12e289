using GraphQL.Types;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for entities of kind Institution.</summary>
public sealed class InstitutionType : ObjectGraphType<EntityRecord>
{
    /// <summary>Declares the fields.</summary>
    public InstitutionType()
    {
        Name = "Institution";
        Description = "An organisation: a government, ministry, agency, company or news outlet.";
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = o => o is EntityRecord { Kind: EntityKind.Institution };
        EntityFields.Add(this);
    }
}
