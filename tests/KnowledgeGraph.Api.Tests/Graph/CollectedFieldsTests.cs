using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Graph;

/// <summary>
/// An object's sub-fields are collected once per object type and selection set of a request (CollectedFieldsStrategy):
/// every object of a list must still get the fields its own type, the request's variables and merged repeats give it.
/// </summary>
public sealed class CollectedFieldsTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Fact]
    public async Task Objects_of_two_types_in_one_list_each_get_the_fields_of_their_own_fragment()
    {
        var data = await api.Client.DataAsync("""
            { entities(first: 100, orderBy: NAME) { nodes { __typename id ... on Person { name } ... on Institution { kind } } } }
            """);

        var nodes = Nodes(data["entities"]!);
        Assert.Contains(nodes, n => Type(n) == "Person");
        Assert.Contains(nodes, n => Type(n) == "Institution");
        Assert.All(nodes, n => Assert.Equal(
            Type(n) switch { "Person" => ["__typename", "id", "name"], "Institution" => ["__typename", "id", "kind"], _ => new[] { "__typename", "id" } },
            Keys(n)));
    }

    [Fact]
    public async Task Skip_and_include_follow_each_request_s_variables_in_every_object_of_a_list()
    {
        const string Query = "query($skip: Boolean!, $include: Boolean!) { entities(first: 5, orderBy: NAME) { nodes { id name @skip(if: $skip) kind @include(if: $include) } } }";

        foreach (var (skip, include) in new[] { (true, false), (false, true), (true, true), (false, false), (true, false) })
        {
            var nodes = Nodes((await api.Client.DataAsync(Query, new { skip, include }))["entities"]!);

            string[] expected = [.. new[] { "id" }.Concat(skip ? [] : ["name"]).Concat(include ? ["kind"] : [])];
            Assert.Equal(5, nodes.Count);
            Assert.All(nodes, n => Assert.Equal(expected, Keys(n)));
        }
    }

    [Fact]
    public async Task A_repeated_field_is_merged_in_every_object_of_a_list()
    {
        var data = await api.Client.DataAsync("""
            { claims(first: 5, orderBy: TEXT) { nodes { id statements(first: 3) { nodes { id } } statements(first: 3) { nodes { stance } totalCount } } nodes { text } } }
            """);

        var claims = Nodes(data["claims"]!);
        Assert.Equal(5, claims.Count);
        Assert.All(claims, c =>
        {
            Assert.Equal(["id", "statements", "text"], Keys(c));
            Assert.Equal(["nodes", "totalCount"], Keys(c["statements"]!));
            var statements = Nodes(c["statements"]!);
            Assert.NotEmpty(statements);
            Assert.All(statements, s => Assert.Equal(["id", "stance"], Keys(s)));
        });
    }

    private static List<JsonObject> Nodes(JsonNode connection) => [.. connection["nodes"]!.AsArray().Select(n => n!.AsObject())];

    private static string? Type(JsonObject node) => node["__typename"]?.GetValue<string>();

    private static string[] Keys(JsonNode node) => [.. node.AsObject().Select(p => p.Key)];
}
