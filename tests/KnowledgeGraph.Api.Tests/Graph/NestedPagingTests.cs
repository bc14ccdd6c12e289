using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Graph;

/// <summary>The nested lists are cursor connections: first/after windows, page info, and a total counted only when asked.</summary>
public sealed class NestedPagingTests : IAsyncLifetime
{
    private const string Denials = """
        query($first: Int, $after: String) { entity(name: "Fernández de Cossío") {
          denied(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id date } } } } }
        """;

    private CountingGraphStore? _store;
    private ApiFactory _factory = null!;
    private GraphQLClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _factory = new ApiFactory(wrapStore: inner => _store = new CountingGraphStore(inner));
        _client = new GraphQLClient(_factory.CreateClient());
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Pages_of_two_follow_each_other_by_cursor_and_add_up_to_the_whole_list()
    {
        var whole = Denied(await _client.DataAsync(Denials, new { first = 100 }));
        var ids = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = Denied(await _client.DataAsync(Denials, new { first = 2, after }));
            pages++;
            Assert.Equal(6, page["totalCount"]!.GetValue<int>());
            Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            ids.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(3, pages);
        Assert.Equal(whole["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()), ids);
        Assert.Equal(6, ids.Distinct().Count());
        var dates = whole["edges"]!.AsArray().Select(e => e!["node"]!["date"]!.GetValue<string>()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task The_list_is_counted_only_when_totalCount_is_selected()
    {
        await _client.DataAsync("{ stats { articles } }");
        var store = _store!;
        store.Reset();
        store.Counting = true;
        await _client.DataAsync("""{ entity(name: "Fernández de Cossío") { denied(first: 3) { nodes { id } } } }""");
        var withoutTotal = store.Calls.GetValueOrDefault("CountLinksAsync");
        await _client.DataAsync("""{ entity(name: "Fernández de Cossío") { denied(first: 3) { totalCount } } }""");
        store.Counting = false;

        Assert.Equal(0, withoutTotal);
        Assert.Equal(1, store.Calls.GetValueOrDefault("CountLinksAsync"));
    }

    [Fact]
    public async Task A_cursor_that_is_not_ours_is_refused_with_BAD_ARGUMENT()
    {
        var response = await _client.PostAsync(Denials, new { first = 2, after = "not-a-cursor" });

        Assert.Equal(["BAD_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("'after'", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static JsonNode Denied(JsonNode data) => data["entity"]!["denied"]!;
}
