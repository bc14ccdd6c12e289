using System.Text.Json;
using KnowledgeGraph.Exports.Tests.Support;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Exports.Tests;

public sealed class SqliteExportTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private const string CossioId = "person:carlos-fernandez-de-cossio";

    public static TheoryData<string> Formats { get; } = ["graphml", "gexf", "cytoscape", "csv", "dot"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Whole_graph_export_holds_every_node_and_every_connected_edge_the_store_streams(string format)
    {
        var bytes = await ExportAsync(format, center: null);

        var seen = await ExportInspector.InspectAsync(format, bytes);

        Assert.Equal(fixture.NodeIds.Count, seen.Nodes);
        Assert.Equal(fixture.ConnectedEdges, seen.Edges);
        Assert.True(seen.Edges > 50, $"The sample graph should have many edges, saw {seen.Edges}.");
        foreach (var name in new[] { Nasty.Quoted, Nasty.Cyrillic, Nasty.Arabic, Nasty.Backslash, Nasty.Emoji, "Carlos Fernández de Cossío" })
        {
            Assert.Contains(name, seen.Names);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Neighbourhood_export_of_an_alias_holds_exactly_the_store_network(string format)
    {
        var network = await fixture.Store.GetNetworkAsync(new NetworkQuery(CossioId, 1, null, GraphExporter.NeighbourhoodLimit), TestContext.Current.CancellationToken);


        var seen = await ExportInspector.InspectAsync(format, await ExportAsync(format, center: "Cossío"));

        Assert.Equal(network!.Nodes.Count, seen.Nodes);
        Assert.Equal(network.Edges.Count, seen.Edges);
        Assert.True(seen.Names.Contains("Carlos Fernández de Cossío"), string.Join(" | ", seen.Names));
        Assert.True(seen.Nodes < fixture.NodeIds.Count, "A neighbourhood must be smaller than the whole graph.");
    }

    [Fact]
    public async Task Deeper_neighbourhoods_reach_more_nodes()
    {
        var one = await CytoscapeIdsAsync(await ExportAsync("cytoscape", CossioId, depth: 1));
        var two = await CytoscapeIdsAsync(await ExportAsync("cytoscape", CossioId, depth: 2));

        Assert.Contains(CossioId, one);
        Assert.Superset(one, two);
        Assert.True(two.Count > one.Count, $"depth 2 gave {two.Count} nodes, depth 1 gave {one.Count}.");
    }

    [Fact]
    public async Task GEXF_of_the_sample_is_dynamic_because_its_statements_are_dated()
    {
        var text = System.Text.Encoding.UTF8.GetString(await ExportAsync("gexf", center: null));

        Assert.Contains("mode=\"dynamic\"", text, StringComparison.Ordinal);
        Assert.Contains("timeformat=\"date\"", text, StringComparison.Ordinal);
        Assert.Contains("start=\"2026-02-02\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf", null, 1, "Unknown export format \"pdf\"")]
    [InlineData("gexf", "Nobody At All Zzxq", 1, "No node or entity matches the centre \"Nobody At All Zzxq\"")]
    [InlineData("gexf", "Cossío", 0, "The depth must be between 1 and 3, got 0.")]
    [InlineData("graphml", "Cossío", 4, "The depth must be between 1 and 3, got 4.")]
    public async Task Bad_requests_fail_with_a_plain_message_before_anything_is_written(string format, string? center, int depth, string message)
    {
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<ExportException>(() =>
            GraphExporter.ExportAsync(fixture.Store, format, center, depth, output, TestContext.Current.CancellationToken));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task Exporting_to_a_path_writes_the_file_and_csv_into_a_folder_writes_two_tables()
    {
        using var dir = new TempDir();
        var ct = TestContext.Current.CancellationToken;

        var file = await GraphExporter.ExportToPathAsync(fixture.Store, "dot", null, 1, dir.File("graph.dot"), ct);
        var tables = await GraphExporter.ExportToPathAsync(fixture.Store, "csv", "Cossío", 1, dir.Path, ct);

        Assert.Equal([dir.File("graph.dot")], file);
        Assert.StartsWith("digraph", await File.ReadAllTextAsync(file[0], ct), StringComparison.Ordinal);
        Assert.Equal(["nodes.csv", "relationships.csv"], tables.Select(Path.GetFileName));
        Assert.All(tables, t => Assert.True(new FileInfo(t).Length > 0));
    }

    [Fact]
    public async Task Prepared_jobs_suggest_a_file_name_from_the_centre()
    {
        var whole = await GraphExporter.PrepareAsync(fixture.Store, "GEXF", null, 1, TestContext.Current.CancellationToken);
        var near = await GraphExporter.PrepareAsync(fixture.Store, "csv", "Cossío", 2, TestContext.Current.CancellationToken);

        Assert.Equal("knowledge-graph.gexf", whole.FileName);
        Assert.Equal("knowledge-graph-person-carlos-fernandez-de-cossio-depth2.zip", near.FileName);
        Assert.Equal("application/zip", near.Format.ContentType);
    }

    private async Task<byte[]> ExportAsync(string format, string? center, int depth = 1)
    {
        using var output = new MemoryStream();
        await GraphExporter.ExportAsync(fixture.Store, format, center, depth, output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    private static Task<HashSet<string>> CytoscapeIdsAsync(byte[] bytes)
    {
        using var json = JsonDocument.Parse(bytes);
        return Task.FromResult(json.RootElement.GetProperty("elements").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("data").GetProperty("id").GetString()!).ToHashSet());
    }
}
