using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for <see cref="GraphNode"/>, shaped for visualisations.</summary>
public sealed class NetworkNodeType : ObjectGraphType<GraphNode>
{
    /// <summary>Declares the fields.</summary>
    public NetworkNodeType()
    {
        Name = "NetworkNode";
        Description = "A node of a network or path, ready to draw.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the node.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("label").Description("Node label: Person, Institution, Place, Claim or Article.").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name: entity name, claim text or article title.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyType>>>>("properties").Description("Other properties, sorted by key.")
            .Resolve(c => c.Source.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
    }
}
