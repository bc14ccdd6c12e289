using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Graph.Loading;

/// <summary>
/// Collects keys requested while one level of the query resolves and fetches them in one call when the
/// execution engine asks for the first result (GraphQL.NET defers <see cref="IDataLoaderResult"/> to the end of
/// the level). Results are cached for the request. Thread-safe: resolvers may run in parallel.
/// </summary>
/// <remarks>
/// Hand-written because the GraphQL.DataLoader package (graphql-dotnet's DataLoaderContext and batch loaders) is not
/// in the package registry our machines reach; the core GraphQL package only defines <see cref="IDataLoaderResult"/>.
/// </remarks>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TValue">Value type.</typeparam>
/// <param name="fetch">Fetches many keys at once; keys it leaves out get <paramref name="missing"/>.</param>
/// <param name="missing">Value for keys the fetch did not return.</param>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, IDataLoaderResult<TValue>> _cache = [];
    private Batch _current = new();

    /// <summary>Queues a key; the value arrives when the engine resolves the pending results.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            _current.Keys.Add(key);
            var result = new Result(this, _current, key);
            _cache[key] = result;
            return result;
        }
    }

    /// <summary>
    /// Remembers a value read with something else (a claim read with the statement that names it), so that loading the key
    /// needs no store call. A key loaded or primed before keeps its value.
    /// </summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_gate)
        {
            _cache.TryAdd(key, new Known(value));
        }
    }

    /// <summary>
    /// The value of <paramref name="key"/> when it is known already (primed, or fetched by a batch that has finished), so
    /// that a resolver can return it as a plain value: the execution engine completes a plain value at once, where a
    /// pending result costs it a data-loader step per field.
    /// </summary>
    public bool TryGetLoaded(TKey key, out TValue value)
    {
        lock (_gate)
        {
            switch (_cache.GetValueOrDefault(key))
            {
                case Known known:
                    value = known.Value;
                    return true;
                case Result { Fetched: { } values }:
                    value = values.TryGetValue(key, out var fetched) ? fetched : missing;
                    return true;
                default:
                    value = missing;
                    return false;
            }
        }
    }

    /// <summary>
    /// The values of <paramref name="keys"/> as <see cref="LoadMany"/> would give them (key order, each key once, missing
    /// ones left out) when every one is known already (<see cref="TryGetLoaded"/>); false, and no values, otherwise.
    /// </summary>
    public bool TryGetLoadedMany(IEnumerable<TKey> keys, out IReadOnlyList<TValue> values)
    {
        var known = new List<TValue>();
        foreach (var key in keys.Distinct())
        {
            if (!TryGetLoaded(key, out var value))
            {
                values = [];
                return false;
            }

            if (!EqualityComparer<TValue>.Default.Equals(value, missing))
            {
                known.Add(value);
            }
        }

        values = known;
        return true;
    }

    /// <summary>Queues several keys; the values arrive in key order, leaving out missing ones.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys) =>
        new ManyResult([.. keys.Distinct().Select(Load)], missing);

    private Task<IReadOnlyDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (batch.Running is null)
            {
                if (ReferenceEquals(batch, _current))
                {
                    _current = new Batch();
                }

                batch.Running = fetch([.. batch.Keys], cancellationToken);
            }

            return batch.Running;
        }
    }

    private sealed class Batch
    {
        public List<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>>? Running { get; set; }
    }

    private sealed class Known(TValue value) : IDataLoaderResult<TValue>
    {
        public TValue Value => value;

        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Result(BatchLoader<TKey, TValue> owner, Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        /// <summary>The batch's values once its fetch has finished without error; null before.</summary>
        public IReadOnlyDictionary<TKey, TValue>? Fetched => batch.Running is { IsCompletedSuccessfully: true } running ? running.Result : null;

        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await owner.Dispatch(batch, cancellationToken).ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : owner.Missing;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class ManyResult(IReadOnlyList<IDataLoaderResult<TValue>> parts, TValue missingValue) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public async Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<TValue>(parts.Count);
            foreach (var part in parts)
            {
                var value = await part.GetResultAsync(cancellationToken).ConfigureAwait(false);
                if (!EqualityComparer<TValue>.Default.Equals(value, missingValue))
                {
                    values.Add(value);
                }
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private TValue Missing => missing;
}
