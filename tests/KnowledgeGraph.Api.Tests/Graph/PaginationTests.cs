using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Graph;

public sealed class PaginationTests(SampleApi api) : IClassFixture<SampleApi>
{
    private const string PageQuery = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          entities(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id } }
            nodes { id }
          }
        }
        """;

    [Fact]
    public async Task Forward_paging_with_first_and_after_visits_every_entity_once_in_order()
    {
        var all = await AllIdsAsync();
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = (await api.Client.DataAsync(PageQuery, new { first = 10, after }))["entities"]!;
            Assert.Equal(all.Count, page["totalCount"]!.GetValue<int>());
            Assert.Equal(pages > 0, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            seen.AddRange(Ids(page));
            pages++;
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(all, seen);
        Assert.Equal((all.Count + 9) / 10, pages);
    }

    [Fact]
    public async Task Backward_paging_with_last_and_before_visits_every_entity_once_in_order()
    {
        var all = await AllIdsAsync();
        var seen = new List<string>();
        string? before = null;
        while (true)
        {
            var page = (await api.Client.DataAsync(PageQuery, new { last = 7, before }))["entities"]!;
            seen.InsertRange(0, Ids(page));
            if (!page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>())
            {
                break;
            }

            before = page["pageInfo"]!["startCursor"]!.GetValue<string>();
        }

        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task Edges_and_nodes_hold_the_same_items_and_cursors_resume_after_an_edge()
    {
        var page = (await api.Client.DataAsync(PageQuery, new { first = 5 }))["entities"]!;
        var edges = page["edges"]!.AsArray();
        Assert.Equal(Ids(page), edges.Select(e => e!["node"]!["id"]!.GetValue<string>()));
        var resumed = (await api.Client.DataAsync(PageQuery, new { first = 2, after = edges[2]!["cursor"]!.GetValue<string>() }))["entities"]!;
        Assert.Equal(Ids(page).Skip(3).Take(2), Ids(resumed));
    }

    [Fact]
    public async Task A_cursor_from_elsewhere_is_rejected_with_BAD_ARGUMENT()
    {
        var response = await api.Client.PostAsync(PageQuery, new { first = 5, after = "not-a-cursor" });
        Assert.Equal(["BAD_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Without_first_or_last_a_page_holds_twenty_items()
    {
        var page = (await api.Client.DataAsync(PageQuery))["entities"]!;
        Assert.Equal(20, Ids(page).Count);
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    private async Task<List<string>> AllIdsAsync()
    {
        var page = (await api.Client.DataAsync(PageQuery, new { first = 100 }))["entities"]!;
        var ids = Ids(page);
        Assert.True(ids.Count > 20, "The sample should hold more than 20 entities for paging to mean anything.");
        Assert.False(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        return ids;
    }

    private static List<string> Ids(JsonNode page) => [.. page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];
}
