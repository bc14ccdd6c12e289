using System.Globalization;
using System.Text.Json.Nodes;
using KnowledgeGraph.Storage.Neo4j.Http;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>Shapes Neo4j node and relationship properties into <see cref="GraphNode"/> and <see cref="GraphEdge"/>.</summary>
internal static class GraphShapes
{
    // Helpers that exist only for matching and full-text search, not for people.
    private static readonly HashSet<string> Hidden = ["id", "name", "text", "title", "nameFold", "aliasesFold", "aliasText", "textFold", "evidenceFold", "publisherFold", "stub"];

    private static readonly string[] Labels = [GraphLabels.Person, GraphLabels.Institution, GraphLabels.Place, GraphLabels.Claim, GraphLabels.Article];

    public static GraphNode Node(QueryRow row)
    {
        var labels = row.Strings("labels");
        var label = Labels.FirstOrDefault(labels.Contains) ?? labels.FirstOrDefault() ?? "";
        var props = row.Object("props");
        var name = QueryValues.String(props["name"]) ?? QueryValues.String(props["text"]) ?? QueryValues.String(props["title"]) ?? QueryValues.String(props["file"]) ?? row.String("id")!;
        var properties = Properties(props);
        if (label == GraphLabels.Claim)
        {
            var said = row.Int("said");
            var denied = row.Int("denied");
            properties["saidCount"] = said.ToString(CultureInfo.InvariantCulture);
            properties["deniedCount"] = denied.ToString(CultureInfo.InvariantCulture);
            properties["contested"] = (said > 0 && denied > 0) ? "true" : "false";
        }

        return new GraphNode(row.String("id")!, label, name, properties);
    }

    public static GraphEdge Edge(Func<string, JsonNode?> get)
    {
        var type = QueryValues.String(get("type"))!;
        var properties = Properties(get("props") as JsonObject ?? []);
        if (type is GraphLabels.Said or GraphLabels.Denied)
        {
            properties["stance"] = type == GraphLabels.Said ? "said" : "denied";
        }

        return new GraphEdge(QueryValues.String(get("id"))!, type, QueryValues.String(get("source"))!, QueryValues.String(get("target"))!, properties);
    }

    private static Dictionary<string, string?> Properties(JsonObject props)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in props)
        {
            if (Hidden.Contains(key) || key == "kind")
            {
                continue;
            }

            result[key] = value is JsonArray list ? string.Join("|", QueryValues.Strings(list)) : QueryValues.String(value);
        }

        return result;
    }
}
