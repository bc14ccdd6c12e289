using System.Xml;
using System.Xml.Linq;
using KnowledgeGraph.Exports.Tests.Support;

namespace KnowledgeGraph.Exports.Tests.Writers;

public sealed class GraphMLWriterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task GraphML_is_well_formed_for_xmllint()
    {
        var xmllint = ExternalTool.Require("xmllint", "libxml2-utils");
        using var dir = new TempDir();
        var path = await NastyGraph.ExportToFileAsync("graphml", dir);

        var (exit, _, stderr) = await ExternalTool.RunAsync(xmllint, "--noout", "--nonet", path);

        Assert.True(exit == 0, stderr);
    }

    [Fact]
    public async Task GraphML_round_trips_every_nasty_string_through_an_XML_reader()
    {
        var doc = await LoadAsync();
        var keys = doc.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        var nodes = doc.Descendants(G + "node").ToDictionary(n => XmlConvert.DecodeName((string)n.Attribute("id")!));

        foreach (var expected in NastyGraph.Nodes)
        {
            var data = Data(nodes[expected.Id], keys);
            Assert.Equal(expected.Name, data["label"]);
            Assert.Equal(expected.Name, data["name"]);
            Assert.Equal(expected.Label, data["kind"]);
        }

        Assert.Equal(Nasty.Multiline, Data(nodes[NastyGraph.Sergei], keys)["role"]);
        Assert.Equal(Nasty.Emoji, Data(nodes[NastyGraph.Mohammed], keys)["country"]);
        Assert.Equal(Nasty.Url, Data(nodes[NastyGraph.ArticleId], keys)["url"]);
        Assert.Equal("role\uFFFDwith\uFFFDcontrols", Data(nodes[NastyGraph.Cossio], keys)["role"]);

        var edges = doc.Descendants(G + "edge").ToDictionary(e => (string)e.Attribute("id")!);
        var said = Data(edges["e1"], keys);
        Assert.Equal(Nasty.Evidence, said["evidence"]);
        Assert.Equal("said", said["stance"]);
        Assert.Equal("2026-02-02", said["date"]);
        Assert.Equal(NastyGraph.ArticleId, said["article"]);
        Assert.Equal("10", said["evidenceStart"]);
        var denied = Data(edges["e2"], keys);
        Assert.Equal("denied", denied["stance"]);
        Assert.False(denied.ContainsKey("evidenceStart"), "An offset that is not a number must be left out, not written into an int column.");
    }

    [Fact]
    public async Task GraphML_declares_every_key_it_uses_and_leaves_out_dangling_edges()
    {
        var doc = await LoadAsync();
        var keys = doc.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        Assert.Contains(keys, k => k.Value == "node");
        Assert.Contains(keys, k => k.Value == "edge");

        var graph = doc.Root.Element(G + "graph")!;
        Assert.Equal("directed", (string)graph.Attribute("edgedefault")!);
        foreach (var data in graph.Descendants(G + "data"))
        {
            var key = (string)data.Attribute("key")!;
            Assert.True(keys.ContainsKey(key), $"data key {key} is not declared");
            Assert.Equal(data.Parent!.Name.LocalName, keys[key]);
        }

        var nodeIds = graph.Elements(G + "node").Select(n => (string)n.Attribute("id")!).ToList();
        Assert.Equal(NastyGraph.Nodes.Count, nodeIds.Count);
        Assert.Equal(nodeIds.Count, nodeIds.Distinct().Count());
        foreach (var id in nodeIds)
        {
            XmlConvert.VerifyNMTOKEN(id);
        }

        var edges = graph.Elements(G + "edge").ToList();
        Assert.Equal(NastyGraph.Edges.Count, edges.Count);
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, nodeIds));
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("target")!, nodeIds));
        Assert.DoesNotContain(edges, e => (string)e.Attribute("id")! == NastyGraph.DanglingEdge);
    }

    private static async Task<XDocument> LoadAsync()
    {
        var bytes = await NastyGraph.ExportAsync("graphml");
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream);
    }

    private static Dictionary<string, string> Data(XElement element, Dictionary<string, string> keyNames) =>
        element.Elements(G + "data").ToDictionary(d => keyNames[(string)d.Attribute("key")!], d => d.Value);
}
