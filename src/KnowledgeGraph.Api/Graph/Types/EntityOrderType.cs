using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL enum for <see cref="EntityOrder"/>.</summary>
public sealed class EntityOrderType : EnumerationGraphType<EntityOrder>
{
    /// <summary>Declares the values.</summary>
    public EntityOrderType()
    {
        Name = "EntityOrder";
        Description = "Sort order of entity lists.";
        EnumDescriptions.Apply(this, new Dictionary<string, string>
        {
            ["NAME"] = "By name, A to Z.",
            ["STATEMENT_COUNT"] = "Most statements (said or denied) first, then by name.",
            ["MENTION_COUNT"] = "Mentioned by the most articles first, then by name.",
        });
    }
}
