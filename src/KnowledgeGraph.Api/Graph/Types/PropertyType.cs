using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>A key/value property of a network node or edge.</summary>
public sealed class PropertyType : ObjectGraphType<KeyValuePair<string, string?>>
{
    /// <summary>Declares the fields.</summary>
    public PropertyType()
    {
        Name = "Property";
        Description = "One property of a network node or edge (role, country, publisher, date, evidence, …).";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Property name.").Resolve(c => c.Source.Key);
        Field<StringGraphType>("value").Description("Property value as text; null when unknown.").Resolve(c => c.Source.Value);
    }
}
