using KnowledgeGraph.Text;
using static KnowledgeGraph.Storage.Sqlite.SqliteRows;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var args = new SqlArgs();
        return await ListAsync($"SELECT {EntityColumns} FROM entity e WHERE e.id IN {args.AddList(ids)}", args, Entity, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// One connection and at most two statements: the id and the exact name or alias are looked up in one (a name given
    /// to <c>entity(name:)</c>, <c>center</c> or <c>from</c>/<c>to</c> is resolved on every such request), the containing
    /// match only when neither finds the entity.
    /// </remarks>
    public async Task<EntityRecord?> FindEntityAsync(string idOrName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        var folded = TextFold.Key(idOrName);
        var lease = await OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var connection = lease.Connection;
            // The id first; else the exact name or alias, a canonical name before an alias, then the busier speaker.
            var exact = new SqlArgs();
            var id = exact.Add(idOrName.Trim());
            var name = exact.Add(folded);
            var found = await ListAsync(connection, null,
                $"""
                SELECT * FROM (SELECT {EntityColumns}, 0 AS rank FROM entity e WHERE e.id = {id})
                UNION ALL
                SELECT * FROM (
                    SELECT {EntityColumns}, 1 FROM entity_name n JOIN entity e ON e.id = n.entity_id
                    WHERE n.folded = {name} AND n.folded <> ''
                    ORDER BY e.folded_name = {name} DESC, e.said_count + e.denied_count DESC, e.id
                    LIMIT 1)
                ORDER BY rank
                LIMIT 1
                """,
                exact, Entity, cancellationToken).ConfigureAwait(false);
            if (found.Count > 0 || folded.Length == 0)
            {
                return found.Count > 0 ? found[0] : null;
            }

            // Best containing match: a match in the name beats one in an alias, then the shortest name.
            var containing = new SqlArgs();
            var part = containing.Add(folded);
            found = await ListAsync(connection, null,
                $"""
                SELECT {EntityColumns} FROM entity e
                WHERE instr(e.folded, {part}) > 0
                ORDER BY instr(e.folded_name, {part}) = 0, length(e.name), e.id
                LIMIT 1
                """,
                containing, Entity, cancellationToken).ConfigureAwait(false);
            return found.Count > 0 ? found[0] : null;
        }
    }

    /// <inheritdoc/>
    public Task<Page<EntityRecord>> QueryEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var args = new SqlArgs();
        var where = SqliteFilters.Entity(filter, args);
        var orderBy = order switch
        {
            EntityOrder.Name => "e.folded_name, e.id",
            EntityOrder.StatementCount => "(e.said_count + e.denied_count) DESC, e.folded_name, e.id",
            EntityOrder.MentionCount => "e.mention_count DESC, e.folded_name, e.id",
            _ => throw new ArgumentOutOfRangeException(nameof(order), order, $"Unknown entity order {order}."),
        };
        return PageAsync(
            $"SELECT {EntityColumns} FROM entity e WHERE {where} ORDER BY {orderBy}",
            SqliteFilters.IsEmpty(filter) ? "SELECT entities FROM totals" : $"SELECT count(*) FROM entity e WHERE {where}",
            args, page, Entity, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<MembershipRecord>> GetMembershipsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        var args = new SqlArgs();
        var ids = args.AddList(entityIds);
        return await ListAsync(
            $"""
            SELECT person_id, relation, institution_id, role FROM membership WHERE person_id IN {ids}
            UNION
            SELECT person_id, relation, institution_id, role FROM membership WHERE institution_id IN {ids}
            ORDER BY 1, 2, 3
            """,
            args, r => new MembershipRecord(r.GetString(0), r.GetString(1), r.GetString(2), NullableString(r, 3)), cancellationToken).ConfigureAwait(false);
    }
}
