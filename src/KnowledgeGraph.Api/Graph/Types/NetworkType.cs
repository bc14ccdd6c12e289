using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for <see cref="GraphNetwork"/>.</summary>
public sealed class NetworkType : ObjectGraphType<GraphNetwork>
{
    /// <summary>Declares the fields.</summary>
    public NetworkType()
    {
        Name = "Network";
        Description = "The neighbourhood of a node: nodes and the edges between them, ready for a visualisation.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkNodeType>>>>("nodes").Description("Distinct nodes; the centre is always included.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkEdgeType>>>>("edges").Description("Edges whose two ends are both in nodes.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when the limit cut the network short.").Resolve(c => c.Source.Truncated);
    }
}
