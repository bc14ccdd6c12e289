using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Paging;

/// <summary>Relay connection type over items of <typeparamref name="TNodeType"/>.</summary>
/// <remarks>
/// Not forced by a missing package: the core GraphQL package has generic Relay types (GraphQL.Types.Relay). Ours are
/// a few lines each and give every connection a per-item name and described <c>totalCount</c>/<c>nodes</c> fields,
/// which the SDL approval test requires; the offset cursors in <see cref="PageArguments"/> have no library equivalent.
/// </remarks>
/// <typeparam name="TEdgeType">The matching edge graph type.</typeparam>
/// <typeparam name="TNodeType">The item graph type.</typeparam>
/// <typeparam name="T">The item CLR type.</typeparam>
public abstract class ConnectionGraphType<TEdgeType, TNodeType, T> : ObjectGraphType<Connection<T>>
    where TEdgeType : IGraphType
    where TNodeType : IGraphType
{
    /// <summary>Names the connection after its items, e.g. <c>ClaimConnection</c>.</summary>
    protected ConnectionGraphType(string itemName, string plural)
    {
        Name = itemName + "Connection";
        Description = $"A page of {plural} with cursors (Relay cursor connection).";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description($"Number of {plural} in the whole list, ignoring the page window.").Resolve(c => c.Source.CountTotal is { } count ? count() : c.Source.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page sits in the whole list.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Description($"The {plural} of this page with their cursors.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description($"The {plural} of this page, without cursors.").Resolve(c => c.Source.Nodes);
    }
}
