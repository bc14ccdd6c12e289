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
            r.Int("corroboration"), r.String("first")))];
    }

    /// <inheritdoc />
    public async Task<Page<ClaimRecord>> QueryClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, CancellationToken cancellationToken = default)
    {
        CheckPage(page);
        if (IsLeaf(filter))
        {
            return await ClaimPageAsync(filter, null, order, page, cancellationToken).ConfigureAwait(false);
        }

        var ids = await FilterIds.EvaluateAsync(filter, HasOwnFields, f => [.. f.And ?? []], f => [.. f.Or ?? []], f => f.Not,
            leaf => ClaimLeafIdsAsync(leaf, cancellationToken),
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

    /// <summary>
    /// One page of claims matching <paramref name="leaf"/> (or, with <paramref name="ids"/>, those of the ids matching
    /// it). A leaf with an entry point is first narrowed to its candidates through an index or a known node.
    /// </summary>
    private async Task<Page<ClaimRecord>> ClaimPageAsync(ClaimFilter leaf, List<string>? ids, ClaimOrder order, PageRequest page, CancellationToken cancellationToken)
    {
        var text = TextFold.KeyOrNull(leaf.TextContains);
        if (ids is null && EntryPoint(leaf, text) is { } entry)
        {
            ids = [.. (await RunAsync("claims", entry.Statement, new() { [entry.Parameter] = entry.Value }, cancellationToken).ConfigureAwait(false)).Rows.Select(r => r.String("id")!)];
        }

        var parameters = new Dictionary<string, object?>
        {
            ["text"] = text,
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
        };
        if (ids is not null)
        {
            if (ids.Count == 0)
            {
                return new Page<ClaimRecord>([], 0);
            }

            parameters["ids"] = ids;
        }

        var row = (await RunAsync("claims", ids is null ? "page-claims" : "page-claims-among", parameters, cancellationToken).ConfigureAwait(false)).Rows.Single();
        return new Page<ClaimRecord>([.. row.Array("items").OfType<JsonObject>().Select(o => new ClaimRecord(
            QueryValues.String(o["id"])!, QueryValues.String(o["text"]) ?? "", QueryValues.Int(o["said"]), QueryValues.Int(o["denied"]),
            QueryValues.Int(o["corroboration"]), QueryValues.String(o["first"])))], row.Int("total"));
    }

    /// <summary>The ids of the claims matching a node's own fields: a lone entry point is the answer already.</summary>
    private async Task<IEnumerable<string>> ClaimLeafIdsAsync(ClaimFilter leaf, CancellationToken cancellationToken)
    {
        var own = leaf with { And = null, Or = null, Not = null };
        var text = TextFold.KeyOrNull(own.TextContains);
        if (EntryPoint(own, text) is { } entry && (own with { ArticleId = null, SpeakerId = null, AboutId = null, ReportedById = null, TextContains = null }) == new ClaimFilter()
            && new[] { own.ArticleId, own.SpeakerId, own.AboutId, own.ReportedById, text }.Count(v => v is not null) == 1)
        {
            return (await RunAsync("claims", entry.Statement, new() { [entry.Parameter] = entry.Value }, cancellationToken).ConfigureAwait(false)).Rows.Select(r => r.String("id")!);
        }

        return (await ClaimPageAsync(own, null, ClaimOrder.Text, All, cancellationToken).ConfigureAwait(false)).Items.Select(c => c.Id);
    }

    /// <summary>The narrowest entry point a leaf offers, most selective first; null when it has none.</summary>
    private static (string Statement, string Parameter, string Value)? EntryPoint(ClaimFilter leaf, string? text) => leaf switch
    {
        { ArticleId: { } article } => ("claim-ids-in-article", "articleId", article),
        { SpeakerId: { } speaker } => ("claim-ids-by-speaker", "speakerId", speaker),
        { AboutId: { } about } => ("claim-ids-about", "aboutId", about),
        { ReportedById: { } reporter } => ("claim-ids-reported-by", "reportedById", reporter),
        _ when text is not null => ("claim-ids-by-text", "text", text),
        _ => null,
    };

    private static bool IsLeaf(ClaimFilter f) => f.And is null && f.Or is null && f.Not is null;

    private static bool HasOwnFields(ClaimFilter f) => (f with { And = null, Or = null, Not = null }) != new ClaimFilter();
}
