using System.Text.Json;
using KnowledgeGraph.Exports.Tests.Support;

namespace KnowledgeGraph.Exports.Tests.Writers;

public sealed class CytoscapeJsonWriterTests
{
    [Fact]
    public async Task Cytoscape_itself_loads_every_node_and_edge_with_nasty_names_intact()
    {
        var script = ExternalTool.RequireCytoscapeScript();
        using var dir = new TempDir();
        var path = await NastyGraph.ExportToFileAsync("cytoscape", dir);

        var (exit, stdout, stderr) = await ExternalTool.RunAsync("node", script, path);

        Assert.True(exit == 0, stderr);
        using var result = JsonDocument.Parse(stdout);
        var root = result.RootElement;
        Assert.Equal(NastyGraph.Nodes.Count, root.GetProperty("nodes").GetInt32());
        Assert.Equal(NastyGraph.Edges.Count, root.GetProperty("edges").GetInt32());
        Assert.Equal(0, root.GetProperty("dangling").GetInt32());
        foreach (var node in NastyGraph.Nodes)
        {
            Assert.Equal(node.Name, root.GetProperty("names").GetProperty(node.Id).GetString());
        }

        Assert.Equal(Nasty.Evidence, root.GetProperty("evidence").GetProperty("e1").GetString());
        Assert.Equal(Nasty.Multiline, root.GetProperty("evidence").GetProperty("e2").GetString());
    }

    [Fact]
    public async Task Cytoscape_JSON_has_the_elements_shape_with_label_and_type_in_data()
    {
        using var json = JsonDocument.Parse(await NastyGraph.ExportAsync("cytoscape"));
        var elements = json.RootElement.GetProperty("elements");
        var nodes = elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        var edges = elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToList();

        var ana = nodes.Single(n => n.GetProperty("id").GetString() == NastyGraph.Ana);
        Assert.Equal("Person", ana.GetProperty("kind").GetString());
        Assert.Equal(Nasty.Quoted, ana.GetProperty("label").GetString());
        Assert.Equal(Nasty.Quoted, ana.GetProperty("name").GetString());
        Assert.Equal("Ana|La Jefa;boss", ana.GetProperty("aliases").GetString());

        var denied = edges.Single(e => e.GetProperty("id").GetString() == "e2");
        Assert.Equal("DENIED", denied.GetProperty("type").GetString());
        Assert.Equal(NastyGraph.Cossio, denied.GetProperty("source").GetString());
        Assert.Equal(NastyGraph.Talks, denied.GetProperty("target").GetString());
        Assert.DoesNotContain(edges, e => e.GetProperty("id").GetString() == NastyGraph.DanglingEdge);
    }

    [Fact]
    public async Task An_edge_id_that_clashes_with_a_node_id_is_renamed_so_cy_add_accepts_it()
    {
        var node = NastyGraph.NodeById(NastyGraph.Ana);
        var clash = new KnowledgeGraph.Storage.GraphEdge(NastyGraph.Ana, "SAID", NastyGraph.Ana, NastyGraph.Talks, new Dictionary<string, string?>());
        var source = GraphSource.FromStreams(
            "clash",
            hasDates: false,
            _ => new[] { node, NastyGraph.NodeById(NastyGraph.Talks) }.ToAsyncEnumerable(),
            _ => new[] { clash }.ToAsyncEnumerable());
        using var buffer = new MemoryStream();
        await GraphExporter.ForSource("cytoscape", source).WriteAsync(buffer, TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(buffer.ToArray());
        var edge = json.RootElement.GetProperty("elements").GetProperty("edges")[0].GetProperty("data");
        Assert.Equal("edge:" + NastyGraph.Ana, edge.GetProperty("id").GetString());
    }
}
