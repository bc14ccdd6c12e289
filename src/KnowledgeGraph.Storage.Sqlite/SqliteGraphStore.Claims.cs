using static KnowledgeGraph.Storage.Sqlite.SqliteRows;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<ClaimRecord>> GetClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var args = new SqlArgs();
        return await ListAsync($"SELECT {ClaimColumns} FROM claim c WHERE c.id IN {args.AddList(ids)}", args, Claim, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<Page<ClaimRecord>> QueryClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var args = new SqlArgs();
        var where = SqliteFilters.Claim(filter, args);
        var orderBy = order switch
        {
            ClaimOrder.Corroboration => "c.corroboration DESC, c.folded, c.id",
            ClaimOrder.FirstReported => "c.first_reported IS NULL, c.first_reported, c.folded, c.id",
            ClaimOrder.LastReported => "c.last_reported IS NULL, c.last_reported DESC, c.folded, c.id",
            ClaimOrder.Text => "c.folded, c.id",
            _ => throw new ArgumentOutOfRangeException(nameof(order), order, $"Unknown claim order {order}."),
        };
        return PageAsync(
            $"SELECT {ClaimColumns} FROM claim c WHERE {where} ORDER BY {orderBy}",
            SqliteFilters.IsEmpty(filter) ? "SELECT claims FROM totals"
                : SqliteFilters.IsContestedOnly(filter) ? "SELECT contested FROM totals"
                : $"SELECT count(*) FROM claim c WHERE {where}",
            args, page, Claim, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ClaimLink>> GetReportersAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken = default) =>
        LinksAsync("SELECT claim_id, target_id FROM claim_reporter WHERE claim_id IN {0} ORDER BY 1, 2", claimIds, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<ClaimLink>> GetAboutAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken = default) =>
        LinksAsync("SELECT claim_id, entity_id FROM claim_about WHERE claim_id IN {0} ORDER BY 1, 2", claimIds, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<ClaimLink>> GetClaimsAboutAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        LinksAsync("SELECT claim_id, entity_id FROM claim_about WHERE entity_id IN {0} ORDER BY 2, 1", entityIds, cancellationToken);

    private async Task<IReadOnlyList<ClaimLink>> LinksAsync(string sqlWithListAt0, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var args = new SqlArgs();
        var sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, sqlWithListAt0, args.AddList(ids));
        return await ListAsync(sql, args, r => new ClaimLink(r.GetString(0), r.GetString(1)), cancellationToken).ConfigureAwait(false);
    }
}
