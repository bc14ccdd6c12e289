using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using KnowledgeGraph.Browser.Tests.Support;

namespace KnowledgeGraph.Browser.Tests.Viewer;

[Collection(BrowserCollection.Name)]
public sealed class ExportEndpointTests(BrowserServer server)
{
    [Fact]
    public async Task A_neighbourhood_is_streamed_as_a_named_download_of_the_right_type()
    {
        using var client = server.NewClient();

        using var response = await client.GetAsync("/export/gexf?center=Coss%C3%ADo&depth=2", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/gexf+xml", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("knowledge-graph-person-carlos-fernandez-de-cossio-depth2.gexf", disposition.FileNameStar ?? disposition.FileName?.Trim('"'));
        var gexf = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        XNamespace ns = "http://gexf.net/1.3";
        Assert.Contains(gexf.Descendants(ns + "node"), n => (string?)n.Attribute("id") == "person:carlos-fernandez-de-cossio");
    }

    [Fact]
    public async Task The_whole_graph_as_csv_is_a_zip_of_two_neo4j_tables()
    {
        using var client = server.NewClient();

        var bytes = await client.GetByteArrayAsync("/export/csv", TestContext.Current.CancellationToken);

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(["nodes.csv", "relationships.csv"], zip.Entries.Select(e => e.FullName));
        using var reader = new StreamReader(zip.GetEntry("nodes.csv")!.Open());
        Assert.StartsWith("id:ID,:LABEL,name", await reader.ReadLineAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/export/pdf", "Unknown export format \"pdf\"")]
    [InlineData("/export/graphml?center=Nobody%20Zzqx", "No node or entity matches the centre \"Nobody Zzqx\"")]
    [InlineData("/export/graphml?center=Coss%C3%ADo&depth=9", "The depth must be between 1 and 3, got 9.")]
    [InlineData("/export/dot?depth=two", "The depth must be a whole number from 1 to 3, got \"two\".")]
    public async Task Bad_export_requests_get_400_with_a_plain_problem_message(string url, string message)
    {
        using var client = server.NewClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith(message, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_format_list_links_every_export()
    {
        using var client = server.NewClient();

        using var list = JsonDocument.Parse(await client.GetStringAsync("/export", TestContext.Current.CancellationToken));

        Assert.Equal(
            ["graphml", "gexf", "cytoscape", "csv", "dot"],
            list.RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task The_viewer_page_is_served_with_its_script_and_cytoscape()
    {
        using var client = server.NewClient();

        var html = await client.GetStringAsync("/viewer", TestContext.Current.CancellationToken);
        using var script = await client.GetAsync("/viewer/viewer.js", TestContext.Current.CancellationToken);
        using var cytoscape = await client.GetAsync("/vendor/cytoscape.min.js", TestContext.Current.CancellationToken);

        Assert.Contains("/viewer/viewer.js", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cytoscape.StatusCode);
    }

    [Fact]
    public async Task A_posted_view_is_written_as_given_with_every_string_escaped()
    {
        using var client = server.NewClient();
        const string view = """
            { "nodes": [
                { "id": "person:a", "label": "Person", "name": "Ana \"La Jefa\" <Ruiz> & Co", "properties": [ { "key": "aliases", "value": "Ана" } ] },
                { "id": "claim:b", "label": "Claim", "name": "talks\nhave begun", "properties": { "contested": true } } ],
              "edges": [
                { "id": "e1", "type": "DENIED", "source": "person:a", "target": "claim:b", "properties": [ { "key": "date", "value": "2026-02-03" } ] },
                { "id": "e2", "type": "SAID", "source": "person:a", "target": "claim:elsewhere" } ] }
            """;

        using var response = await client.PostAsync("/export/graphml", new StringContent(view, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("knowledge-graph-view.graphml", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        var graphml = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(["person:a", "claim:b"], graphml.Descendants(ns + "node").Select(n => (string)n.Attribute("id")!));
        Assert.Contains(graphml.Descendants(ns + "data"), d => d.Value == "Ana \"La Jefa\" <Ruiz> & Co");
        Assert.Contains(graphml.Descendants(ns + "data"), d => d.Value == "Ана");
        // The edge to a node outside the view is left out rather than left dangling.
        Assert.Equal(["e1"], graphml.Descendants(ns + "edge").Select(e => (string)e.Attribute("id")!));
    }

    [Theory]
    [InlineData("[1, 2]", "The body must be a JSON object")]
    [InlineData("{ \"nodes\": [ { \"label\": \"Person\" } ] }", "nodes[0].id is missing or empty.")]
    [InlineData("{ \"nodes\": [], \"edges\": [ { \"id\": \"e\", \"type\": \"SAID\", \"source\": \"a\", \"target\": 7 } ] }", "edges[0].target must be a string.")]
    [InlineData("{ \"nodes\": ", "The body is not valid JSON")]
    public async Task A_bad_posted_view_gets_400_naming_the_field(string body, string message)
    {
        using var client = server.NewClient();

        using var response = await client.PostAsync("/export/dot", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith(message, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posted_view_above_the_node_limit_is_refused_with_the_limit()
    {
        using var client = server.NewClient();
        var nodes = string.Join(",", Enumerable.Range(0, 5001).Select(i => $$"""{"id":"n{{i}}","label":"Person"}"""));

        using var response = await client.PostAsync("/export/csv", new StringContent($$"""{"nodes":[{{nodes}}]}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 5000 nodes", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
