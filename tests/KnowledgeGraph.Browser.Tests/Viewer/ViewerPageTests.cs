using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using KnowledgeGraph.Browser.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests.Viewer;

[Collection(BrowserCollection.Name)]
public sealed class ViewerPageTests(BrowserServer server)
{
    private const string Cossio = "person:carlos-fernandez-de-cossio";
    private const string CastroEspin = "person:alejandro-castro-espin";
    private const string Cia = "institution:cia";

    [Fact]
    public async Task Searching_Cossio_and_expanding_him_draws_his_denials_and_the_articles_reporting_them()
    {
        var page = await OpenCossioAsync();

        var denied = await CountAsync(page, $"cy.edges('[type = \"DENIED\"][source = \"{Cossio}\"]').filter(e => e.target().data('label') === 'Claim')");
        Assert.True(denied > 0, "No DENIED edge from Cossío to a claim is drawn.");

        // Every claim he denied shows the articles that report it.
        var unreported = await page.EvaluateAsync<string[]>($$"""
            () => cy.edges('[type = "DENIED"][source = "{{Cossio}}"]').targets()
                .filter(c => c.outgoers('edge[type = "REPORTED_BY"]').targets('[label = "Article"]').length === 0)
                .map(c => c.data('name'))
            """);
        Assert.Empty(unreported);
        var style = await page.EvaluateAsync<JsonElement>($$"""
            () => { const e = cy.edges('[type = "DENIED"]')[0]; return { color: e.style('line-color'), line: e.style('line-style') }; }
            """);
        Assert.Equal("dashed", style.GetProperty("line").GetString());
        Assert.Equal("rgb(198,40,40)", style.GetProperty("color").GetString());
    }

    [Fact]
    public async Task Selecting_a_denied_edge_shows_its_evidence_quote_and_article()
    {
        var page = await OpenCossioAsync();
        var picked = await ClickADenialAsync(page);

        Assert.Equal("DENIED", picked.GetProperty("type").GetString());
        await Assertions.Expect(page.Locator("#details #evidence")).ToHaveTextAsync(picked.GetProperty("evidence").GetString()!);
        await Assertions.Expect(page.Locator("#details .badge.DENIED")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#evidence-source")).ToContainTextAsync("In ");
        await Assertions.Expect(page.Locator("#evidence-source")).Not.ToContainTextAsync("Loading");
    }

    [Fact]
    public async Task Outlets_a_statement_came_through_are_named_as_the_store_names_them()
    {
        var page = await OpenCossioAsync();
        // An edge whose intermediary outlet is not drawn: its name must come from the store, not from the id's slug.
        var via = await page.EvaluateAsync<string?>("""
            () => {
              const edge = cy.edges('[type = "DENIED"]').filter(e => String(e.data('reportedBy') || '').split('|').some(id => id && cy.getElementById(id).empty())).first();
              if (edge.empty()) return null;
              edge.emit('tap');
              return String(edge.data('reportedBy')).split('|').find(id => id && cy.getElementById(id).empty());
            }
            """);
        Assert.NotNull(via);
        using var client = server.NewClient();
        var name = (await client.GetFromJsonAsync<JsonElement>(
            $"/graphql?query={Uri.EscapeDataString($"{{ entity(id: \"{via}\") {{ name }} }}")}", TestContext.Current.CancellationToken))
            .GetProperty("data").GetProperty("entity").GetProperty("name").GetString();

        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync($"Via{name}");
    }

    [Fact]
    public async Task Path_search_from_Castro_Espin_to_the_CIA_highlights_a_path_and_the_page_is_photographed()
    {
        var page = await OpenCossioAsync();
        // A quote in the side panel makes the README picture tell the story.
        await ClickADenialAsync(page);
        await Assertions.Expect(page.Locator("#evidence-source")).Not.ToContainTextAsync("Loading");

        await page.GetByLabel("From", new() { Exact = true }).Nth(1).FillAsync("Castro Espín");
        await page.Locator("#path-to").FillAsync("CIA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find path" }).ClickAsync();

        await Assertions.Expect(page.Locator("#path-result")).ToContainTextAsync("→");
        var onPath = await page.EvaluateAsync<string[]>("() => cy.nodes('.on-path').map(n => n.id())");
        Assert.Contains(CastroEspin, onPath);
        Assert.Contains(Cia, onPath);
        Assert.True(await CountAsync(page, "cy.edges('.on-path')") >= 1);
        Assert.True(await CountAsync(page, "cy.elements('.faded')") > 0, "Elements off the path should be faded.");
        // The path's labels are drawn (cytoscape leaves out labels under 7 px) and the path is on screen.
        var pathLabels = await page.EvaluateAsync<double[]>("() => cy.nodes('.on-path').map(n => parseFloat(n.style('font-size')) * cy.zoom())");
        Assert.All(pathLabels, px => Assert.True(px >= 8, $"A label on the path is drawn at {px:0.0} px."));
        Assert.True(
            await page.EvaluateAsync<bool>("() => { const b = cy.nodes('.on-path').renderedBoundingBox(); return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height(); }"),
            "The path runs off the screen.");

        // The README's picture is refreshed only on request, so a test run leaves the work tree clean.
        var shot = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOT") == "1"
            ? Path.Combine(BrowserServer.RepoRoot, "docs", "viewer.png")
            : Path.Combine(Path.GetTempPath(), $"kg-viewer-{Guid.NewGuid():N}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(new() { Path = shot });
        Assert.True(new FileInfo(shot).Length > 10_000);
    }

    [Fact]
    public async Task Filters_hide_denials_and_articles_and_bring_them_back()
    {
        var page = await OpenCossioAsync();
        var visibleDenials = "kgViewer.shown(cy.edges('[type = \"DENIED\"]'))";
        Assert.True(await CountAsync(page, visibleDenials) > 0);
        var countsBefore = await page.Locator("#counts").TextContentAsync();

        await page.GetByLabel("Denied", new() { Exact = true }).UncheckAsync();
        Assert.Equal(0, await CountAsync(page, visibleDenials));
        var shownEdges = await CountAsync(page, "kgViewer.shown(cy.edges())");
        await Assertions.Expect(page.Locator("#counts")).ToContainTextAsync($" and {shownEdges} edges shown.");
        Assert.NotEqual(countsBefore, await page.Locator("#counts").TextContentAsync());
        Assert.True(await CountAsync(page, "kgViewer.shown(cy.edges('[type = \"SAID\"]'))") > 0, "Hiding denials must keep SAID edges.");

        await page.GetByLabel("Article", new() { Exact = true }).UncheckAsync();
        Assert.Equal(0, await CountAsync(page, "kgViewer.shown(cy.nodes('[label = \"Article\"]'))"));

        await page.GetByLabel("Denied", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Article", new() { Exact = true }).CheckAsync();
        Assert.True(await CountAsync(page, visibleDenials) > 0);

        // Contested claims (said by someone, denied by someone else) are marked and can be shown alone.
        var contested = await CountAsync(page, "cy.nodes('[label = \"Claim\"].contested')");
        var claims = await CountAsync(page, "cy.nodes('[label = \"Claim\"]')");
        Assert.InRange(contested, 1, claims - 1);
        await page.GetByLabel("Only contested claims").CheckAsync();
        Assert.Equal(contested, await CountAsync(page, "kgViewer.shown(cy.nodes('[label = \"Claim\"]'))"));
    }

    [Fact]
    public async Task Without_a_centre_the_viewer_opens_on_the_most_connected_entity_with_readable_dark_labels()
    {
        using var client = server.NewClient();
        var top = (await client.GetFromJsonAsync<JsonElement>(
            $"/graphql?query={Uri.EscapeDataString("{ entities(first: 1, orderBy: STATEMENT_COUNT) { nodes { id } } }")}", TestContext.Current.CancellationToken))
            .GetProperty("data").GetProperty("entities").GetProperty("nodes")[0].GetProperty("id").GetString()!;
        var page = await server.NewPageAsync();

        await page.GotoAsync("/viewer");
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true' && document.body.dataset.busy === 'false' && !cy.animated()");

        Assert.Equal([top], await page.EvaluateAsync<string[]>("() => cy.nodes(':selected').map(n => n.id())"));
        Assert.True(await CountAsync(page, "cy.edges()") > 0, "The opening neighbourhood has no edges.");
        await Assertions.Expect(page.Locator("#empty")).ToBeHiddenAsync();
        // Every node label as drawn at the opening zoom: at least 11 px, and dark (relative luminance well below white's).
        var labels = await page.EvaluateAsync<JsonElement>("""
            () => cy.nodes().map(n => {
              const [r, g, b] = n.style('color').match(/\d+/g).map(Number).map(c => c / 255);
              return { px: parseFloat(n.style('font-size')) * cy.zoom(), luminance: 0.2126 * r + 0.7152 * g + 0.0722 * b };
            })
            """);
        Assert.All(labels.EnumerateArray(), l =>
        {
            Assert.True(l.GetProperty("px").GetDouble() >= 11, $"A label is drawn at {l.GetProperty("px").GetDouble():0.0} px.");
            Assert.True(l.GetProperty("luminance").GetDouble() < 0.25, $"A label colour is too pale (luminance {l.GetProperty("luminance").GetDouble():0.00}).");
        });

        var shot = Path.Combine(Path.GetTempPath(), $"kg-viewer-opening-{Guid.NewGuid():N}.png");
        await page.ScreenshotAsync(new() { Path = shot });
        Assert.True(new FileInfo(shot).Length > 10_000);
        File.Delete(shot);
    }

    [Fact]
    public async Task Opening_the_same_node_twice_draws_the_same_picture()
    {
        // Nodes used to start stacked or at random offsets, and cose scatters stacked nodes in random directions:
        // the picture (and which edges a node covered) changed from one visit to the next.
        const string positions = "() => cy.nodes().map(n => `${n.id()} ${Math.round(n.position('x'))} ${Math.round(n.position('y'))}`).sort()";
        var first = await (await OpenCossioAsync()).EvaluateAsync<string[]>(positions);
        var second = await (await OpenCossioAsync()).EvaluateAsync<string[]>(positions);

        Assert.True(first.Length > 5, $"Only {first.Length} nodes were drawn.");
        Assert.Equal(first, second);
        Assert.Equal(first.Length, first.Select(p => p[(p.IndexOf(' ', StringComparison.Ordinal) + 1)..]).Distinct().Count());
    }

    [Fact]
    public async Task A_link_with_a_centre_name_opens_that_node()
    {
        var page = await server.NewPageAsync();

        await page.GotoAsync("/viewer?center=Coss%C3%ADo");

        await page.WaitForFunctionAsync($"() => window.cy && cy.getElementById('{Cossio}').selected() && document.body.dataset.busy === 'false'");
        await Assertions.Expect(page.Locator("#export-link")).ToHaveAttributeAsync("href", $"/export/graphml?center={Uri.EscapeDataString(Cossio)}&depth=1");
    }

    [Fact]
    public async Task The_search_box_works_from_the_keyboard()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/viewer");
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'");
        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Search people, institutions, places and claims" });

        await search.PressSequentiallyAsync("Castro Esp");
        await Assertions.Expect(page.Locator("#suggestions li[data-id]").First).ToBeVisibleAsync();
        await Assertions.Expect(search).ToHaveAttributeAsync("aria-expanded", "true");
        await search.PressAsync("ArrowDown");
        var chosen = await search.GetAttributeAsync("aria-activedescendant");
        var id = await page.Locator($"#{chosen}").GetAttributeAsync("data-id");
        await search.PressAsync("Enter");

        await page.WaitForFunctionAsync($"() => cy.getElementById('{id}').selected() && document.body.dataset.busy === 'false'");
        await Assertions.Expect(search).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page.Locator("#details .title")).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task Download_view_saves_exactly_what_is_drawn_after_the_filters_in_the_chosen_format()
    {
        var page = await OpenCossioAsync();
        await page.GetByLabel("Article", new() { Exact = true }).UncheckAsync();
        var shownIds = await page.EvaluateAsync<string[]>("() => kgViewer.shown(cy.nodes()).map(n => n.id())");
        var shownEdges = await CountAsync(page, "kgViewer.shown(cy.edges())");
        Assert.DoesNotContain(shownIds, id => id.StartsWith("article:", StringComparison.Ordinal));
        await page.GetByLabel("Format").SelectOptionAsync("gexf");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download view" }).ClickAsync());

        Assert.Equal("knowledge-graph-view.gexf", download.SuggestedFilename);
        var gexf = XDocument.Load(await download.PathAsync());
        XNamespace ns = "http://gexf.net/1.3";
        Assert.Equal(shownIds.Order(StringComparer.Ordinal), gexf.Descendants(ns + "node").Select(n => (string)n.Attribute("id")!).Order(StringComparer.Ordinal));
        Assert.Equal(shownEdges, gexf.Descendants(ns + "edge").Count());
        Assert.Contains(gexf.Descendants(ns + "edge"), e => (string?)e.Attribute("label") == "DENIED");
    }

    [Fact]
    public async Task The_neighbourhood_link_exports_the_chosen_node_from_the_store()
    {
        var page = await OpenCossioAsync();
        await page.GetByLabel("Format").SelectOptionAsync("gexf");
        var link = page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Download neighbourhood of ") });

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());

        Assert.Equal("knowledge-graph-person-carlos-fernandez-de-cossio-depth1.gexf", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Contains("http://gexf.net/1.3", text, StringComparison.Ordinal);
        Assert.Contains(Cossio, text, StringComparison.Ordinal);
    }

    private async Task<IPage> OpenCossioAsync()
    {
        var page = await server.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync("/viewer");
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true' && !!window.cy");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search people, institutions, places and claims" }).FillAsync("Cossío");
        var suggestion = page.Locator($"#suggestions li[data-id=\"{Cossio}\"]");
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        await suggestion.ClickAsync();

        await page.WaitForFunctionAsync($"() => cy.getElementById('{Cossio}').nonempty() && cy.edges().length > 0 && document.body.dataset.busy === 'false' && !cy.animated()");
        Assert.Empty(errors);
        return page;
    }

    private static async Task<JsonElement> ClickADenialAsync(IPage page)
    {
        // A real click on an edge's midpoint, choosing an edge whose midpoint no node (or node label) covers.
        var edge = await page.EvaluateAsync<JsonElement>($$"""
            () => {
              cy.stop(true, true); // a running pan animation would move the edge after we measured it
              const edges = cy.edges('[type = "DENIED"][source = "{{Cossio}}"]');
              cy.fit(edges.union(edges.connectedNodes()), 80);
              const box = document.getElementById('cy').getBoundingClientRect();
              for (const e of edges) {
                const p = e.renderedMidpoint();
                const covered = kgViewer.shown(cy.nodes()).some(n => {
                  const b = n.renderedBoundingBox({ includeLabels: true });
                  return p.x >= b.x1 - 6 && p.x <= b.x2 + 6 && p.y >= b.y1 - 6 && p.y <= b.y2 + 6;
                });
                // Nor may another kind of edge pass within a few pixels of it (a REPORTED_BY line crossing there).
                const crossed = cy.edges().filter(o => o.visible() && o.data('type') !== 'DENIED').some(o => {
                  const a = o.renderedSourceEndpoint(), c = o.renderedTargetEndpoint();
                  const dx = c.x - a.x, dy = c.y - a.y, len = dx * dx + dy * dy;
                  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
                  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy)) < 8;
                });
                if (!covered && !crossed) return { found: true, x: box.left + p.x, y: box.top + p.y };
              }
              return { found: false, x: 0, y: 0 };
            }
            """);
        Assert.True(edge.GetProperty("found").GetBoolean(), "Every DENIED edge's midpoint is under a node; the layout hides them.");

        await page.Mouse.ClickAsync(edge.GetProperty("x").GetSingle(), edge.GetProperty("y").GetSingle());

        // Parallel statements of one claim lie close together: read which edge the click picked.
        await page.WaitForFunctionAsync("() => cy.edges(':selected').length === 1", null, new() { Timeout = 20_000 });
        var picked = await page.EvaluateAsync<JsonElement>("() => { const e = cy.edges(':selected')[0]; return { type: e.data('type'), evidence: e.data('evidence') }; }");
        return picked;
    }

    private static Task<int> CountAsync(IPage page, string collection) => page.EvaluateAsync<int>($"() => {collection}.length");
}
