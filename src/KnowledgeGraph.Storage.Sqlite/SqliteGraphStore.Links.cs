using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Storage.Sqlite.SqliteRows;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Statement orders match the page indexes (SqliteSchema), so a window is an index seek plus `limit` steps. Every LIMIT
    // and OFFSET placeholder is written +$x (SqlArgs.AddLimit says why: a bare one makes SQLite compile the statement again
    // on every run).
    private const string ByDate = "ORDER BY s.date IS NULL, s.date, s.id";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StatementRecord>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var args = new SqlArgs();
        return await ListAsync($"SELECT {StatementColumns} FROM statement s WHERE s.id IN {args.AddList(ids)}", args, Statement, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetLinkPagesAsync(
        LinkKind link, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentOutOfRangeException.ThrowIfNegative(page.Offset, nameof(page));
        ArgumentOutOfRangeException.ThrowIfNegative(page.Limit, nameof(page));
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (ids.Count == 0 || page.Limit == 0)
        {
            return result;
        }

        var lease = await OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var connection = lease.Connection;
            // One read transaction: every window sees the same data. One prepared command, re-bound per id.
            var keys = ids.Distinct(StringComparer.Ordinal).ToList();
            var transaction = BeginReadIfSeveral(lease, keys.Count);
            try
            {
                var command = PreparedCommands.Get(connection, transaction, PageSql(link), out var owned);
                await using var disposeOwned = owned ? command : null;
                var id = command.Parameters.Add("$id", SqliteType.Text);
                command.Parameters.AddWithValue("$limit", page.Limit);
                command.Parameters.AddWithValue("$offset", page.Offset);
                command.Parameters.AddWithValue("$end", (long)page.Offset + page.Limit);
                using var interrupt = SqliteInterrupt.On(connection, cancellationToken);
                foreach (var key in keys)
                {
                    id.Value = key;
                    var items = new List<string>();
                    var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            items.Add(reader.GetString(0));
                        }
                    }

                    if (items.Count > 0)
                    {
                        result[key] = items;
                    }
                }
            }
            finally
            {
                await EndReadAsync(transaction).ConfigureAwait(false);
            }
        }

        return result;
    }

    /// <inheritdoc/>
    /// <remarks>One statement per parent that walks the page index and reads each row of the window (the said, denied, claim
    /// and article lists); the merged said-and-denied list of a speaker reads its ids first, then the statements.</remarks>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<StatementRecord>>> GetStatementPagesAsync(
        LinkKind link, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentOutOfRangeException.ThrowIfNegative(page.Offset, nameof(page));
        ArgumentOutOfRangeException.ThrowIfNegative(page.Limit, nameof(page));
        if (StatementPageSql(link, withClaims: false) is null)
        {
            return await StatementPages.ReadAsync(this, link, ids, page, cancellationToken).ConfigureAwait(false);
        }

        return (await ReadStatementPagesAsync(link, withClaims: false, ids, page, cancellationToken).ConfigureAwait(false)).Pages;
    }

    /// <inheritdoc/>
    /// <remarks>The same statement per parent as <see cref="GetStatementPagesAsync"/>, each row joined with its claim: a page
    /// that shows its statements' claims needs no second read.</remarks>
    public async Task<StatementPagesWithClaims> GetStatementPagesWithClaimsAsync(
        LinkKind link, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentOutOfRangeException.ThrowIfNegative(page.Offset, nameof(page));
        ArgumentOutOfRangeException.ThrowIfNegative(page.Limit, nameof(page));
        if (StatementPageSql(link, withClaims: true) is null)
        {
            return await StatementPages.ReadWithClaimsAsync(this, link, ids, page, cancellationToken).ConfigureAwait(false);
        }

        return await ReadStatementPagesAsync(link, withClaims: true, ids, page, cancellationToken).ConfigureAwait(false);
    }

    // Runs the statement page SQL of `link` (StatementPageSql) once per parent, with the claims when `withClaims`. A UTF-8
    // store reads each row as one packed value (PackedRows), any other column by column.
    private async Task<StatementPagesWithClaims> ReadStatementPagesAsync(LinkKind link, bool withClaims, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyList<StatementRecord>>(StringComparer.Ordinal);
        var claims = new Dictionary<string, ClaimRecord>(StringComparer.Ordinal);
        if (ids.Count == 0 || page.Limit == 0)
        {
            return new StatementPagesWithClaims(result, claims);
        }

        var lease = await OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var packed = _packedRows;
            var sql = StatementPageSqls[(link, withClaims, packed)];
            Func<SqliteDataReader, (StatementRecord Statement, ClaimRecord? Claim)> columns = r => (Statement(r), withClaims ? JoinedClaim(r) : null);
            var connection = lease.Connection;
            var keys = ids.Distinct(StringComparer.Ordinal).ToList();
            var transaction = BeginReadIfSeveral(lease, keys.Count);
            try
            {
                foreach (var key in keys)
                {
                    var args = new SqlArgs();
                    args.Add(key);
                    args.Add(page.Limit);
                    args.Add(page.Offset);
                    var map = packed ? r => PackedRows.Read(r, link, key, withClaims) : columns;
                    var rows = await ListAsync(connection, transaction, sql, args, map, cancellationToken).ConfigureAwait(false);
                    if (rows.Count > 0)
                    {
                        result[key] = [.. rows.Select(r => r.Statement)];
                    }

                    foreach (var (_, claim) in rows)
                    {
                        if (claim is not null)
                        {
                            claims[claim.Id] = claim;
                        }
                    }
                }
            }
            finally
            {
                await EndReadAsync(transaction).ConfigureAwait(false);
            }
        }

        return new StatementPagesWithClaims(result, claims);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, int>> CountLinksAsync(LinkKind link, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, int>();
        }

        var args = new SqlArgs();
        var rows = await ListAsync(CountSql(link, args.AddList(ids.Distinct(StringComparer.Ordinal))), args, r => (Key: r.GetString(0), Count: r.GetInt32(1)), cancellationToken)
            .ConfigureAwait(false);
        return rows.ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal);
    }

    // The texts of StatementPageSql, built once (a page is read on nearly every nested query; the text is also the key its kept command is found by).
    private static readonly Dictionary<(LinkKind Link, bool WithClaims, bool Packed), string> StatementPageSqls =
        (from link in Enum.GetValues<LinkKind>()
         from withClaims in new[] { false, true }
         from packed in new[] { false, true }
         let sql = StatementPageSql(link, withClaims, packed)
         where sql is not null
         select (Key: (link, withClaims, packed), Sql: sql)).ToDictionary(p => p.Key, p => p.Sql);

    // $p0 the parent, $p1 the limit, $p2 the offset; the orders of PageSql. With claims, each row carries its claim's columns;
    // packed, a row is one value (PackedRows.StatementSelect), else the columns of SqliteRows.
    internal static string? StatementPageSql(LinkKind link, bool withClaims, bool packed = false)
    {
        var columns = packed ? PackedRows.StatementSelect(link, withClaims) : withClaims ? $"{StatementColumns}, {JoinedClaimColumns}" : StatementColumns;
        var rows = withClaims ? $"SELECT {columns} FROM statement s LEFT JOIN claim c ON c.id = s.claim_id" : $"SELECT {columns} FROM statement s";
        return link switch
        {
            LinkKind.Said => $"{rows} WHERE s.speaker_id = $p0 AND s.stance = 'said' {ByDate} LIMIT +$p1 OFFSET +$p2",
            LinkKind.Denied => $"{rows} WHERE s.speaker_id = $p0 AND s.stance = 'denied' {ByDate} LIMIT +$p1 OFFSET +$p2",
            LinkKind.ClaimStatements => $"{rows} WHERE s.claim_id = $p0 {ByDate} LIMIT +$p1 OFFSET +$p2",
            LinkKind.ArticleStatements => $"{rows} WHERE s.article_id = $p0 ORDER BY s.start, s.id LIMIT +$p1 OFFSET +$p2",
            _ => null,
        };
    }

    internal static string PageSql(LinkKind link) => link switch
    {
        LinkKind.Said => $"SELECT s.id FROM statement s WHERE s.speaker_id = $id AND s.stance = 'said' {ByDate} LIMIT +$limit OFFSET +$offset",
        LinkKind.Denied => $"SELECT s.id FROM statement s WHERE s.speaker_id = $id AND s.stance = 'denied' {ByDate} LIMIT +$limit OFFSET +$offset",
        // Both stances: merge the two index-ordered streams, each cut at the window's end, so no sort sees more than 2 × (offset + limit) rows.
        LinkKind.SpeakerStatements => $"""
            SELECT id FROM (
                SELECT * FROM (SELECT s.id, s.date FROM statement s WHERE s.speaker_id = $id AND s.stance = 'said' {ByDate} LIMIT +$end)
                UNION ALL
                SELECT * FROM (SELECT s.id, s.date FROM statement s WHERE s.speaker_id = $id AND s.stance = 'denied' {ByDate} LIMIT +$end))
            ORDER BY date IS NULL, date, id LIMIT +$limit OFFSET +$offset
            """,
        LinkKind.ClaimStatements => $"SELECT s.id FROM statement s WHERE s.claim_id = $id {ByDate} LIMIT +$limit OFFSET +$offset",
        LinkKind.ArticleStatements => "SELECT s.id FROM statement s WHERE s.article_id = $id ORDER BY s.start, s.id LIMIT +$limit OFFSET +$offset",
        LinkKind.SaidBy => "SELECT DISTINCT s.speaker_id FROM statement s WHERE s.claim_id = $id AND s.stance = 'said' ORDER BY 1 LIMIT +$limit OFFSET +$offset",
        LinkKind.DeniedBy => "SELECT DISTINCT s.speaker_id FROM statement s WHERE s.claim_id = $id AND s.stance = 'denied' ORDER BY 1 LIMIT +$limit OFFSET +$offset",
        LinkKind.ReportedBy => "SELECT target_id FROM claim_reporter WHERE claim_id = $id ORDER BY 1 LIMIT +$limit OFFSET +$offset",
        LinkKind.About => "SELECT entity_id FROM claim_about WHERE claim_id = $id ORDER BY 1 LIMIT +$limit OFFSET +$offset",
        LinkKind.ClaimsAbout => "SELECT claim_id FROM claim_about WHERE entity_id = $id ORDER BY 1 LIMIT +$limit OFFSET +$offset",
        LinkKind.MentionedIn => "SELECT article_id FROM mention WHERE entity_id = $id ORDER BY 1 LIMIT +$limit OFFSET +$offset",
        LinkKind.Mentions => "SELECT entity_id FROM mention WHERE article_id = $id ORDER BY 1 LIMIT +$limit OFFSET +$offset",
        _ => throw new ArgumentOutOfRangeException(nameof(link), link, $"Unknown link kind {link}."),
    };

    private static string CountSql(LinkKind link, string ids) => link switch
    {
        // A speaker's and a claim's statement counts are maintained at upsert (one row each, whatever the list's length).
        LinkKind.Said => $"SELECT id, said_count FROM entity WHERE id IN {ids} AND said_count > 0",
        LinkKind.Denied => $"SELECT id, denied_count FROM entity WHERE id IN {ids} AND denied_count > 0",
        LinkKind.SpeakerStatements => $"SELECT id, said_count + denied_count FROM entity WHERE id IN {ids} AND said_count + denied_count > 0",
        LinkKind.ClaimStatements => $"SELECT id, said_count + denied_count FROM claim WHERE id IN {ids} AND said_count + denied_count > 0",
        LinkKind.ArticleStatements => $"SELECT s.article_id, count(*) FROM statement s WHERE s.article_id IN {ids} GROUP BY 1",
        LinkKind.SaidBy => $"SELECT s.claim_id, count(DISTINCT s.speaker_id) FROM statement s WHERE s.claim_id IN {ids} AND s.stance = 'said' GROUP BY 1",
        LinkKind.DeniedBy => $"SELECT s.claim_id, count(DISTINCT s.speaker_id) FROM statement s WHERE s.claim_id IN {ids} AND s.stance = 'denied' GROUP BY 1",
        LinkKind.ReportedBy => $"SELECT claim_id, count(*) FROM claim_reporter WHERE claim_id IN {ids} GROUP BY 1",
        LinkKind.About => $"SELECT claim_id, count(*) FROM claim_about WHERE claim_id IN {ids} GROUP BY 1",
        LinkKind.ClaimsAbout => $"SELECT entity_id, count(*) FROM claim_about WHERE entity_id IN {ids} GROUP BY 1",
        LinkKind.MentionedIn => $"SELECT id, mention_count FROM entity WHERE id IN {ids} AND mention_count > 0",
        LinkKind.Mentions => $"SELECT article_id, count(*) FROM mention WHERE article_id IN {ids} GROUP BY 1",
        _ => throw new ArgumentOutOfRangeException(nameof(link), link, $"Unknown link kind {link}."),
    };
}
