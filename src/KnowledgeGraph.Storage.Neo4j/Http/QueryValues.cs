using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// Reads Query API values. The store asks for typed JSON (<c>application/vnd.neo4j.query</c>), where every value
/// is <c>{"$type": "...", "_value": ...}</c> and integers arrive as strings; <see cref="Plain"/> turns that into
/// plain JSON so the rest of the adapter reads one shape (plain JSON answers pass through unchanged).
/// </summary>
internal static class QueryValues
{
    /// <summary>Unwraps typed values recursively.</summary>
    public static JsonNode? Plain(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when obj.TryGetPropertyValue("$type", out var typeNode) && obj.ContainsKey("_value"):
                var type = typeNode?.GetValue<string>();
                var value = obj["_value"];
                return type switch
                {
                    "Null" => null,
                    "Integer" => JsonValue.Create(long.Parse(value!.GetValue<string>(), CultureInfo.InvariantCulture)),
                    "Float" => JsonValue.Create(double.Parse(value!.GetValue<string>(), CultureInfo.InvariantCulture)),
                    "List" => new JsonArray([.. ((JsonArray)value!).Select(v => Plain(v?.DeepClone()))]),
                    "Map" => PlainObject((JsonObject)value!),
                    "Node" or "Relationship" => PlainEntity((JsonObject)value!),
                    _ => value?.DeepClone(),
                };
            case JsonObject obj:
                return PlainObject(obj);
            case JsonArray array:
                return new JsonArray([.. array.Select(v => Plain(v?.DeepClone()))]);
            default:
                return node?.DeepClone();
        }
    }

    private static JsonObject PlainObject(JsonObject obj)
    {
        var result = new JsonObject();
        foreach (var (key, value) in obj)
        {
            result[key] = Plain(value);
        }

        return result;
    }

    private static JsonObject PlainEntity(JsonObject entity) =>
        entity["_properties"] is JsonObject properties ? PlainObject(properties) : [];

    public static string? String(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => node.ToJsonString(),
    };

    public static int Int(JsonNode? node) => node switch
    {
        null => 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => (int)Number(v),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => int.Parse(v.GetValue<string>(), CultureInfo.InvariantCulture),
        _ => throw new FormatException($"Expected a number from Neo4j, got {node.ToJsonString()}."),
    };

    public static double Double(JsonNode? node) => node switch
    {
        null => 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => Number(v),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => double.Parse(v.GetValue<string>(), CultureInfo.InvariantCulture),
        _ => throw new FormatException($"Expected a number from Neo4j, got {node.ToJsonString()}."),
    };

    // A number node may wrap a long (typed JSON made plain) or a JsonElement (plain JSON): read its JSON text.
    private static double Number(JsonValue value) => double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(String).OfType<string>()] : [];
}
