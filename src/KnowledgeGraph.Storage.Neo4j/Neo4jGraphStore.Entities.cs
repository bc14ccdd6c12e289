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

        var result = await RunAsync("entities", "find-entity", new() { ["id"] = idOrName.Trim(), ["text"] = text }, cancellationToken).ConfigureAwait(false);
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

        var ids = await FilterIds.EvaluateAsync(filter, IsLeaf, f => [.. f.And ?? []], f => [.. f.Or ?? []], f => f.Not,
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

    private async Task<Page<EntityRecord>> EntityPageAsync(EntityFilter leaf, List<string>? ids, EntityOrder order, PageRequest page, CancellationToken cancellationToken)
    {
        var result = await RunAsync("entities", "query-entities", new()
        {
            ["ids"] = ids,
            ["text"] = TextFold.KeyOrNull(leaf.NameContains),
            ["kinds"] = leaf.Kinds is { Count: > 0 } kinds ? kinds.Select(k => k.ToString()).ToList() : null,
            ["order"] = order.ToString(),
            ["offset"] = page.Offset,
            ["limit"] = page.Limit,
        }, cancellationToken).ConfigureAwait(false);
        var row = result.Rows.Single();
        return new Page<EntityRecord>([.. row.Array("items").OfType<JsonObject>().Select(o => Entity(o, null))], row.Int("total"));
    }

    private static bool IsLeaf(EntityFilter f) => f.And is null && f.Or is null && f.Not is null;

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
