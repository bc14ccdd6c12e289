using GraphQL.Types;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL enum for <see cref="EntityKind"/>.</summary>
public sealed class EntityKindType : EnumerationGraphType<EntityKind>
{
    /// <summary>Declares the values.</summary>
    public EntityKindType()
    {
        Name = "EntityKind";
        Description = "The kind of an entity.";
        EnumDescriptions.Apply(this, new Dictionary<string, string>
        {
            ["PERSON"] = "A named human being.",
            ["INSTITUTION"] = "A government, ministry, agency, company, outlet or other organisation.",
            ["PLACE"] = "A country, city or other location.",
        });
    }
}
