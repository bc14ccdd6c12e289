using System.Text.Json.Nodes;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// The counters the Query API returns for a statement sent with <c>includeCounters: true</c>: what it changed.
/// A batch's "new" figures are the nodes and relationships its MERGEs created, read here instead of counting the
/// whole store before and after.
/// </summary>
internal sealed record QueryCounters(int NodesCreated, int NodesDeleted, int RelationshipsCreated, int RelationshipsDeleted, int PropertiesSet)
{
    public static QueryCounters From(JsonObject counters)
    {
        int Get(string key) => counters[key] is { } value ? QueryValues.Int(QueryValues.Plain(value)) : 0;
        return new QueryCounters(Get("nodesCreated"), Get("nodesDeleted"), Get("relationshipsCreated"), Get("relationshipsDeleted"), Get("propertiesSet"));
    }
}
