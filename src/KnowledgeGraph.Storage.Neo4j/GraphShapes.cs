using System.Text.Json.Nodes;
using KnowledgeGraph.Storage.Neo4j.Http;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>Shapes Neo4j node and relationship properties into <see cref="GraphNode"/> and <see cref="GraphEdge"/>.</summary>
internal static class GraphShapes
{
    // Helpers that exist only for matching, full-text search and the next load, not for people; an entity's maintained
    // counts are not node properties in SQLite either (a claim's are, and are shown).
    private static readonly HashSet<string> Hidden = ["id", "name", "text", "title", "nameFold", "aliasesFold", "aliasText", "textFold", "evidenceFold", "publisherFold", "stub", "fingerprint"];

    private static readonly HashSet<string> EntityCounts = ["saidCount", "deniedCount", "statementCount", "mentionCount"];

    // A claim's maintained properties (load-documents.cypher#refresh-claim-counts), always present as in SQLite.
    private static readonly (string Key, string Default)[] ClaimCounts =
        [("saidCount", "0"), ("deniedCount", "0"), ("corroboration", "0"), ("contested", "false")];

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
            foreach (var (key, fallback) in ClaimCounts)
            {
                if (properties.GetValueOrDefault(key) is null)
                {
                    properties[key] = fallback;
                }
            }

            properties.TryAdd("firstReported", null);
            properties.TryAdd("lastReported", null);
        }
        else if (label != GraphLabels.Article)
        {
            foreach (var key in EntityCounts)
            {
                properties.Remove(key);
            }
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
