namespace KnowledgeGraph.Api.Graph.Paging;

/// <summary>A Relay connection: one window of a list with cursors and the total number of matches.</summary>
/// <typeparam name="T">Item type.</typeparam>
/// <param name="Edges">Items with their cursors, in order.</param>
/// <param name="PageInfo">Where the window sits in the whole list.</param>
/// <param name="TotalCount">Number of matches without the window (ignored when <see cref="CountTotal"/> is set).</param>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    /// <summary>The items without cursors.</summary>
    public IReadOnlyList<T> Nodes => [.. Edges.Select(e => e.Node)];

    /// <summary>
    /// Counts the matches only when <c>totalCount</c> is selected (a pending loader result or a number); nested lists
    /// use it because counting a long list costs more than reading one window of it.
    /// </summary>
    public Func<object>? CountTotal { get; init; }
}

/// <summary>An item and its position, whose cursor is written only when asked for.</summary>
/// <typeparam name="T">Item type.</typeparam>
/// <param name="Offset">Position of the item in the whole list (0 for the first).</param>
/// <param name="Node">The item.</param>
/// <remarks>
/// A cursor is a Base64 string built from the offset (four allocations); most queries show <c>nodes</c>, not
/// <c>edges { cursor }</c>, so writing every edge's cursor up front cost twenty of them per page for nothing.
/// </remarks>
public sealed record Edge<T>(int Offset, T Node)
{
    /// <summary>Opaque position of the item (<see cref="PageArguments.ToCursor"/>).</summary>
    public string Cursor => PageArguments.ToCursor(Offset);
}

/// <summary>Relay page information.</summary>
/// <param name="HasNextPage">More items follow the window.</param>
/// <param name="HasPreviousPage">Items precede the window.</param>
/// <param name="StartOffset">Position of the first item in the whole list, null for an empty window.</param>
/// <param name="EndOffset">Position of the last item, null for an empty window.</param>
/// <remarks>The cursors are written when asked for, as an <see cref="Edge{T}"/>'s are.</remarks>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, int? StartOffset, int? EndOffset)
{
    /// <summary>Cursor of the first item, null for an empty window.</summary>
    public string? StartCursor => StartOffset is { } offset ? PageArguments.ToCursor(offset) : null;

    /// <summary>Cursor of the last item, null for an empty window.</summary>
    public string? EndCursor => EndOffset is { } offset ? PageArguments.ToCursor(offset) : null;
}
