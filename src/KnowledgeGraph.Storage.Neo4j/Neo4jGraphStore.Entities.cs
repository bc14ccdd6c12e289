using System.Text.Json.Nodes;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Neo4j.Http;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await RunAsync("entities", "entities-by-ids", new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(r => Entity(null, r))];
    }

    /// <inheritdoc />
    public async Task<EntityRecord?> FindEntityAsync(string idOrName, CancellationToken cancellationToken = default)
    {
        var text = TextFold.KeyOrNull(idOrName);
        if (text is null)
        {
            return null;
        }

        // Exact matches first; the substring search (a TEXT index seek, but possibly many candidates) only when none.
        var result = await RunAsync("entities", "find-entity-exact", new() { ["id"] = idOrName.Trim(), ["text"] = text }, cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            result = await RunAsync("entities", "find-entity-containing", new() { ["text"] = text }, cancellationToken).ConfigureAwait(false);
        }

        return result.Rows.Count == 0 ? null : Entity(null, result.Rows[0]);
    }

    /// <inheritdoc />
    public async Task<Page<EntityRecord>> QueryEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, CancellationToken cancellationToken = default)
    {
        CheckPage(page);
        if (IsLeaf(filter))
        {
            return await EntityPageAsync(filter, null, order, page, cancellationToken).ConfigureAwait(false);
        }

        var ids = await FilterIds.EvaluateAsync(filter, HasOwnFields, f => [.. f.And ?? []], f => [.. f.Or ?? []], f => f.Not,
            async leaf => (await EntityPageAsync(leaf, null, EntityOrder.Name, All, cancellationToken).ConfigureAwait(false)).Items.Select(e => e.Id),
            async () => (await EntityPageAsync(new EntityFilter(), null, EntityOrder.Name, All, cancellationToken).ConfigureAwait(false)).Items.Select(e => e.Id)).ConfigureAwait(false);
        return await EntityPageAsync(new EntityFilter(), [.. ids], order, page, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MembershipRecord>> GetMembershipsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        if (entityIds.Count == 0)
        {
            return [];
        }

        var result = await RunAsync("entities", "memberships", new() { ["ids"] = Distinct(entityIds) }, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(r => new MembershipRecord(r.String("personId")!, r.String("relation")!, r.String("institutionId")!, r.String("role")))];
    }

    /// <summary>
    /// One page of entities matching <paramref name="leaf"/> (or, with <paramref name="ids"/>, those of the ids matching
    /// it). A name filter is first narrowed to its candidates through the TEXT indexes.
    /// </summary>
    private async Task<Page<EntityRecord>> EntityPageAsync(EntityFilter leaf, List<string>? ids, EntityOrder order, PageRequest page, CancellationToken cancellationToken)
    {
        var text = TextFold.KeyOrNull(leaf.NameContains);
        if (ids is null && text is not null)
        {
            ids = [.. (await RunAsync("entities", "entity-ids-by-text", new() { ["text"] = text }, cancellationToken).ConfigureAwait(false)).Rows.Select(r => r.String("id")!)];
        }

        if (ids is { Count: 0 })
        {
            return new Page<EntityRecord>([], 0);
        }

        var parameters = new Dictionary<string, object?>
        {
            ["text"] = text,
            ["kinds"] = leaf.Kinds is { Count: > 0 } kinds ? kinds.Select(k => k.ToString()).ToList() : null,
            ["order"] = order.ToString(),
            ["offset"] = page.Offset,
            ["limit"] = page.Limit,
        };
        if (ids is not null)
        {
            parameters["ids"] = ids;
        }

        var row = (await RunAsync("entities", ids is null ? "page-entities" : "page-entities-among", parameters, cancellationToken).ConfigureAwait(false)).Rows.Single();
        return new Page<EntityRecord>([.. row.Array("items").OfType<JsonObject>().Select(o => Entity(o, null))], row.Int("total"));
    }

    private static bool IsLeaf(EntityFilter f) => f.And is null && f.Or is null && f.Not is null;

    private static bool HasOwnFields(EntityFilter f) => !string.IsNullOrWhiteSpace(f.NameContains) || f.Kinds is { Count: > 0 };

    private static EntityRecord Entity(JsonObject? obj, QueryRow? row)
    {
        JsonNode? Get(string key) => obj is not null ? obj[key] : row![key];
        return new EntityRecord(QueryValues.String(Get("id"))!, Enum.Parse<EntityKind>(QueryValues.String(Get("kind")) ?? nameof(EntityKind.Person)),
            QueryValues.String(Get("name")) ?? "", QueryValues.Strings(Get("aliases")), QueryValues.String(Get("role")), QueryValues.String(Get("country")));
    }

    private static readonly PageRequest All = new(0, int.MaxValue / 2);

    private static void CheckPage(PageRequest page)
    {
        if (page.Offset < 0 || page.Limit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(page), $"Page offset and limit must be zero or more, got offset {page.Offset} and limit {page.Limit}.");
        }
    }
}
