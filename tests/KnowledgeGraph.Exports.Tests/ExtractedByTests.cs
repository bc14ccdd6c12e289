using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CsvHelper;
using KnowledgeGraph.Exports.Tests.Support;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Exports.Tests;

/// <summary>
/// Every format carries a statement's extraction rule as the edge column <c>extractedBy</c>, declared as a string where
/// the format declares columns, and leaves it empty where no rule found the statement (the reviewed sample).
/// </summary>
public sealed partial class ExtractedByTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private static readonly XNamespace GraphML = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    /// <summary>Statement edge id → rule, as the store streams them (null where none).</summary>
    private Dictionary<string, string?> Expected => fixture.Edges
        .Where(e => e.Type is GraphLabels.Said or GraphLabels.Denied && fixture.NodeIds.Contains(e.Source) && fixture.NodeIds.Contains(e.Target))
        .ToDictionary(e => e.Id, e => e.Properties.GetValueOrDefault("rule"), StringComparer.Ordinal);

    [Fact]
    public void The_store_holds_statements_with_and_without_a_rule()
    {
        Assert.Equal(["according", "quote-then-verb", "verb-subject"], Expected.Values.OfType<string>().Order(StringComparer.Ordinal));
        Assert.Contains(Expected.Values, r => r is null);
    }

    [Fact]
    public async Task GraphML_declares_extractedBy_as_a_string_key_and_gives_each_statement_its_rule()
    {
        var doc = XDocument.Parse(await ExportTextAsync("graphml"));

        var key = Assert.Single(doc.Root!.Elements(GraphML + "key"), k => (string?)k.Attribute("attr.name") == "extractedBy");
        Assert.Equal("edge", (string?)key.Attribute("for"));
        Assert.Equal("string", (string?)key.Attribute("attr.type"));
        var keyId = (string?)key.Attribute("id");
        AssertRules(doc.Descendants(GraphML + "edge"), e => (string)e.Attribute("id")!,
            e => e.Elements(GraphML + "data").SingleOrDefault(d => (string?)d.Attribute("key") == keyId)?.Value);
    }

    [Fact]
    public async Task GEXF_declares_extractedBy_as_a_string_edge_attribute_and_gives_each_statement_its_rule()
    {
        var doc = XDocument.Parse(await ExportTextAsync("gexf"));

        var attribute = Assert.Single(
            doc.Descendants(Gexf + "attributes").Where(a => (string?)a.Attribute("class") == "edge").Elements(Gexf + "attribute"),
            a => (string?)a.Attribute("title") == "extractedBy");
        Assert.Equal("string", (string?)attribute.Attribute("type"));
        var id = (string?)attribute.Attribute("id");
        AssertRules(doc.Descendants(Gexf + "edge"), e => (string)e.Attribute("id")!,
            e => (string?)e.Descendants(Gexf + "attvalue").SingleOrDefault(v => (string?)v.Attribute("for") == id)?.Attribute("value"));
    }

    [Fact]
    public async Task Cytoscape_JSON_gives_each_statement_its_rule_as_a_string()
    {
        using var json = JsonDocument.Parse(await ExportTextAsync("cytoscape"));

        var edges = json.RootElement.GetProperty("elements").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToList();
        Assert.All(edges.Where(d => d.TryGetProperty("extractedBy", out _)), d => Assert.Equal(JsonValueKind.String, d.GetProperty("extractedBy").ValueKind));
        AssertRules(edges, d => d.GetProperty("id").GetString()!,
            d => d.TryGetProperty("extractedBy", out var rule) ? rule.GetString() : null);
    }

    [Fact]
    public async Task Neo4j_admin_CSV_has_an_extractedBy_column_with_each_statements_rule()
    {
        using var zip = new ZipArchive(new MemoryStream(await ExportAsync("csv")), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("relationships.csv")!.Open());
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        await csv.ReadAsync();
        csv.ReadHeader();
        // A string column has no type suffix in neo4j-admin's header.
        Assert.Contains("extractedBy", csv.HeaderRecord!);
        var rows = new List<(string Id, string Rule)>();
        while (await csv.ReadAsync())
        {
            rows.Add((csv.GetField("id")!, csv.GetField("extractedBy")!));
        }

        AssertRules(rows, r => r.Id, r => r.Rule.Length == 0 ? null : r.Rule);
    }

    [Fact]
    public async Task DOT_gives_statement_edges_an_extractedBy_attribute_that_graphviz_keeps()
    {
        var dot = ExternalTool.Require("dot", "graphviz");
        using var dir = new TempDir();
        var path = dir.File("graph.dot");
        await File.WriteAllBytesAsync(path, await ExportAsync("dot"), TestContext.Current.CancellationToken);

        // Graphviz reads the file and writes it back in canonical form, with every attribute it parsed.
        var (exit, canon, stderr) = await ExternalTool.RunAsync(dot, "-Tcanon", path);

        Assert.True(exit == 0, stderr);
        var seen = ExtractedByAttribute().Matches(canon).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        Assert.Equal(Expected.Values.OfType<string>().Order(StringComparer.Ordinal), seen);
    }

    /// <summary>Each statement edge of the export has exactly the store's rule, and no other edge has one.</summary>
    private void AssertRules<T>(IEnumerable<T> edges, Func<T, string> idOf, Func<T, string?> ruleOf)
    {
        var expected = Expected;
        var seen = edges.Select(e => (Id: idOf(e), Rule: ruleOf(e))).ToList();
        Assert.All(seen.Where(e => !expected.ContainsKey(e.Id)), e => Assert.Null(e.Rule));
        var statements = seen.Where(e => expected.ContainsKey(e.Id)).ToDictionary(e => e.Id, e => e.Rule, StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), statements.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    private async Task<string> ExportTextAsync(string format) => System.Text.Encoding.UTF8.GetString(await ExportAsync(format));

    private async Task<byte[]> ExportAsync(string format)
    {
        using var output = new MemoryStream();
        await GraphExporter.ExportAsync(fixture.Store, format, null, 1, output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    [GeneratedRegex("""extractedBy="?([^",\]\s]+)"?""")]
    private static partial Regex ExtractedByAttribute();
}
