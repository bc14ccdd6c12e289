using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Exports.Writers;

/// <summary>
/// <c>nodes.csv</c> and <c>relationships.csv</c> with neo4j-admin import headers (<c>id:ID</c>, <c>:LABEL</c>,
/// <c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c>), zipped for a single stream or written as two files.
/// Evidence may hold newlines: import with <c>--multiline-fields=true</c>.
/// </summary>
internal sealed class Neo4jCsvWriter : IGraphWriter
{
    /// <summary>Entry and file name of the node table.</summary>
    public const string NodesFile = "nodes.csv";

    /// <summary>Entry and file name of the relationship table.</summary>
    public const string RelationshipsFile = "relationships.csv";

    private const int BatchRows = 500;

    private static readonly CsvConfiguration Config = new(CultureInfo.InvariantCulture) { NewLine = "\n" };
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public async Task WriteAsync(GraphSource source, Stream output, CancellationToken cancellationToken)
    {
        var bridge = new AsyncBridgeStream(output);
        await using (bridge.ConfigureAwait(false))
        {
            Func<Task> drain = () => bridge.DrainAsync(cancellationToken);
            using (var zip = new ZipArchive(bridge, ZipArchiveMode.Create, leaveOpen: true))
            {
                var nodes = zip.CreateEntry(NodesFile, CompressionLevel.Optimal).Open();
                await using (nodes.ConfigureAwait(false))
                {
                    await WriteNodesAsync(source, nodes, drain, cancellationToken).ConfigureAwait(false);
                }

                var relationships = zip.CreateEntry(RelationshipsFile, CompressionLevel.Optimal).Open();
                await using (relationships.ConfigureAwait(false))
                {
                    await WriteRelationshipsAsync(source, relationships, drain, cancellationToken).ConfigureAwait(false);
                }

                await drain().ConfigureAwait(false);
            }

            // The central directory, written synchronously when the archive closes.
            await drain().ConfigureAwait(false);
        }
    }

    /// <summary>Writes the two tables as files into <paramref name="directory"/>.</summary>
    public async Task<IReadOnlyList<string>> WriteFilesAsync(GraphSource source, string directory, CancellationToken cancellationToken)
    {
        var nodesPath = Path.GetFullPath(Path.Combine(directory, NodesFile));
        var relationshipsPath = Path.GetFullPath(Path.Combine(directory, RelationshipsFile));
        var nodes = new FileStream(nodesPath, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await using (nodes.ConfigureAwait(false))
        {
            await WriteNodesAsync(source, nodes, null, cancellationToken).ConfigureAwait(false);
        }

        var relationships = new FileStream(relationshipsPath, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await using (relationships.ConfigureAwait(false))
        {
            await WriteRelationshipsAsync(source, relationships, null, cancellationToken).ConfigureAwait(false);
        }

        return [nodesPath, relationshipsPath];
    }

    /// <summary>The neo4j-admin labels of a node: entities also carry <c>Entity</c>.</summary>
    internal static string Labels(string label) => label switch
    {
        GraphLabels.Person or GraphLabels.Institution or GraphLabels.Place => "Entity;" + label,
        _ => label,
    };

    private static string Header(ExportAttribute attribute) => attribute.Name switch
    {
        "aliases" => "aliases:string[]",
        _ => attribute.Type switch
        {
            ExportValueType.Integer => attribute.Name + ":int",
            ExportValueType.Boolean => attribute.Name + ":boolean",
            _ => attribute.Name,
        },
    };

    // neo4j-admin splits arrays on ';' by default; the store joins aliases with '|'.
    private static string? ArrayValue(string? joined) =>
        joined is null ? null : string.Join(';', joined.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(a => a.Replace(';', ',')));

    private static async Task WriteNodesAsync(GraphSource source, Stream stream, Func<Task>? onBatch, CancellationToken cancellationToken)
    {
        var text = new StreamWriter(stream, Utf8, 64 * 1024, leaveOpen: true);
        await using (text.ConfigureAwait(false))
        {
            var csv = new CsvWriter(text, Config, leaveOpen: true);
            await using (csv.ConfigureAwait(false))
            {
                csv.WriteField("id:ID");
                csv.WriteField(":LABEL");
                foreach (var attribute in ExportAttribute.Node.Where(a => a.Name != "kind"))
                {
                    csv.WriteField(Header(attribute));
                }

                await csv.NextRecordAsync().ConfigureAwait(false);
                var count = 0;
                await foreach (var node in source.NodesAsync(cancellationToken).ConfigureAwait(false))
                {
                    csv.WriteField(node.Id);
                    csv.WriteField(Labels(node.Label));
                    foreach (var attribute in ExportAttribute.Node.Where(a => a.Name != "kind"))
                    {
                        var value = attribute.ValueOf(node);
                        csv.WriteField(attribute.Name == "aliases" ? ArrayValue(value) : value);
                    }

                    await csv.NextRecordAsync().ConfigureAwait(false);
                    if (onBatch is not null && ++count % BatchRows == 0)
                    {
                        await csv.FlushAsync().ConfigureAwait(false);
                        await text.FlushAsync(cancellationToken).ConfigureAwait(false);
                        await onBatch().ConfigureAwait(false);
                    }
                }

                await csv.FlushAsync().ConfigureAwait(false);
            }

            await text.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteRelationshipsAsync(GraphSource source, Stream stream, Func<Task>? onBatch, CancellationToken cancellationToken)
    {
        var text = new StreamWriter(stream, Utf8, 64 * 1024, leaveOpen: true);
        await using (text.ConfigureAwait(false))
        {
            var csv = new CsvWriter(text, Config, leaveOpen: true);
            await using (csv.ConfigureAwait(false))
            {
                csv.WriteField(":START_ID");
                csv.WriteField(":END_ID");
                csv.WriteField(":TYPE");
                csv.WriteField("id");
                foreach (var attribute in ExportAttribute.Edge.Where(a => a.Name != "type"))
                {
                    csv.WriteField(Header(attribute));
                }

                await csv.NextRecordAsync().ConfigureAwait(false);
                var count = 0;
                await foreach (var edge in source.EdgesAsync(cancellationToken).ConfigureAwait(false))
                {
                    csv.WriteField(edge.Source);
                    csv.WriteField(edge.Target);
                    csv.WriteField(edge.Type);
                    csv.WriteField(edge.Id);
                    foreach (var attribute in ExportAttribute.Edge.Where(a => a.Name != "type"))
                    {
                        csv.WriteField(attribute.ValueOf(edge));
                    }

                    await csv.NextRecordAsync().ConfigureAwait(false);
                    if (onBatch is not null && ++count % BatchRows == 0)
                    {
                        await csv.FlushAsync().ConfigureAwait(false);
                        await text.FlushAsync(cancellationToken).ConfigureAwait(false);
                        await onBatch().ConfigureAwait(false);
                    }
                }

                await csv.FlushAsync().ConfigureAwait(false);
            }

            await text.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
