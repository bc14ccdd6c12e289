using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Contract;

// Hubs: nodes with more relationships than a network's limit or a traversal's per-node cap. Networks and paths must stay
// bounded around them (SQLite reads a capped number of relationships per node and hop) and still be right.
public abstract partial class GraphStoreContract
{
    private const string Hub = "person:hub";
    private const string Favourite = "claim:hub-favourite";
    private const string HubClaim = "claim:everyone-says-it";
    private const string FarEnd = "person:far-end";

    [Fact]
    public async Task A_hub_network_holds_at_most_the_limit_and_the_most_connected_neighbour_first()
    {
        await using var store = await EmptyStoreAsync();
        await store.UpsertAsync(HubDocuments(), Ct);

        var network = await store.GetNetworkAsync(new NetworkQuery(Hub, 1, null, 20), Ct);

        Assert.NotNull(network);
        Assert.True(network.Truncated);
        Assert.Equal(20, network.Nodes.Count);
        Assert.Equal(Hub, network.Nodes[0].Id);
        // The hub said the favourite three times (the newest statements), every other claim once.
        Assert.Equal(Favourite, network.Nodes[1].Id);
        Assert.Equal(3, network.Edges.Count(e => e.Source == Hub && e.Target == Favourite && e.Type == GraphLabels.Said));
        AssertEdgesJoinNodes(network);
        var joined = network.Edges.SelectMany(e => (string[])[e.Source, e.Target]).ToHashSet(StringComparer.Ordinal);
        Assert.All(network.Nodes, n => Assert.Contains(n.Id, joined));
    }

    [Fact]
    public async Task A_deeper_hub_network_stays_within_the_limit_and_joins_every_node()
    {
        await using var store = await EmptyStoreAsync();
        await store.UpsertAsync(HubDocuments(), Ct);

        var network = await store.GetNetworkAsync(new NetworkQuery(HubClaim, 2, null, 30), Ct);

        Assert.NotNull(network);
        Assert.True(network.Truncated);
        Assert.Equal(30, network.Nodes.Count);
        Assert.Equal(network.Nodes.Count, network.Nodes.Select(n => n.Id).Distinct().Count());
        AssertEdgesJoinNodes(network);
        var joined = network.Edges.SelectMany(e => (string[])[e.Source, e.Target]).ToHashSet(StringComparer.Ordinal);
        Assert.All(network.Nodes, n => Assert.Contains(n.Id, joined));
    }

    [Fact]
    public async Task A_path_runs_through_a_hub_with_more_relationships_than_any_cap()
    {
        await using var store = await EmptyStoreAsync();
        await store.UpsertAsync(HubDocuments(), Ct);

        // 120 speakers said the hub claim; the first and the last meet only there.
        var through = await store.FindPathAsync("person:voice-0", "person:voice-119", 6, Ct);
        // The far end said only another claim, with the last speaker: four hops, the hub claim in the middle.
        var far = await store.FindPathAsync("person:voice-0", FarEnd, 6, Ct);

        Assert.NotNull(through);
        Assert.Equal(["person:voice-0", HubClaim, "person:voice-119"], through.Nodes.Select(n => n.Id));
        Assert.NotNull(far);
        Assert.Equal(4, far.Edges.Count);
        Assert.Equal(HubClaim, far.Nodes[1].Id);
        Assert.Equal(FarEnd, far.Nodes[^1].Id);
        for (var i = 0; i < far.Edges.Count; i++)
        {
            Assert.Equal(Sorted(far.Nodes[i].Id, far.Nodes[i + 1].Id), Sorted(far.Edges[i].Source, far.Edges[i].Target));
        }
    }

    /// <summary>
    /// A hub speaker with 150 claims said once each and a favourite said three times in the newest articles; a hub claim
    /// said by 120 speakers; a far end joined to the last of them by another claim.
    /// </summary>
    private static List<ExtractedDocument> HubDocuments()
    {
        var hub = Some.Entity(Hub, EntityKind.Person, "Hub Speaker", []);
        var documents = new List<ExtractedDocument>();
        for (var d = 0; d < 15; d++)
        {
            var drafts = Enumerable.Range(d * 10, 10)
                .Select(c => Some.Statement(Hub, Stance.Said, $"claim:hub-{c}", $"Hub claim number {c}", $"the hub said claim {c}", [], []))
                .ToArray();
            documents.Add(Some.Document($"article:hub-{d}", $"hub-{d}.txt", $"Hub {d}", "Hub Times", $"2026-01-{d + 1:00}", [hub], drafts));
        }

        for (var d = 0; d < 3; d++)
        {
            documents.Add(Some.Document($"article:favourite-{d}", $"favourite-{d}.txt", $"Favourite {d}", "Hub Times", $"2026-02-{d + 1:00}", [hub],
                Some.Statement(Hub, Stance.Said, Favourite, "The favourite claim", $"the hub repeated the favourite claim, time {d}", [], [])));
        }

        for (var d = 0; d < 12; d++)
        {
            var voices = Enumerable.Range(d * 10, 10).Select(v => Some.Entity($"person:voice-{v}", EntityKind.Person, $"Voice {v}", [])).ToList();
            var drafts = voices.Select(v => Some.Statement(v.Id, Stance.Said, HubClaim, "Everyone says it", $"{v.Name} says it too", [], [])).ToArray();
            documents.Add(Some.Document($"article:voices-{d}", $"voices-{d}.txt", $"Voices {d}", "Voice Daily", $"2026-03-{d + 1:00}", voices, drafts));
        }

        var last = Some.Entity("person:voice-119", EntityKind.Person, "Voice 119", []);
        var farEnd = Some.Entity(FarEnd, EntityKind.Person, "Far End", []);
        documents.Add(Some.Document("article:far", "far.txt", "Far", null, "2026-04-01", [last, farEnd],
            Some.Statement(last.Id, Stance.Said, "claim:far-claim", "A far claim", "Voice 119 made a far claim", [], []),
            Some.Statement(FarEnd, Stance.Denied, "claim:far-claim", "A far claim", "Far End denied the far claim", [], [])));
        return documents;
    }
}
