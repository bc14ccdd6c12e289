using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Exports.Writers;

/// <summary>
/// Cytoscape.js elements JSON (<c>{"elements":{"nodes":[…],"edges":[…]}}</c>), accepted by <c>cy.add()</c> and
/// by Cytoscape desktop's "Cytoscape.js JSON" import. A node's or edge's <c>data</c> holds the same columns, under
/// the same names, as the other formats (<see cref="ExportAttribute"/>: <c>date</c>, <c>evidenceStart</c>,
/// <c>evidenceEnd</c>, …), with numbers and booleans as JSON numbers and booleans.
/// </summary>
internal sealed class CytoscapeJsonWriter : IGraphWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Names stay readable (Cyrillic, Arabic, accents); control characters and quotes are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

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
        // "label" is the display text, as in GraphML; the node's kind (Person, Claim…) is the "kind" column.
        json.WriteString("label", node.Name);
        foreach (var attribute in ExportAttribute.Node)
        {
            WriteValue(json, attribute, attribute.ValueOf(node));
        }

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
        json.WriteString("label", edge.Type);
        foreach (var attribute in ExportAttribute.Edge)
        {
            WriteValue(json, attribute, attribute.ValueOf(edge));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    // ValueOf gives the canonical text of a typed column (or null when absent or ill-typed), so parsing cannot fail.
    private static void WriteValue(Utf8JsonWriter json, ExportAttribute attribute, string? value)
    {
        if (value is null)
        {
            return;
        }

        switch (attribute.Type)
        {
            case ExportValueType.Integer:
                json.WriteNumber(attribute.Name, long.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ExportValueType.Boolean:
                json.WriteBoolean(attribute.Name, value == "true");
                break;
            default:
                json.WriteString(attribute.Name, value);
                break;
        }
    }
}
