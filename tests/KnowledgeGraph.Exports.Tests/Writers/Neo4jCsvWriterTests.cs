using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using KnowledgeGraph.Exports.Tests.Support;

namespace KnowledgeGraph.Exports.Tests.Writers;

public sealed class Neo4jCsvWriterTests
{
    [Fact]
    public async Task CSV_zip_holds_nodes_and_relationships_with_neo4j_admin_headers()
    {
        var (nodes, relationships) = await ReadZipAsync(await NastyGraph.ExportAsync("csv"));

        Assert.Equal("id:ID", nodes.Header[0]);
        Assert.Equal(":LABEL", nodes.Header[1]);
        Assert.Contains("name", nodes.Header);
        Assert.Contains("aliases:string[]", nodes.Header);
        Assert.Contains("contested:boolean", nodes.Header);
        Assert.Equal([":START_ID", ":END_ID", ":TYPE"], relationships.Header.Take(3));
        Assert.Contains("evidenceStart:int", relationships.Header);
    }

    [Fact]
    public async Task CSV_round_trips_nasty_strings_through_CsvHelper_and_no_relationship_dangles()
    {
        var (nodes, relationships) = await ReadZipAsync(await NastyGraph.ExportAsync("csv"));

        Assert.Equal(NastyGraph.Nodes.Count, nodes.Rows.Count);
        foreach (var expected in NastyGraph.Nodes)
        {
            var row = nodes.Rows.Single(r => r["id:ID"] == expected.Id);
            Assert.Equal(expected.Name, row["name"]);
        }

        Assert.Equal("Entity;Person", nodes.Rows.Single(r => r["id:ID"] == NastyGraph.Ana)[":LABEL"]);
        Assert.Equal("Claim", nodes.Rows.Single(r => r["id:ID"] == NastyGraph.Talks)[":LABEL"]);
        Assert.Equal("Ana;La Jefa,boss", nodes.Rows.Single(r => r["id:ID"] == NastyGraph.Ana)["aliases:string[]"]);
        Assert.Equal(Nasty.Multiline, nodes.Rows.Single(r => r["id:ID"] == NastyGraph.Sergei)["role"]);

        var ids = nodes.Rows.Select(r => r["id:ID"]).ToHashSet();
        Assert.Equal(NastyGraph.Edges.Count, relationships.Rows.Count);
        Assert.All(relationships.Rows, r => Assert.Contains(r[":START_ID"], ids));
        Assert.All(relationships.Rows, r => Assert.Contains(r[":END_ID"], ids));
        var said = relationships.Rows.Single(r => r["id"] == "e1");
        Assert.Equal("SAID", said[":TYPE"]);
        Assert.Equal(Nasty.Evidence, said["evidence"]);
        Assert.Equal("10", said["evidenceStart:int"]);
        Assert.Equal(string.Empty, relationships.Rows.Single(r => r["id"] == "e2")["evidenceStart:int"]);
    }

    [Fact]
    public async Task CSV_into_a_directory_writes_two_files()
    {
        using var dir = new TempDir();
        var job = GraphExporter.ForSource("csv", NastyGraph.Source());

        var files = await job.WriteToPathAsync(dir.Path + Path.DirectorySeparatorChar, TestContext.Current.CancellationToken);

        Assert.Equal(["nodes.csv", "relationships.csv"], files.Select(Path.GetFileName));
        var nodes = Read(await File.ReadAllTextAsync(dir.File("nodes.csv"), TestContext.Current.CancellationToken));
        var relationships = Read(await File.ReadAllTextAsync(dir.File("relationships.csv"), TestContext.Current.CancellationToken));
        Assert.Equal(NastyGraph.Nodes.Count, nodes.Rows.Count);
        Assert.Equal(NastyGraph.Edges.Count, relationships.Rows.Count);
    }

    private static async Task<(Table Nodes, Table Relationships)> ReadZipAsync(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(["nodes.csv", "relationships.csv"], zip.Entries.Select(e => e.FullName));
        return (await ReadEntryAsync(zip, "nodes.csv"), await ReadEntryAsync(zip, "relationships.csv"));
    }

    private static async Task<Table> ReadEntryAsync(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return Read(await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    private static Table Read(string text)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        return new Table(header, rows);
    }

    private sealed record Table(string[] Header, List<Dictionary<string, string>> Rows);
}
