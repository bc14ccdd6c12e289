using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for <see cref="GraphEdge"/>, shaped for visualisations.</summary>
public sealed class NetworkEdgeType : ObjectGraphType<GraphEdge>
{
    /// <summary>Declares the fields.</summary>
    public NetworkEdgeType()
    {
        Name = "NetworkEdge";
        Description = "A relationship of a network or path, ready to draw.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the relationship: a SAID or DENIED edge carries its statement's id (resolve it with node(id:)); any other edge is TYPE:source->target.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Description("SAID, DENIED, REPORTED_BY, ABOUT, MENTIONS, PUBLISHED_BY, MEMBER_OF or LEADS.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("source").Description("Id of the start node.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("target").Description("Id of the end node.").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyType>>>>("properties").Description("Edge properties (stance, date, articleId, evidence, …), sorted by key.")
            .Resolve(c => c.Source.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
    }
}
