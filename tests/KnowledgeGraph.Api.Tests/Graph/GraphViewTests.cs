using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Graph;

/// <summary>The shapes the network viewer relies on: search, network and path.</summary>
public sealed class GraphViewTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Fact]
    public async Task Network_around_a_name_holds_the_centre_and_only_edges_between_its_nodes()
    {
        var data = await api.Client.DataAsync("""
            { network(center: "CIA", depth: 2, limit: 200) { truncated nodes { id label name properties { key value } } edges { id type source target properties { key value } } } }
            """);
        var network = data["network"]!;
        var ids = network["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Contains("institution:cia", ids);
        Assert.Contains("person:alejandro-castro-espin", ids);
        Assert.All(network["edges"]!.AsArray(), e =>
        {
            Assert.Contains(e!["source"]!.GetValue<string>(), ids);
            Assert.Contains(e["target"]!.GetValue<string>(), ids);
        });
        Assert.False(network["truncated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Network_edges_carry_their_properties_when_a_fragment_asks_and_are_the_same_edges_without()
    {
        var data = await api.Client.DataAsync("""
            query { bare: network(center: "CIA", depth: 2) { edges { id type source target } }
                    full: network(center: "CIA", depth: 2) { edges { ...drawn } } }
            fragment drawn on NetworkEdge { id type source target ... on NetworkEdge { properties { key value } } }
            """);
        string Shape(System.Text.Json.Nodes.JsonNode? e) => $"{e!["id"]} {e["type"]} {e["source"]} {e["target"]}";
        var bare = data["bare"]!["edges"]!.AsArray();
        var full = data["full"]!["edges"]!.AsArray();

        Assert.Equal(full.Select(Shape), bare.Select(Shape));
        var statement = full.First(e => e!["type"]!.GetValue<string>() is "SAID" or "DENIED");
        Assert.Contains(statement!["properties"]!.AsArray(), p => p!["key"]!.GetValue<string>() == "evidence" && p["value"]!.GetValue<string>().Length > 0);
    }

    [Fact]
    public async Task Network_kinds_keep_only_those_labels_plus_the_centre_and_limit_truncates()
    {
        var data = await api.Client.DataAsync("""
            { kept: network(center: "person:carlos-fernandez-de-cossio", depth: 2, kinds: ["claim"]) { nodes { id label } }
              cut: network(center: "person:carlos-fernandez-de-cossio", depth: 2, limit: 3) { truncated nodes { id } } }
            """);
        Assert.All(data["kept"]!["nodes"]!.AsArray(), n => Assert.True(
            n!["label"]!.GetValue<string>() == "Claim" || n["id"]!.GetValue<string>() == "person:carlos-fernandez-de-cossio", n.ToJsonString()));
        Assert.True(data["cut"]!["truncated"]!.GetValue<bool>());
        Assert.Equal(3, data["cut"]!["nodes"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("""{ network(center: "CIA", depth: 4) { truncated } }""", "BAD_ARGUMENT")]
    [InlineData("""{ network(center: "CIA", kinds: ["Spaceship"]) { truncated } }""", "BAD_ARGUMENT")]
    [InlineData("""{ network(center: "Nobody Atall Xyz") { truncated } }""", "NOT_FOUND")]
    [InlineData("""{ path(from: "CIA", to: "MINREX", maxHops: 7) { length } }""", "BAD_ARGUMENT")]
    public async Task Out_of_range_or_unknown_graph_arguments_fail_with_their_code(string query, string code)
    {
        Assert.Equal([code], (await api.Client.PostAsync(query)).ErrorCodes);
    }

    [Fact]
    public async Task Search_ranks_hits_across_kinds_with_marked_snippets()
    {
        var data = await api.Client.DataAsync("""{ search(text: "negotiating", first: 5) { kind id title snippet score } }""");
        var hits = data["search"]!.AsArray();
        Assert.NotEmpty(hits);
        Assert.Contains(hits, h => h!["kind"]!.GetValue<string>() == "Claim" && h["id"]!.GetValue<string>() == "claim:a3ad7aee140c7bf5");
        Assert.All(hits, h => Assert.Contains("[", h!["snippet"]!.GetValue<string>(), StringComparison.Ordinal));
        var scores = hits.Select(h => h!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task Stats_count_the_sample_and_break_statements_down()
    {
        var data = await api.Client.DataAsync("""
            { stats { articles claims statements byStance { key count } byDay { key count } } }
            """);
        var stats = data["stats"]!;
        Assert.Equal(5, stats["articles"]!.GetValue<int>());
        Assert.Equal(23, stats["claims"]!.GetValue<int>());
        var byStance = stats["byStance"]!.AsArray().Sum(b => b!["count"]!.GetValue<int>());
        Assert.Equal(stats["statements"]!.GetValue<int>(), byStance);
        Assert.Equal(["2026-02-02", "2026-02-05"], stats["byDay"]!.AsArray().Select(b => b!["key"]!.GetValue<string>()));
    }
}
