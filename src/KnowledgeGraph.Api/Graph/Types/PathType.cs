using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for <see cref="GraphPath"/>.</summary>
public sealed class PathType : ObjectGraphType<GraphPath>
{
    /// <summary>Declares the fields.</summary>
    public PathType()
    {
        Name = "Path";
        Description = "A shortest connection between two nodes, over any relationship, ignoring direction.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkNodeType>>>>("nodes").Description("Nodes in order from start to end.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkEdgeType>>>>("edges").Description("edges[i] links nodes[i] and nodes[i+1] (in either direction).").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of edges (hops).").Resolve(c => c.Source.Edges.Count);
    }
}
