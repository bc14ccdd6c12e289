using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Loading;

/// <summary>Loaders that follow a link and fetch the nodes at its other end in the same batch.</summary>
public sealed partial class GraphLoaders
{
    private BatchLoader<string, IReadOnlyList<MembershipRecord>>? _memberships;
    private BatchLoader<string, IReadOnlyList<ArticleRecord>>? _mentionedIn;
    private BatchLoader<string, IReadOnlyList<EntityRecord>>? _mentions;
    private BatchLoader<string, IReadOnlyList<ClaimRecord>>? _claimsAbout;
    private BatchLoader<string, IReadOnlyList<EntityRecord>>? _about;
    private BatchLoader<string, IReadOnlyList<object>>? _reporters;

    /// <summary>MEMBER_OF / LEADS edges touching an entity (as person or as institution).</summary>
    public BatchLoader<string, IReadOnlyList<MembershipRecord>> Memberships => _memberships ??= new(async (ids, ct) =>
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var rows = await store.GetMembershipsAsync(ids, ct).ConfigureAwait(false);
        return rows.SelectMany(m => new[] { (Key: m.PersonId, m), (Key: m.InstitutionId, m) })
            .Where(p => wanted.Contains(p.Key))
            .GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<MembershipRecord>)[.. g.Select(p => p.m).Distinct()]);
    }, []);

    /// <summary>Articles that mention an entity.</summary>
    public BatchLoader<string, IReadOnlyList<ArticleRecord>> MentionedIn => _mentionedIn ??= new(async (ids, ct) =>
    {
        var links = await store.GetMentionsAsync(ids, byEntity: true, ct).ConfigureAwait(false);
        var articles = await ArticlesByIdAsync(links.Select(l => l.ArticleId), ct).ConfigureAwait(false);
        return Join(links, l => l.EntityId, l => l.ArticleId, articles);
    }, []);

    /// <summary>Entities an article mentions.</summary>
    public BatchLoader<string, IReadOnlyList<EntityRecord>> Mentions => _mentions ??= new(async (ids, ct) =>
    {
        var links = await store.GetMentionsAsync(ids, byEntity: false, ct).ConfigureAwait(false);
        var entities = await EntitiesByIdAsync(links.Select(l => l.EntityId), ct).ConfigureAwait(false);
        return Join(links, l => l.ArticleId, l => l.EntityId, entities);
    }, []);

    /// <summary>Claims ABOUT an entity.</summary>
    public BatchLoader<string, IReadOnlyList<ClaimRecord>> ClaimsAbout => _claimsAbout ??= new(async (ids, ct) =>
    {
        var links = await store.GetClaimsAboutAsync(ids, ct).ConfigureAwait(false);
        var claims = (await store.GetClaimsAsync([.. links.Select(l => l.ClaimId).Distinct()], ct).ConfigureAwait(false)).ToDictionary(c => c.Id);
        return Join(links, l => l.TargetId, l => l.ClaimId, claims);
    }, []);

    /// <summary>Entities a claim is ABOUT.</summary>
    public BatchLoader<string, IReadOnlyList<EntityRecord>> About => _about ??= new(async (ids, ct) =>
    {
        var links = await store.GetAboutAsync(ids, ct).ConfigureAwait(false);
        var entities = await EntitiesByIdAsync(links.Select(l => l.TargetId), ct).ConfigureAwait(false);
        return Join(links, l => l.ClaimId, l => l.TargetId, entities);
    }, []);

    /// <summary>Articles and intermediary entities a claim is REPORTED_BY (articles first, then entities).</summary>
    public BatchLoader<string, IReadOnlyList<object>> Reporters => _reporters ??= new(async (ids, ct) =>
    {
        var links = await store.GetReportersAsync(ids, ct).ConfigureAwait(false);
        var articleIds = links.Select(l => l.TargetId).Where(IsArticleId).ToList();
        var articles = await ArticlesByIdAsync(articleIds, ct).ConfigureAwait(false);
        var entities = await EntitiesByIdAsync(links.Select(l => l.TargetId).Where(id => !IsArticleId(id)), ct).ConfigureAwait(false);
        return links.GroupBy(l => l.ClaimId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<object>)[
                .. g.Select(l => articles.GetValueOrDefault(l.TargetId)).OfType<ArticleRecord>().Distinct(),
                .. g.Select(l => entities.GetValueOrDefault(l.TargetId)).OfType<EntityRecord>().Distinct()]);
    }, []);

    /// <summary>True for article ids (<c>article:…</c>).</summary>
    public static bool IsArticleId(string id) => id.StartsWith("article:", StringComparison.Ordinal);

    private async Task<Dictionary<string, ArticleRecord>> ArticlesByIdAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        return distinct.Count == 0 ? [] : (await store.GetArticlesAsync(distinct, ct).ConfigureAwait(false)).ToDictionary(a => a.Id);
    }

    private async Task<Dictionary<string, EntityRecord>> EntitiesByIdAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        return distinct.Count == 0 ? [] : (await store.GetEntitiesAsync(distinct, ct).ConfigureAwait(false)).ToDictionary(e => e.Id);
    }

    private static Dictionary<string, IReadOnlyList<TNode>> Join<TLink, TNode>(
        IEnumerable<TLink> links, Func<TLink, string> parentOf, Func<TLink, string> childOf, Dictionary<string, TNode> nodes) =>
        links.GroupBy(parentOf).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<TNode>)[.. g.Select(childOf).Distinct().Where(nodes.ContainsKey).Select(id => nodes[id])]);
}
