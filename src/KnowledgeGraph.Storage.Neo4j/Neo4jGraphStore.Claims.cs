using System.Text.Json.Nodes;
using KnowledgeGraph.Storage.Neo4j.Http;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ClaimRecord>> GetClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await RunAsync("claims", "claims-by-ids", new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(r => new ClaimRecord(r.String("id")!, r.String("text") ?? "", r.Int("said"), r.Int("denied"),
            r.Int("corroboration"), r.Strings("dates").Order(StringComparer.Ordinal).FirstOrDefault()))];
    }

    /// <inheritdoc />
    public async Task<Page<ClaimRecord>> QueryClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, CancellationToken cancellationToken = default)
    {
        CheckPage(page);
        if (IsLeaf(filter))
        {
            return await ClaimPageAsync(filter, null, order, page, cancellationToken).ConfigureAwait(false);
        }

        var ids = await FilterIds.EvaluateAsync(filter, IsLeaf, f => [.. f.And ?? []], f => [.. f.Or ?? []], f => f.Not,
            async leaf => (await ClaimPageAsync(leaf, null, ClaimOrder.Text, All, cancellationToken).ConfigureAwait(false)).Items.Select(c => c.Id),
            async () => (await RunAsync("claims", "all-claim-ids", [], cancellationToken).ConfigureAwait(false)).Rows.Select(r => r.String("id")!)).ConfigureAwait(false);
        return await ClaimPageAsync(new ClaimFilter(), [.. ids], order, page, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ClaimLink>> GetReportersAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken = default) =>
        LinksAsync("reporters", claimIds, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ClaimLink>> GetAboutAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken = default) =>
        LinksAsync("about", claimIds, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ClaimLink>> GetClaimsAboutAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        LinksAsync("claims-about", entityIds, cancellationToken);

    private async Task<IReadOnlyList<ClaimLink>> LinksAsync(string name, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await RunAsync("claims", name, new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(r => new ClaimLink(r.String("claimId")!, r.String("targetId")!))];
    }

    private async Task<Page<ClaimRecord>> ClaimPageAsync(ClaimFilter leaf, List<string>? ids, ClaimOrder order, PageRequest page, CancellationToken cancellationToken)
    {
        var result = await RunAsync("claims", "query-claims", new()
        {
            ["ids"] = ids,
            ["text"] = TextFold.KeyOrNull(leaf.TextContains),
            ["speakerId"] = leaf.SpeakerId,
            ["stance"] = leaf.Stance is { } stance ? StanceType(stance) : null,
            ["aboutId"] = leaf.AboutId,
            ["reportedById"] = leaf.ReportedById,
            ["publisher"] = Lower(leaf.Publisher),
            ["articleId"] = leaf.ArticleId,
            ["from"] = leaf.From,
            ["to"] = leaf.To,
            ["contested"] = leaf.Contested,
            ["order"] = order.ToString(),
            ["offset"] = page.Offset,
            ["limit"] = page.Limit,
        }, cancellationToken).ConfigureAwait(false);
        var row = result.Rows.Single();
        return new Page<ClaimRecord>([.. row.Array("items").OfType<JsonObject>().Select(o => new ClaimRecord(
            QueryValues.String(o["id"])!, QueryValues.String(o["text"]) ?? "", QueryValues.Int(o["said"]), QueryValues.Int(o["denied"]),
            QueryValues.Int(o["corroboration"]), QueryValues.String(o["first"])))], row.Int("total"));
    }

    private static bool IsLeaf(ClaimFilter f) => f.And is null && f.Or is null && f.Not is null;
}
