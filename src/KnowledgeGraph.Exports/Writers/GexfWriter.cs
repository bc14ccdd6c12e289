using System.Globalization;
using System.Xml;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Exports.Writers;

/// <summary>
/// GEXF 1.3 for Gephi. Statement edges start on their date so that Gephi's timeline can play the story; the
/// graph is declared dynamic only when some date exists.
/// </summary>
internal sealed class GexfWriter : IGraphWriter
{
    private const string Ns = "http://gexf.net/1.3";
    private const string VizNs = "http://gexf.net/1.3/viz";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    public async Task WriteAsync(GraphSource source, Stream output, CancellationToken cancellationToken)
    {
        var xml = XmlWriter.Create(output, XmlText.Settings);
        await using (xml.ConfigureAwait(false))
        {
            await xml.WriteStartDocumentAsync().ConfigureAwait(false);
            await xml.WriteStartElementAsync(null, "gexf", Ns).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync("xmlns", "viz", null, VizNs).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync("xmlns", "xsi", null, XsiNs).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync("xsi", "schemaLocation", XsiNs, Ns + " http://gexf.net/1.3/gexf.xsd").ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "version", null, "1.3").ConfigureAwait(false);

            await xml.WriteStartElementAsync(null, "meta", Ns).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "lastmodifieddate", null, DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ConfigureAwait(false);
            await xml.WriteElementStringAsync(null, "creator", Ns, "KnowledgeGraph").ConfigureAwait(false);
            await xml.WriteElementStringAsync(null, "description", Ns, XmlText.Clean(source.Title)).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);

            await xml.WriteStartElementAsync(null, "graph", Ns).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "defaultedgetype", null, "directed").ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "idtype", null, "string").ConfigureAwait(false);
            if (source.HasDates)
            {
                await xml.WriteAttributeStringAsync(null, "mode", null, "dynamic").ConfigureAwait(false);
                await xml.WriteAttributeStringAsync(null, "timeformat", null, "date").ConfigureAwait(false);
            }
            else
            {
                await xml.WriteAttributeStringAsync(null, "mode", null, "static").ConfigureAwait(false);
            }

            await WriteAttributesAsync(xml, "node", ExportAttribute.Node).ConfigureAwait(false);
            await WriteAttributesAsync(xml, "edge", ExportAttribute.Edge).ConfigureAwait(false);

            var count = 0;
            await xml.WriteStartElementAsync(null, "nodes", Ns).ConfigureAwait(false);
            await foreach (var node in source.NodesAsync(cancellationToken).ConfigureAwait(false))
            {
                await WriteNodeAsync(xml, node).ConfigureAwait(false);
                if (++count % XmlText.FlushEvery == 0)
                {
                    await xml.FlushAsync().ConfigureAwait(false);
                }
            }

            await xml.WriteEndElementAsync().ConfigureAwait(false);

            await xml.WriteStartElementAsync(null, "edges", Ns).ConfigureAwait(false);
            await foreach (var edge in source.EdgesAsync(cancellationToken).ConfigureAwait(false))
            {
                await WriteEdgeAsync(xml, edge, source.HasDates).ConfigureAwait(false);
                if (++count % XmlText.FlushEvery == 0)
                {
                    await xml.FlushAsync().ConfigureAwait(false);
                }
            }

            await xml.WriteEndElementAsync().ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
            await xml.WriteEndDocumentAsync().ConfigureAwait(false);
            await xml.FlushAsync().ConfigureAwait(false);
        }
    }

    private static string TypeName(ExportValueType type) => type switch
    {
        ExportValueType.Integer => "integer",
        ExportValueType.Boolean => "boolean",
        _ => "string",
    };

    private static async Task WriteAttributesAsync(XmlWriter xml, string domain, IReadOnlyList<ExportAttribute> attributes)
    {
        await xml.WriteStartElementAsync(null, "attributes", Ns).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "class", null, domain).ConfigureAwait(false);
        foreach (var attribute in attributes)
        {
            await xml.WriteStartElementAsync(null, "attribute", Ns).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, attribute.Name).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "title", null, attribute.Name).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "type", null, TypeName(attribute.Type)).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task WriteNodeAsync(XmlWriter xml, GraphNode node)
    {
        await xml.WriteStartElementAsync(null, "node", Ns).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, XmlText.Clean(node.Id)).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "label", null, XmlText.Clean(node.Name)).ConfigureAwait(false);
        await WriteValuesAsync(xml, ExportAttribute.Node.Select(a => (a.Name, a.ValueOf(node)))).ConfigureAwait(false);

        var style = NodeStyle.For(node.Label);
        await xml.WriteStartElementAsync("viz", "color", VizNs).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "r", null, style.Red.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "g", null, style.Green.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "b", null, style.Blue.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task WriteEdgeAsync(XmlWriter xml, GraphEdge edge, bool dynamic)
    {
        await xml.WriteStartElementAsync(null, "edge", Ns).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, XmlText.Clean(edge.Id)).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "source", null, XmlText.Clean(edge.Source)).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "target", null, XmlText.Clean(edge.Target)).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "label", null, XmlText.Clean(edge.Type)).ConfigureAwait(false);
        // "kind" keeps parallel edges of different types apart in Gephi's multigraph.
        await xml.WriteAttributeStringAsync(null, "kind", null, XmlText.Clean(edge.Type)).ConfigureAwait(false);
        var date = edge.Properties.GetValueOrDefault("date");
        if (dynamic && GraphSource.IsIsoDate(date))
        {
            await xml.WriteAttributeStringAsync(null, "start", null, date).ConfigureAwait(false);
        }

        await WriteValuesAsync(xml, ExportAttribute.Edge.Select(a => (a.Name, a.ValueOf(edge)))).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task WriteValuesAsync(XmlWriter xml, IEnumerable<(string Name, string? Value)> values)
    {
        await xml.WriteStartElementAsync(null, "attvalues", Ns).ConfigureAwait(false);
        foreach (var (name, value) in values)
        {
            if (value is null)
            {
                continue;
            }

            await xml.WriteStartElementAsync(null, "attvalue", Ns).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "for", null, name).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "value", null, XmlText.Clean(value)).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }
}
