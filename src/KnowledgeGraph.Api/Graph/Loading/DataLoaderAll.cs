using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Graph.Loading;

/// <summary>
/// Waits for several pending results and keeps their order and their nulls, so that item i of a window still lines
/// up with its cursor. The parts may come from different loaders (a reporter is an article or an entity).
/// </summary>
public static class DataLoaderAll
{
    /// <summary>One pending result holding every part's value, in order (null for a part without value).</summary>
    public static IDataLoaderResult<IReadOnlyList<object?>> Of(IReadOnlyList<IDataLoaderResult> parts) => new All(parts);

    private sealed class All(IReadOnlyList<IDataLoaderResult> parts) : IDataLoaderResult<IReadOnlyList<object?>>
    {
        public async Task<IReadOnlyList<object?>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            // Every part's key is queued already, so the first await of each loader fetches all of them in one call.
            var values = new object?[parts.Count];
            for (var i = 0; i < parts.Count; i++)
            {
                values[i] = await parts[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
