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
}
