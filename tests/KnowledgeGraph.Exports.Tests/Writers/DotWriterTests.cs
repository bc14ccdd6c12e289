using System.Xml.Linq;
using KnowledgeGraph.Exports.Tests.Support;

namespace KnowledgeGraph.Exports.Tests.Writers;

public sealed class DotWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task DOT_renders_with_graphviz_into_an_SVG_with_every_node_and_edge()
    {
        var dot = ExternalTool.Require("dot", "graphviz");
        using var dir = new TempDir();
        var path = await NastyGraph.ExportToFileAsync("dot", dir);
        var svgPath = dir.File("graph.svg");

        var (exit, _, stderr) = await ExternalTool.RunAsync(dot, "-Tsvg", "-o", svgPath, path);

        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("syntax error", stderr, StringComparison.OrdinalIgnoreCase);
        var svg = XDocument.Load(svgPath);
        var groups = svg.Descendants(Svg + "g").ToList();
        Assert.Equal(NastyGraph.Nodes.Count, groups.Count(g => (string?)g.Attribute("class") == "node"));
        Assert.Equal(NastyGraph.Edges.Count, groups.Count(g => (string?)g.Attribute("class") == "edge"));

        // Node titles are the ids; labels are the names, escaped and decoded back by graphviz.
        var titles = groups.Where(g => (string?)g.Attribute("class") == "node").Select(g => g.Element(Svg + "title")!.Value).ToHashSet();
        Assert.All(NastyGraph.Nodes, n => Assert.Contains(n.Id, titles));
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains(Nasty.Quoted, texts);
        Assert.Contains(Nasty.Backslash, texts);
        Assert.Contains(Nasty.Cyrillic, texts);
        Assert.Contains(Nasty.Title, texts);
    }

    [Fact]
    public async Task DOT_styles_said_denied_and_reported_by_edges_apart()
    {
        var text = System.Text.Encoding.UTF8.GetString(await NastyGraph.ExportAsync("dot"));
        var lines = text.Split('\n');

        Assert.Contains(lines, l => l.Contains("-> \"claim:talks\"", StringComparison.Ordinal) && l.Contains("label=\"SAID\"", StringComparison.Ordinal) && l.Contains("style=solid", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("label=\"DENIED\"", StringComparison.Ordinal) && l.Contains("style=dashed", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("label=\"REPORTED_BY\"", StringComparison.Ordinal) && l.Contains("style=dotted", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("claim:missing", StringComparison.Ordinal));
    }
}
