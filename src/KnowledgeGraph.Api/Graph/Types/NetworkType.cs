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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkEdgeType>>>>("edges").Description("The relationships read while expanding the network whose two ends are both in nodes (at most 10 × limit): each expanded node's capped lists. The nodes of the last hop are not expanded, so a relationship between two of them is not looked for; expand one of them to see it.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when the limit cut the network short.").Resolve(c => c.Source.Truncated);
    }
}
