using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Graph;

/// <summary>Names resolve to one entity or say which ones they could mean; every id the API hands out resolves.</summary>
public sealed class EntityNameTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Fact]
    public async Task Castro_is_ambiguous_and_the_error_lists_both_Castros_with_their_ids()
    {
        var response = await api.Client.PostAsync("""{ entity(name: "Castro") { id } }""");

        Assert.Equal(["AMBIGUOUS_NAME"], response.ErrorCodes);
        var message = response.Errors[0]!["message"]!.GetValue<string>();
        Assert.Contains("Raúl Castro (person:raul-castro)", message, StringComparison.Ordinal);
        Assert.Contains("Alejandro Castro Espín (person:alejandro-castro-espin)", message, StringComparison.Ordinal);
        Assert.Null(response.Json["data"]!["entity"]);
    }

    [Theory]
    [InlineData("Raúl Castro", "person:raul-castro")]
    [InlineData("raul castro", "person:raul-castro")]
    [InlineData("Castro Espín", "person:alejandro-castro-espin")]
    [InlineData("Trump", "person:donald-trump")]
    [InlineData("Cuba", "place:cuba")]
    [InlineData("Fernández de Cossío", "person:carlos-fernandez-de-cossio")]
    public async Task A_full_name_or_a_name_only_one_entity_holds_resolves(string name, string id)
    {
        var data = await api.Client.DataAsync("query($n: String) { entity(name: $n) { id } }", new { n = name });

        Assert.Equal(id, data["entity"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Arguments_that_take_names_are_ambiguous_the_same_way()
    {
        var path = await api.Client.PostAsync("""{ path(from: "Castro", to: "CIA") { length } }""");
        var timeline = await api.Client.PostAsync("""{ timeline(speaker: "Castro") { id } }""");

        Assert.Equal(["AMBIGUOUS_NAME"], path.ErrorCodes);
        Assert.Contains("'from'", path.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["AMBIGUOUS_NAME"], timeline.ErrorCodes);
    }

    [Fact]
    public async Task Every_id_search_hands_out_resolves_through_node()
    {
        var hits = (await api.Client.DataAsync("""{ search(text: "negotiation", first: 30) { kind id } }"""))["search"]!.AsArray();
        Assert.Contains(hits, h => h!["kind"]!.GetValue<string>() == "Statement");

        foreach (var hit in hits)
        {
            var id = hit!["id"]!.GetValue<string>();
            var node = (await api.Client.DataAsync("query($id: ID!) { node(id: $id) { id __typename } }", new { id }))["node"];
            Assert.True(node is not null, $"node(id: \"{id}\") is null");
            Assert.Equal(id, node["id"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Statement_ids_from_a_connection_resolve_through_node_as_Statements()
    {
        var data = await api.Client.DataAsync("""{ entity(name: "Fernández de Cossío") { denied(first: 1) { nodes { id evidence } } } }""");
        var statement = data["entity"]!["denied"]!["nodes"]![0]!;

        var node = (await api.Client.DataAsync("query($id: ID!) { node(id: $id) { __typename ... on Statement { evidence } } }",
            new { id = statement["id"]!.GetValue<string>() }))["node"]!;

        Assert.Equal("Statement", node["__typename"]!.GetValue<string>());
        Assert.Equal(statement["evidence"]!.GetValue<string>(), node["evidence"]!.GetValue<string>());
    }
}
