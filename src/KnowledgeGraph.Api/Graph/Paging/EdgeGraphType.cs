using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Paging;

/// <summary>Relay edge type: an item with its cursor.</summary>
/// <typeparam name="TNodeType">The item graph type.</typeparam>
/// <typeparam name="T">The item CLR type.</typeparam>
public abstract class EdgeGraphType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType
{
    /// <summary>Names the edge after its item, e.g. <c>ClaimEdge</c>.</summary>
    protected EdgeGraphType(string itemName)
    {
        Name = itemName + "Edge";
        Description = $"{("AEIOU".Contains(itemName[0], StringComparison.Ordinal) ? "An" : "A")} {itemName} in a connection, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque position; pass it as `after` or `before` to page from here.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {itemName}.").Resolve(c => c.Source.Node);
    }
}
