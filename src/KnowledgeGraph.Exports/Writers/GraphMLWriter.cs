using System.Xml;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Exports.Writers;

/// <summary>GraphML with declared keys, readable by Gephi, Cytoscape and yEd.</summary>
internal sealed class GraphMLWriter : IGraphWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    public async Task WriteAsync(GraphSource source, Stream output, CancellationToken cancellationToken)
    {
        var xml = XmlWriter.Create(output, XmlText.Settings);
        await using (xml.ConfigureAwait(false))
        {
            await xml.WriteStartDocumentAsync().ConfigureAwait(false);
            await xml.WriteStartElementAsync(null, "graphml", Ns).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync("xmlns", "xsi", null, XsiNs).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync("xsi", "schemaLocation", XsiNs, Ns + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd").ConfigureAwait(false);
            await xml.WriteElementStringAsync(null, "desc", Ns, XmlText.Clean(source.Title)).ConfigureAwait(false);

            // "label" is the display text Gephi and Cytoscape pick up; the typed columns follow.
            await WriteKeyAsync(xml, "node", "label", "label", "string").ConfigureAwait(false);
            foreach (var attribute in ExportAttribute.Node)
            {
                await WriteKeyAsync(xml, "node", "n_" + attribute.Name, attribute.Name, TypeName(attribute.Type)).ConfigureAwait(false);
            }

            await WriteKeyAsync(xml, "edge", "e_label", "label", "string").ConfigureAwait(false);
            foreach (var attribute in ExportAttribute.Edge)
            {
                await WriteKeyAsync(xml, "edge", "e_" + attribute.Name, attribute.Name, TypeName(attribute.Type)).ConfigureAwait(false);
            }

            await xml.WriteStartElementAsync(null, "graph", Ns).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, "G").ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed").ConfigureAwait(false);

            var count = 0;
            await foreach (var node in source.NodesAsync(cancellationToken).ConfigureAwait(false))
            {
                await WriteNodeAsync(xml, node).ConfigureAwait(false);
                if (++count % XmlText.FlushEvery == 0)
                {
                    await xml.FlushAsync().ConfigureAwait(false);
                }
            }

            await foreach (var edge in source.EdgesAsync(cancellationToken).ConfigureAwait(false))
            {
                await WriteEdgeAsync(xml, edge).ConfigureAwait(false);
                if (++count % XmlText.FlushEvery == 0)
                {
                    await xml.FlushAsync().ConfigureAwait(false);
                }
            }

            await xml.WriteEndElementAsync().ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
            await xml.WriteEndDocumentAsync().ConfigureAwait(false);
            await xml.FlushAsync().ConfigureAwait(false);
        }
    }

    /// <summary>GraphML ids are XML name tokens; other ids are encoded reversibly (<see cref="XmlConvert.DecodeName"/>).</summary>
    internal static string Id(string id)
    {
        var token = XmlConvert.EncodeNmToken(XmlText.Clean(id));
        return string.IsNullOrEmpty(token) ? "_" : token;
    }

    private static string TypeName(ExportValueType type) => type switch
    {
        ExportValueType.Integer => "int",
        ExportValueType.Boolean => "boolean",
        _ => "string",
    };

    private static async Task WriteKeyAsync(XmlWriter xml, string domain, string id, string name, string type)
    {
        await xml.WriteStartElementAsync(null, "key", Ns).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "for", null, domain).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, name).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task WriteNodeAsync(XmlWriter xml, GraphNode node)
    {
        await xml.WriteStartElementAsync(null, "node", Ns).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, Id(node.Id)).ConfigureAwait(false);
        await WriteDataAsync(xml, "label", node.Name).ConfigureAwait(false);
        foreach (var attribute in ExportAttribute.Node)
        {
            await WriteDataAsync(xml, "n_" + attribute.Name, attribute.ValueOf(node)).ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task WriteEdgeAsync(XmlWriter xml, GraphEdge edge)
    {
        await xml.WriteStartElementAsync(null, "edge", Ns).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, Id(edge.Id)).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "source", null, Id(edge.Source)).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "target", null, Id(edge.Target)).ConfigureAwait(false);
        await WriteDataAsync(xml, "e_label", edge.Type).ConfigureAwait(false);
        foreach (var attribute in ExportAttribute.Edge)
        {
            await WriteDataAsync(xml, "e_" + attribute.Name, attribute.ValueOf(edge)).ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task WriteDataAsync(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        await xml.WriteStartElementAsync(null, "data", Ns).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "key", null, key).ConfigureAwait(false);
        await xml.WriteStringAsync(XmlText.Clean(value)).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }
}
