namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Evaluates an And/Or/Not filter tree over id sets: each leaf is run as one parameterised Cypher query
/// (its set fields ANDed in Cypher), and the sets are combined here. A node's own fields, its And list, its Or
/// list and its Not are ANDed together, as the port's filter records say.
/// </summary>
internal static class FilterIds
{
    public static async Task<HashSet<string>> EvaluateAsync<TFilter>(
        TFilter filter,
        Func<TFilter, bool> isLeaf,
        Func<TFilter, IReadOnlyList<TFilter>> and,
        Func<TFilter, IReadOnlyList<TFilter>> or,
        Func<TFilter, TFilter?> not,
        Func<TFilter, Task<IEnumerable<string>>> leafIds,
        Func<Task<IEnumerable<string>>> allIds)
        where TFilter : class
    {
        HashSet<string>? all = null;
        async Task<HashSet<string>> AllAsync() => all ??= [.. await allIds().ConfigureAwait(false)];

        async Task<HashSet<string>> EvalAsync(TFilter node)
        {
            // The node's own fields, as a leaf without its children.
            var result = new HashSet<string>(await leafIds(node).ConfigureAwait(false), StringComparer.Ordinal);
            if (isLeaf(node))
            {
                return result;
            }

            foreach (var child in and(node))
            {
                result.IntersectWith(await EvalAsync(child).ConfigureAwait(false));
            }

            if (or(node) is { Count: > 0 } alternatives)
            {
                var any = new HashSet<string>(StringComparer.Ordinal);
                foreach (var child in alternatives)
                {
                    any.UnionWith(await EvalAsync(child).ConfigureAwait(false));
                }

                result.IntersectWith(any);
            }

            if (not(node) is { } negated)
            {
                var excluded = await EvalAsync(negated).ConfigureAwait(false);
                result.IntersectWith(await AllAsync().ConfigureAwait(false));
                result.ExceptWith(excluded);
            }

            return result;
        }

        return await EvalAsync(filter).ConfigureAwait(false);
    }
}
