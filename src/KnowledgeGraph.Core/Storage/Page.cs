namespace KnowledgeGraph.Storage;

/// <summary>A window of results with the total number of matches.</summary>
/// <typeparam name="T">Item type.</typeparam>
/// <param name="Items">Items in this window, in order.</param>
/// <param name="TotalCount">Number of matches without the window.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount);

/// <summary>Offset and size of a result window. Cursor paging in the API maps onto it.</summary>
/// <param name="Offset">Items to skip (&gt;= 0).</param>
/// <param name="Limit">Items to return (&gt;= 0).</param>
public readonly record struct PageRequest(int Offset, int Limit)
{
    /// <summary>The first <paramref name="limit"/> items.</summary>
    public static PageRequest First(int limit) => new(0, limit);
}
