using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must show. Each adapter has one sealed subclass that says how to make a
/// fresh, empty store; the facts below then run against it unchanged.
/// </summary>
/// <remarks>
/// Where the port's documentation leaves room, the suite pins these choices down:
/// <list type="bullet">
/// <item>A publisher becomes a PUBLISHED_BY edge to the institution whose name or alias matches it (case- and
/// accent-insensitive), else to a new <c>institution:&lt;slug&gt;</c> named after the publisher; it counts as a new entity.</item>
/// <item>MENTIONS holds every entity of a document's entity list; statement dates are the article's publication date.</item>
/// <item>Claim REPORTED_BY holds every article with a statement of the claim, plus the statements' intermediaries.</item>
/// <item>A statement whose end offset is before its start fails the whole batch with an <see cref="ArgumentException"/>
/// naming the document's file.</item>
/// <item>A network's label filter chooses which nodes are returned; the traversal crosses every label.</item>
/// <item>Node and edge property keys are camelCase: <c>aliases</c> (joined by |), <c>publisher</c>, <c>contested</c>
/// ("true"/"false"), <c>articleId</c>, <c>evidence</c>.</item>
/// </list>
/// </remarks>
public abstract partial class GraphStoreContract
{
    /// <summary>A fresh, empty store for one test. The subclass owns any files or servers behind it.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An initialised, empty store.</summary>
    protected async Task<IGraphStore> EmptyStoreAsync()
    {
        var store = await CreateStoreAsync();
        await store.InitializeAsync(Ct);
        return store;
    }

    /// <summary>A store holding <see cref="Some.Corpus"/>.</summary>
    protected async Task<IGraphStore> LoadedStoreAsync()
    {
        var store = await EmptyStoreAsync();
        await store.UpsertAsync(Some.Corpus(), Ct);
        return store;
    }

    protected static IReadOnlyList<string> Ids(IEnumerable<ClaimRecord> claims) => [.. claims.Select(c => c.Id).Order(StringComparer.Ordinal)];

    protected static IReadOnlyList<string> Sorted(params IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];

    protected static async Task<IReadOnlyList<string>> ClaimIdsAsync(IGraphStore store, ClaimFilter filter)
    {
        var page = await store.QueryClaimsAsync(filter, ClaimOrder.Text, PageRequest.First(100), Ct);
        Assert.Equal(page.Items.Count, page.TotalCount);
        return Ids(page.Items);
    }
}
