namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Evaluates an And/Or/Not filter tree over id sets: each node's own fields are run as one parameterised Cypher query
/// (its set fields ANDed in Cypher), and the sets are combined here. A node's own fields, its And list, its Or list and
/// its Not are ANDed together, as the port's filter records say. A node without fields of its own matches everything
/// and is never queried (it would list every id), and the set of all ids is only fetched when a Not needs it.
/// </summary>
internal static class FilterIds
{
    public static async Task<HashSet<string>> EvaluateAsync<TFilter>(
        TFilter filter,
        Func<TFilter, bool> hasOwnFields,
        Func<TFilter, IReadOnlyList<TFilter>> and,
        Func<TFilter, IReadOnlyList<TFilter>> or,
        Func<TFilter, TFilter?> not,
        Func<TFilter, Task<IEnumerable<string>>> leafIds,
        Func<Task<IEnumerable<string>>> allIds)
        where TFilter : class
    {
        HashSet<string>? all = null;
        async Task<HashSet<string>> AllAsync() => all ??= new HashSet<string>(await allIds().ConfigureAwait(false), StringComparer.Ordinal);

        // null stands for "every id".
        static HashSet<string>? Intersect(HashSet<string>? left, HashSet<string>? right)
        {
            if (left is null)
            {
                return right is null ? null : new HashSet<string>(right, StringComparer.Ordinal);
            }

            if (right is not null)
            {
                left.IntersectWith(right);
            }

            return left;
        }

        async Task<HashSet<string>?> EvalAsync(TFilter node)
        {
            var result = hasOwnFields(node) ? new HashSet<string>(await leafIds(node).ConfigureAwait(false), StringComparer.Ordinal) : null;
            foreach (var child in and(node))
            {
                result = Intersect(result, await EvalAsync(child).ConfigureAwait(false));
            }

            if (or(node) is { Count: > 0 } alternatives)
            {
                HashSet<string>? any = new(StringComparer.Ordinal);
                foreach (var child in alternatives)
                {
                    var match = await EvalAsync(child).ConfigureAwait(false);
                    if (match is null)
                    {
                        any = null;
                        break;
                    }

                    any.UnionWith(match);
                }

                result = Intersect(result, any);
            }

            if (not(node) is { } negated)
            {
                var excluded = await EvalAsync(negated).ConfigureAwait(false);
                if (excluded is null)
                {
                    return [];
                }

                result ??= new HashSet<string>(await AllAsync().ConfigureAwait(false), StringComparer.Ordinal);
                result.ExceptWith(excluded);
            }

            return result;
        }

        return await EvalAsync(filter).ConfigureAwait(false) ?? new HashSet<string>(await AllAsync().ConfigureAwait(false), StringComparer.Ordinal);
    }
}
