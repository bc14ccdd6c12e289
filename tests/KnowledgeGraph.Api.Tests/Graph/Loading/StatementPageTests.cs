using KnowledgeGraph.Api.Graph.Loading;
using KnowledgeGraph.Api.Tests.Support;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Graph.Loading;

public sealed class StatementPageTests
{
    private const string Speaker = "person:carlos-fernandez-de-cossio";

    [Fact]
    public async Task A_page_read_with_its_reporters_leaves_every_reportedBy_list_known_in_LoadMany_order()
    {
        await using var factory = new ApiFactory();
        await new GraphQLClient(factory.CreateClient()).DataAsync("{ stats { articles } }"); // Host started, sample loaded.
        var store = new CountingGraphStore(factory.Services.GetRequiredService<IGraphStore>());
        var loaders = new GraphLoaders(store);

        store.Counting = true;
        var page = await loaders.StatementPage(LinkKind.Denied, new PageRequest(0, 10), withClaims: true, withReporters: true).Load(Speaker).GetResultAsync(TestContext.Current.CancellationToken);
        store.Counting = false;

        Assert.Contains(page, s => s.ReportedBy.Count > 0);
        Assert.Equal(1, store.Calls.GetValueOrDefault(nameof(CountingGraphStore.GetEntitiesAsync)));
        var reference = new GraphLoaders(factory.Services.GetRequiredService<IGraphStore>());
        foreach (var statement in page)
        {
            Assert.True(loaders.Entities.TryGetLoadedMany(statement.ReportedBy, out var reporters), statement.Id);
            var loaded = await reference.Entities.LoadMany(statement.ReportedBy).GetResultAsync(TestContext.Current.CancellationToken);
            Assert.Equal(loaded.Select(e => e!.Id), reporters.Select(e => e!.Id));
        }
    }

    [Fact]
    public async Task A_page_read_with_its_counts_leaves_each_parents_length_known_without_another_step()
    {
        await using var factory = new ApiFactory();
        await new GraphQLClient(factory.CreateClient()).DataAsync("{ stats { articles } }");
        var store = new CountingGraphStore(factory.Services.GetRequiredService<IGraphStore>());
        var loaders = new GraphLoaders(store);
        const string silent = "person:nobody-at-all";

        var speaker = loaders.StatementPage(LinkKind.Denied, new PageRequest(0, 2), withCounts: true).Load(Speaker);
        var nobody = loaders.StatementPage(LinkKind.Denied, new PageRequest(0, 2), withCounts: true).Load(silent);
        store.Counting = true;
        await speaker.GetResultAsync(TestContext.Current.CancellationToken);
        await nobody.GetResultAsync(TestContext.Current.CancellationToken);
        store.Counting = false;

        Assert.Equal(1, store.Calls.GetValueOrDefault(nameof(CountingGraphStore.CountLinksAsync)));
        Assert.True(loaders.LinkCount(LinkKind.Denied).TryGetLoaded(Speaker, out var count));
        var counted = await store.CountLinksAsync(LinkKind.Denied, [Speaker], TestContext.Current.CancellationToken);
        Assert.Equal(counted[Speaker], count);
        Assert.True(count > 2);
        Assert.True(loaders.LinkCount(LinkKind.Denied).TryGetLoaded(silent, out var none));
        Assert.Equal(0, none);
    }

    [Fact]
    public async Task A_page_read_without_its_reporters_leaves_them_to_the_entity_loader()
    {
        await using var factory = new ApiFactory();
        await new GraphQLClient(factory.CreateClient()).DataAsync("{ stats { articles } }");
        var store = new CountingGraphStore(factory.Services.GetRequiredService<IGraphStore>());
        var loaders = new GraphLoaders(store);

        store.Counting = true;
        var page = await loaders.StatementPage(LinkKind.Denied, new PageRequest(0, 10), withClaims: true).Load(Speaker).GetResultAsync(TestContext.Current.CancellationToken);
        store.Counting = false;

        Assert.False(store.Calls.ContainsKey(nameof(CountingGraphStore.GetEntitiesAsync)));
        Assert.False(loaders.Entities.TryGetLoadedMany(page.First(s => s.ReportedBy.Count > 0).ReportedBy, out _));
    }

    [Fact]
    public async Task An_intermediary_the_store_does_not_hold_is_left_out_as_LoadMany_leaves_it_out()
    {
        await using var factory = new ApiFactory();
        await new GraphQLClient(factory.CreateClient()).DataAsync("{ stats { articles } }");
        var loaders = new GraphLoaders(factory.Services.GetRequiredService<IGraphStore>());
        var page = await loaders.StatementPage(LinkKind.Denied, new PageRequest(0, 10), withClaims: false, withReporters: true).Load(Speaker).GetResultAsync(TestContext.Current.CancellationToken);
        var known = page.First(s => s.ReportedBy.Count > 0).ReportedBy;
        loaders.Entities.Prime("institution:gone", null);

        Assert.True(loaders.Entities.TryGetLoadedMany([.. known, "institution:gone", known[0]], out var reporters));
        Assert.Equal(known.Distinct(), reporters.Select(e => e!.Id));
    }
}
