using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Exports.Writers;

/// <summary>
/// Cytoscape.js elements JSON (<c>{"elements":{"nodes":[…],"edges":[…]}}</c>), accepted by <c>cy.add()</c> and
/// by Cytoscape desktop's "Cytoscape.js JSON" import. Every property of a node or edge goes into its <c>data</c>.
/// </summary>
internal sealed class CytoscapeJsonWriter : IGraphWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Names stay readable (Cyrillic, Arabic, accents); control characters and quotes are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "id", "label", "name", "source", "target", "type" };

    public async Task WriteAsync(GraphSource source, Stream output, CancellationToken cancellationToken)
    {
        var json = new Utf8JsonWriter(output, Options);
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteStartObject("elements");
            json.WriteStartArray("nodes");
            await foreach (var node in source.NodesAsync(cancellationToken).ConfigureAwait(false))
            {
                WriteNode(json, node);
                await FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
            }

            json.WriteEndArray();
            json.WriteStartArray("edges");
            await foreach (var edge in source.EdgesAsync(cancellationToken).ConfigureAwait(false))
            {
                // Cytoscape.js wants ids unique across nodes and edges; a clash would make cy.add() throw.
                var id = source.IsNodeId(edge.Id) ? "edge:" + edge.Id : edge.Id;
                WriteEdge(json, edge, id);
                await FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task FlushIfFullAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        if (json.BytesPending > 32 * 1024)
        {
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteNode(Utf8JsonWriter json, GraphNode node)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteString("id", node.Id);
        json.WriteString("label", node.Label);
        json.WriteString("name", node.Name);
        WriteProperties(json, node.Properties);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter json, GraphEdge edge, string id)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteString("id", id);
        json.WriteString("source", edge.Source);
        json.WriteString("target", edge.Target);
        json.WriteString("type", edge.Type);
        WriteProperties(json, edge.Properties);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyDictionary<string, string?> properties)
    {
        foreach (var (key, value) in properties)
        {
            if (value is not null && !Reserved.Contains(key))
            {
                json.WriteString(key, value);
            }
        }
    }
}
