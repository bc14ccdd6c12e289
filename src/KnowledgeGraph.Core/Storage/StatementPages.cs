namespace KnowledgeGraph.Storage;

/// <summary>The defaults of <see cref="IGraphStore.GetStatementPagesAsync"/> and <see cref="IGraphStore.GetStatementPagesWithClaimsAsync"/>: the windows of ids, then their statements (and claims).</summary>
public static class StatementPages
{
    /// <summary>Reads each parent's window of statement ids, then those statements, in two calls of <paramref name="store"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<StatementRecord>>> ReadAsync(
        IGraphStore store, LinkKind link, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var pages = await store.GetLinkPagesAsync(link, ids, page, cancellationToken).ConfigureAwait(false);
        var wanted = pages.Values.SelectMany(p => p).Distinct(StringComparer.Ordinal).ToList();
        var statements = wanted.Count == 0
            ? []
            : (await store.GetStatementsAsync(wanted, cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        return pages.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<StatementRecord>)[.. p.Value.Where(statements.ContainsKey).Select(id => statements[id])],
            StringComparer.Ordinal);
    }

    /// <summary>The windows of <see cref="ReadAsync"/> (by <see cref="IGraphStore.GetStatementPagesAsync"/>), then the claims of their statements.</summary>
    public static async Task<StatementPagesWithClaims> ReadWithClaimsAsync(
        IGraphStore store, LinkKind link, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var pages = await store.GetStatementPagesAsync(link, ids, page, cancellationToken).ConfigureAwait(false);
        var claimIds = pages.Values.SelectMany(p => p).Select(s => s.ClaimId).Distinct(StringComparer.Ordinal).ToList();
        var claims = claimIds.Count == 0 ? [] : await store.GetClaimsAsync(claimIds, cancellationToken).ConfigureAwait(false);
        return new StatementPagesWithClaims(pages, claims.ToDictionary(c => c.Id, StringComparer.Ordinal));
    }
}
