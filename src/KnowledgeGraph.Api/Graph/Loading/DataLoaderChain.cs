using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Graph.Loading;

/// <summary>
/// Continues a pending result. When the continuation returns another <see cref="IDataLoaderResult"/>, the
/// execution engine queues it again, so a second loader still batches across all parents of the level.
/// </summary>
public static class DataLoaderChain
{
    /// <summary>Maps the value once it arrives; <paramref name="next"/> may return a plain value or another pending result.</summary>
    public static IDataLoaderResult Then<T>(this IDataLoaderResult<T> source, Func<T, object?> next) => new Continuation<T>(source, next);

    private sealed class Continuation<T>(IDataLoaderResult<T> source, Func<T, object?> next) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            next(await source.GetResultAsync(cancellationToken).ConfigureAwait(false));
    }
}
