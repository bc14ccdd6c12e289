using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using CsvHelper;

namespace KnowledgeGraph.Exports.Tests.Support;

/// <summary>Validates an export with the tool its users would use, and reports what that tool saw.</summary>
internal static class ExportInspector
{
    private static readonly XNamespace GraphML = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public sealed record Seen(int Nodes, int Edges, IReadOnlySet<string> Names);

    public static async Task<Seen> InspectAsync(string format, byte[] bytes)
    {
        using var dir = new TempDir();
        var path = dir.File("export." + format);
        await File.WriteAllBytesAsync(path, bytes);
        return format switch
        {
            "graphml" => await GraphMLAsync(path),
            "gexf" => await GexfAsync(path),
            "cytoscape" => await CytoscapeAsync(path),
            "csv" => await CsvAsync(bytes),
            "dot" => await DotAsync(path, dir),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "No inspector for this format."),
        };
    }

    private static async Task XmllintAsync(string path)
    {
        var xmllint = ExternalTool.Require("xmllint", "libxml2-utils");
        var (exit, _, stderr) = await ExternalTool.RunAsync(xmllint, "--noout", "--nonet", path);
        Assert.True(exit == 0, $"xmllint rejected the file: {stderr}");
    }

    private static async Task<Seen> GraphMLAsync(string path)
    {
        await XmllintAsync(path);
        var doc = XDocument.Load(path);
        var labelKey = doc.Root!.Elements(GraphML + "key").Single(k => (string?)k.Attribute("for") == "node" && (string?)k.Attribute("attr.name") == "label");
        var names = doc.Descendants(GraphML + "node")
            .SelectMany(n => n.Elements(GraphML + "data").Where(d => (string?)d.Attribute("key") == (string?)labelKey.Attribute("id")))
            .Select(d => d.Value).ToHashSet();
        return new(doc.Descendants(GraphML + "node").Count(), doc.Descendants(GraphML + "edge").Count(), names);
    }

    private static async Task<Seen> GexfAsync(string path)
    {
        await XmllintAsync(path);
        var doc = XDocument.Load(path);
        var nodes = doc.Descendants(Gexf + "node").ToList();
        return new(nodes.Count, doc.Descendants(Gexf + "edge").Count(), nodes.Select(n => (string)n.Attribute("label")!).ToHashSet());
    }

    private static async Task<Seen> CytoscapeAsync(string path)
    {
        var script = ExternalTool.RequireCytoscapeScript();
        var (exit, stdout, stderr) = await ExternalTool.RunAsync("node", script, path);
        Assert.True(exit == 0, $"cytoscape could not load the file: {stderr}");
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("dangling").GetInt32());
        var names = root.GetProperty("names").EnumerateObject().Select(p => p.Value.GetString()!).ToHashSet();
        return new(root.GetProperty("nodes").GetInt32(), root.GetProperty("edges").GetInt32(), names);
    }

    private static async Task<Seen> CsvAsync(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var nodes = await ReadAsync(zip, "nodes.csv");
        var relationships = await ReadAsync(zip, "relationships.csv");
        var ids = nodes.Select(r => r["id:ID"]).ToHashSet();
        Assert.All(relationships, r => Assert.Contains(r[":START_ID"], ids));
        Assert.All(relationships, r => Assert.Contains(r[":END_ID"], ids));
        return new(nodes.Count, relationships.Count, nodes.Select(r => r["name"]).ToHashSet());
    }

    private static async Task<List<Dictionary<string, string>>> ReadAsync(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        await csv.ReadAsync();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (await csv.ReadAsync())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        return rows;
    }

    private static async Task<Seen> DotAsync(string path, TempDir dir)
    {
        var dot = ExternalTool.Require("dot", "graphviz");
        var svgPath = dir.File("export.svg");
        var (exit, _, stderr) = await ExternalTool.RunAsync(dot, "-Tsvg", "-o", svgPath, path);
        Assert.True(exit == 0, $"graphviz could not render the file: {stderr}");
        var groups = XDocument.Load(svgPath).Descendants(Svg + "g").ToList();
        var nodes = groups.Where(g => (string?)g.Attribute("class") == "node").ToList();
        var names = nodes.SelectMany(n => n.Descendants(Svg + "text")).Select(t => t.Value).ToHashSet();
        return new(nodes.Count, groups.Count(g => (string?)g.Attribute("class") == "edge"), names);
    }
}
