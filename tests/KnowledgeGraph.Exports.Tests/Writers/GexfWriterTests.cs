using System.Xml.Linq;
using KnowledgeGraph.Exports.Tests.Support;

namespace KnowledgeGraph.Exports.Tests.Writers;

public sealed class GexfWriterTests
{
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    [Fact]
    public async Task GEXF_is_well_formed_for_xmllint()
    {
        var xmllint = ExternalTool.Require("xmllint", "libxml2-utils");
        using var dir = new TempDir();
        var path = await NastyGraph.ExportToFileAsync("gexf", dir);

        var (exit, _, stderr) = await ExternalTool.RunAsync(xmllint, "--noout", "--nonet", path);

        Assert.True(exit == 0, stderr);
    }

    [Fact]
    public async Task GEXF_is_a_dynamic_1_3_graph_whose_statement_edges_start_on_their_date()
    {
        var doc = await LoadAsync();

        Assert.Equal(Gexf + "gexf", doc.Root!.Name);
        Assert.Equal("1.3", (string)doc.Root.Attribute("version")!);
        var graph = doc.Root.Element(Gexf + "graph")!;
        Assert.Equal("dynamic", (string)graph.Attribute("mode")!);
        Assert.Equal("date", (string)graph.Attribute("timeformat")!);
        Assert.Equal("directed", (string)graph.Attribute("defaultedgetype")!);
        // Order matters to the schema: attributes, then nodes, then edges.
        Assert.Equal(["attributes", "attributes", "nodes", "edges"], graph.Elements().Select(e => e.Name.LocalName));

        var edges = graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").ToDictionary(e => (string)e.Attribute("id")!);
        Assert.Equal("2026-02-02", (string?)edges["e1"].Attribute("start"));
        Assert.Equal("2026-02-03", (string?)edges["e2"].Attribute("start"));
        Assert.Null(edges["e3"].Attribute("start"));
        Assert.Equal("DENIED", (string?)edges["e2"].Attribute("kind"));
    }

    [Fact]
    public async Task GEXF_static_graph_has_no_time_attributes_when_no_date_exists()
    {
        var source = GraphSource.FromStreams(
            "undated",
            hasDates: false,
            _ => NastyGraph.Nodes.ToAsyncEnumerable(),
            _ => NastyGraph.Edges.ToAsyncEnumerable());
        using var buffer = new MemoryStream();
        await GraphExporter.ForSource("gexf", source).WriteAsync(buffer, TestContext.Current.CancellationToken);
        buffer.Position = 0;
        var graph = XDocument.Load(buffer).Root!.Element(Gexf + "graph")!;

        Assert.Equal("static", (string)graph.Attribute("mode")!);
        Assert.Null(graph.Attribute("timeformat"));
        Assert.DoesNotContain(graph.Descendants(Gexf + "edge"), e => e.Attribute("start") is not null);
    }

    [Fact]
    public async Task GEXF_round_trips_nasty_labels_and_values_and_declares_every_attribute_it_uses()
    {
        var doc = await LoadAsync();
        var graph = doc.Root!.Element(Gexf + "graph")!;
        var declared = graph.Elements(Gexf + "attributes")
            .ToDictionary(a => (string)a.Attribute("class")!, a => a.Elements(Gexf + "attribute").Select(x => (string)x.Attribute("id")!).ToHashSet());

        var nodes = graph.Element(Gexf + "nodes")!.Elements(Gexf + "node").ToDictionary(n => (string)n.Attribute("id")!);
        Assert.Equal(NastyGraph.Nodes.Count, nodes.Count);
        foreach (var expected in NastyGraph.Nodes)
        {
            var node = nodes[expected.Id];
            Assert.Equal(expected.Name, (string)node.Attribute("label")!);
            var values = Values(node, declared["node"]);
            Assert.Equal(expected.Name, values["name"]);
            Assert.Equal(expected.Label, values["kind"]);
        }

        Assert.Equal(Nasty.Multiline, Values(nodes[NastyGraph.Sergei], declared["node"])["role"]);
        Assert.Equal("true", Values(nodes[NastyGraph.Talks], declared["node"])["contested"]);

        var edges = graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").ToList();
        Assert.Equal(NastyGraph.Edges.Count, edges.Count);
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, nodes.Keys));
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("target")!, nodes.Keys));
        var said = Values(edges.Single(e => (string)e.Attribute("id")! == "e1"), declared["edge"]);
        Assert.Equal(Nasty.Evidence, said["evidence"]);
        Assert.Equal("60", said["evidenceEnd"]);
    }

    private static async Task<XDocument> LoadAsync()
    {
        using var stream = new MemoryStream(await NastyGraph.ExportAsync("gexf"));
        return XDocument.Load(stream);
    }

    private static Dictionary<string, string> Values(XElement element, HashSet<string> declared)
    {
        var values = element.Element(Gexf + "attvalues")!.Elements(Gexf + "attvalue")
            .ToDictionary(v => (string)v.Attribute("for")!, v => (string)v.Attribute("value")!);
        Assert.All(values.Keys, key => Assert.Contains(key, declared));
        return values;
    }
}
