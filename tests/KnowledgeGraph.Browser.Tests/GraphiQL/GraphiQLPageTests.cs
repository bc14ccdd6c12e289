using System.Text.Json;
using KnowledgeGraph.Browser.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests.GraphiQL;

[Collection(BrowserCollection.Name)]
public sealed class GraphiQLPageTests(BrowserServer server)
{
    [Fact]
    public async Task GraphiQL_opens_with_the_example_tabs_runs_the_first_and_shows_its_data()
    {
        var page = await server.NewPageAsync();
        var failedRequests = new List<string>();
        page.RequestFailed += (_, request) => failedRequests.Add(request.Url);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failedRequests.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync("/graphiql");
        await Assertions.Expect(page.Locator(".graphiql-tab")).ToHaveCountAsync(5, new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("CossioDenials");

        await page.Locator(".graphiql-execute-button").ClickAsync();
        var result = page.Locator(".result-window");
        await Assertions.Expect(result).ToContainTextAsync("\"data\"", new() { Timeout = 20_000 });
        await Assertions.Expect(result).ToContainTextAsync("Carlos Fernández de Cossío");
        await Assertions.Expect(result).Not.ToContainTextAsync("\"errors\"");
        Assert.Empty(failedRequests);
    }

    [Fact]
    public async Task The_path_example_tab_answers_with_the_CIA_node()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/graphiql");
        await page.Locator(".graphiql-tab", new() { HasText = "CastroEspinToCia" }).ClickAsync();

        // Run at once, as a user would: GraphiQL may still hold the first tab's operation name, which the page's
        // fetcher must not send with this tab's query.
        var response = await page.RunAndWaitForResponseAsync(
            () => page.Locator(".graphiql-execute-button").ClickAsync(),
            r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && r.Request.Method == "POST"
                 && (r.Request.PostData ?? "").Contains("CastroEspinToCia", StringComparison.Ordinal));

        var text = await response.TextAsync();
        using var body = JsonDocument.Parse(text);
        Assert.True(body.RootElement.TryGetProperty("data", out var data), $"The path query answered without data: {text}");
        var path = data.GetProperty("path");
        var ids = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Equal("institution:cia", ids[^1]);

        // The result pane shows the same answer (its top lines, which the editor always renders).
        var result = page.Locator(".result-window");
        await Assertions.Expect(result).ToContainTextAsync("\"path\"");
        await Assertions.Expect(result).Not.ToContainTextAsync("\"errors\"");
    }
}
