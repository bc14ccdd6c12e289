using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Loading;

/// <summary>Memberships of entities, and the id test that tells articles from entities among reporters.</summary>
public sealed partial class GraphLoaders
{
    private BatchLoader<string, IReadOnlyList<MembershipRecord>>? _memberships;

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

    /// <summary>True for article ids (<c>article:…</c>).</summary>
    public static bool IsArticleId(string id) => id.StartsWith("article:", StringComparison.Ordinal);
}
