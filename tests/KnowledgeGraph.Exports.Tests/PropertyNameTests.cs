using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using KnowledgeGraph.Exports.Tests.Support;

namespace KnowledgeGraph.Exports.Tests;

/// <summary>A column has one name and one type in every format, so a user moving between tools finds the same data.</summary>
public sealed class PropertyNameTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private static readonly XNamespace GraphML = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    [Fact]
    public async Task Edge_and_node_properties_have_the_same_names_in_GraphML_GEXF_CSV_and_Cytoscape_JSON()
    {
        var graphml = XDocument.Parse(await ExportTextAsync("graphml"));
        var gexf = XDocument.Parse(await ExportTextAsync("gexf"));
        var (csvNodes, csvEdges) = await CsvHeadersAsync();
        var (cyNodes, cyEdges) = await CytoscapeKeysAsync();

        // "label" is each format's display text (GraphML and Cytoscape data, GEXF's own label attribute): not a column.
        var graphmlEdges = Keys(graphml.Root!.Elements(GraphML + "key"), "edge");
        graphmlEdges.Remove("label");
        var gexfEdges = GexfTitles(gexf, "edge");
        Assert.Superset(new HashSet<string> { "date", "evidenceStart", "evidenceEnd", "evidence", "stance", "extractedBy" }, graphmlEdges);
        Assert.Equal(graphmlEdges, gexfEdges);
        Assert.Equal(graphmlEdges.Where(n => n != "type").ToHashSet(), csvEdges);
        // Cytoscape JSON leaves out empty values, so an edge column may be missing where no edge has it.
        Assert.Subset(graphmlEdges, cyEdges);
        Assert.Superset(new HashSet<string> { "date", "evidenceStart", "evidenceEnd", "type", "extractedBy" }, cyEdges);
        Assert.DoesNotContain("start", cyEdges);
        Assert.DoesNotContain("articleId", cyEdges);

        var graphmlNodes = Keys(graphml.Root!.Elements(GraphML + "key"), "node");
        graphmlNodes.Remove("label");
        Assert.Contains("kind", graphmlNodes);
        Assert.Equal(graphmlNodes, GexfTitles(gexf, "node"));
        // neo4j-admin CSV carries the kind as its :LABEL column.
        Assert.Equal(graphmlNodes.Where(n => n != "kind").ToHashSet(), csvNodes);
        Assert.Subset(graphmlNodes, cyNodes);
        Assert.Superset(new HashSet<string> { "kind", "name", "title", "saidCount", "contested" }, cyNodes);
    }

    [Fact]
    public async Task Cytoscape_JSON_gives_offsets_and_counts_as_numbers_and_flags_as_booleans()
    {
        using var json = JsonDocument.Parse(await ExportTextAsync("cytoscape"));
        var elements = json.RootElement.GetProperty("elements");
        var statements = elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data"))
            .Where(d => d.TryGetProperty("evidenceStart", out _)).ToList();
        Assert.NotEmpty(statements);
        Assert.All(statements, d =>
        {
            Assert.Equal(JsonValueKind.Number, d.GetProperty("evidenceStart").ValueKind);
            Assert.Equal(JsonValueKind.Number, d.GetProperty("evidenceEnd").ValueKind);
            Assert.True(d.GetProperty("evidenceEnd").GetInt32() > d.GetProperty("evidenceStart").GetInt32());
        });
        var claims = elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data"))
            .Where(d => d.GetProperty("kind").GetString() == "Claim").ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, d =>
        {
            Assert.Equal(JsonValueKind.Number, d.GetProperty("saidCount").ValueKind);
            Assert.Contains(d.GetProperty("contested").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        });
        Assert.Contains(claims, d => d.GetProperty("contested").ValueKind == JsonValueKind.True);
    }

    [Fact]
    public void Cyjs_is_accepted_as_the_Cytoscape_JSON_format()
    {
        Assert.Same(GraphExporter.GetFormat("cytoscape"), GraphExporter.GetFormat("cyjs"));
        Assert.Same(GraphExporter.GetFormat("cytoscape"), GraphExporter.GetFormat("CYJS"));
        var error = Assert.Throws<ExportException>(() => GraphExporter.GetFormat("cytoscape.js"));
        Assert.Contains("cyjs", error.Message, StringComparison.Ordinal);
    }

    private static HashSet<string> Keys(IEnumerable<XElement> keys, string domain) =>
        keys.Where(k => (string?)k.Attribute("for") == domain).Select(k => (string)k.Attribute("attr.name")!).ToHashSet();

    private static HashSet<string> GexfTitles(XDocument gexf, string domain) =>
        gexf.Descendants(Gexf + "attributes").Where(a => (string?)a.Attribute("class") == domain)
            .Elements(Gexf + "attribute").Select(a => (string)a.Attribute("title")!).ToHashSet();

    private async Task<(HashSet<string> Nodes, HashSet<string> Edges)> CsvHeadersAsync()
    {
        using var zip = new ZipArchive(new MemoryStream(await ExportAsync("csv")), ZipArchiveMode.Read);
        return (await HeaderAsync(zip, "nodes.csv"), await HeaderAsync(zip, "relationships.csv"));

        static async Task<HashSet<string>> HeaderAsync(ZipArchive zip, string entry)
        {
            using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
            var header = await reader.ReadLineAsync(TestContext.Current.CancellationToken);
            // neo4j-admin headers carry types (saidCount:int) and special columns (:START_ID, id:ID): keep the property
            // names; every format has its own place for the id.
            return header!.Split(',').Select(h => h.Split(':')[0]).Where(h => h.Length > 0 && h != "id").ToHashSet();
        }
    }

    private async Task<(HashSet<string> Nodes, HashSet<string> Edges)> CytoscapeKeysAsync()
    {
        using var json = JsonDocument.Parse(await ExportAsync("cytoscape"));
        var elements = json.RootElement.GetProperty("elements");
        HashSet<string> KeysOf(string array) => elements.GetProperty(array).EnumerateArray()
            .SelectMany(e => e.GetProperty("data").EnumerateObject().Select(p => p.Name))
            .Where(n => n is not "id" and not "source" and not "target" and not "label").ToHashSet();
        // Claims, articles and entities each fill different columns, so the union over all elements is compared.
        return (KeysOf("nodes"), KeysOf("edges"));
    }

    private async Task<string> ExportTextAsync(string format) => System.Text.Encoding.UTF8.GetString(await ExportAsync(format));

    private async Task<byte[]> ExportAsync(string format)
    {
        using var output = new MemoryStream();
        await GraphExporter.ExportAsync(fixture.Store, format, null, 1, output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }
}
