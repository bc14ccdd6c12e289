using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>
/// Reads the body of <c>POST /export/{format}</c>: <c>{"nodes": [...], "edges": [...]}</c> shaped as the GraphQL
/// <c>network</c> and <c>path</c> answers (<c>id label name properties</c>; <c>id type source target properties</c>,
/// properties as <c>[{key, value}]</c> or as an object). Every refusal names the field at fault.
/// </summary>
internal static class ViewBody
{
    public static GraphNetwork Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The body must be a JSON object with \"nodes\" and \"edges\" arrays.");
        }

        var nodes = new List<GraphNode>();
        foreach (var (node, path) in Items(root, "nodes"))
        {
            nodes.Add(new GraphNode(Text(node, "id", path), Text(node, "label", path), Optional(node, "name", path) ?? "", Properties(node, path)));
        }

        var edges = new List<GraphEdge>();
        foreach (var (edge, path) in Items(root, "edges"))
        {
            edges.Add(new GraphEdge(Text(edge, "id", path), Text(edge, "type", path), Text(edge, "source", path), Text(edge, "target", path), Properties(edge, path)));
        }

        return new GraphNetwork(nodes, edges);
    }

    private static IEnumerable<(JsonElement Item, string Path)> Items(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"\"{name}\" must be an array.");
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{name}[{index++}]");
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{path} must be an object.");
            }

            yield return (item, path);
        }
    }

    private static string Text(JsonElement item, string field, string path) =>
        Optional(item, field, path) is { Length: > 0 } value ? value : throw new FormatException($"{path}.{field} is missing or empty.");

    private static string? Optional(JsonElement item, string field, string path)
    {
        if (!item.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FormatException($"{path}.{field} must be a string.");
    }

    private static Dictionary<string, string?> Properties(JsonElement item, string path)
    {
        var properties = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!item.TryGetProperty("properties", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return properties;
        }

        if (list.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in list.EnumerateObject())
            {
                properties[property.Name] = Scalar(property.Value, $"{path}.properties.{property.Name}");
            }

            return properties;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{path}.properties must be an array of {{key, value}} or an object.");
        }

        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var entryPath = string.Create(CultureInfo.InvariantCulture, $"{path}.properties[{index++}]");
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{entryPath} must be an object with \"key\" and \"value\".");
            }

            var key = Text(entry, "key", entryPath);
            properties[key] = entry.TryGetProperty("value", out var value) ? Scalar(value, entryPath + ".value") : null;
        }

        return properties;
    }

    private static string? Scalar(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => throw new FormatException($"{path} must be a string, a number or a boolean."),
    };
}
