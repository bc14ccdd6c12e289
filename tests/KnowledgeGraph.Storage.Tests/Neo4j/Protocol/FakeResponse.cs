using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Protocol;

/// <summary>An answer of <see cref="FakeQueryApiServer"/>, in the Query API's documented shapes.</summary>
internal sealed record FakeResponse(int Status, string Body)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public TimeSpan Delay { get; init; }

    /// <summary>A successful result in typed JSON: every value is <c>{"$type", "_value"}</c>, integers as strings.</summary>
    public static FakeResponse Rows(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<object?>> rows, JsonObject? extra = null)
    {
        var body = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode)f)]),
                ["values"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonArray([.. r.Select(Typed)]))]),
            },
            ["bookmarks"] = new JsonArray("FB:fake-bookmark"),
        };
        foreach (var (key, value) in extra ?? [])
        {
            body[key] = value?.DeepClone();
        }

        return new FakeResponse(202, body.ToJsonString());
    }

    /// <summary>An error as the Query API reports it: HTTP 202 (or 400 on older servers) with an <c>errors</c> list.</summary>
    public static FakeResponse Error(string code, string message, int status = 202) =>
        new(status, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) }.ToJsonString());

    /// <summary>Wrong credentials: HTTP 401.</summary>
    public static FakeResponse Unauthorized() =>
        Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.", 401);

    /// <summary>
    /// The answer to opening a transaction with its first statement: that statement's result, the transaction id and
    /// expiry, and the affinity header.
    /// </summary>
    public static FakeResponse Begin(string id, string affinity, FakeResponse first)
    {
        var body = JsonNode.Parse(first.Body)!.AsObject();
        body["transaction"] = new JsonObject { ["id"] = id, ["expires"] = "2026-11-23T18:30:00Z" };
        return new FakeResponse(first.Status, body.ToJsonString()) { Headers = new Dictionary<string, string> { ["neo4j-cluster-affinity"] = affinity } };
    }

    /// <summary>This answer with the counters the Query API adds for <c>includeCounters: true</c>.</summary>
    public FakeResponse WithCounters(int nodesCreated = 0, int relationshipsCreated = 0)
    {
        var body = JsonNode.Parse(Body)!.AsObject();
        body["counters"] = new JsonObject
        {
            ["containsUpdates"] = nodesCreated + relationshipsCreated > 0, ["nodesCreated"] = nodesCreated, ["nodesDeleted"] = 0,
            ["propertiesSet"] = 0, ["relationshipsCreated"] = relationshipsCreated, ["relationshipsDeleted"] = 0, ["labelsAdded"] = 0,
            ["labelsRemoved"] = 0, ["indexesAdded"] = 0, ["indexesRemoved"] = 0, ["constraintsAdded"] = 0, ["constraintsRemoved"] = 0,
            ["containsSystemUpdates"] = false, ["systemUpdates"] = 0,
        };
        return this with { Body = body.ToJsonString() };
    }

    /// <summary>This answer with other bookmarks.</summary>
    public FakeResponse WithBookmarks(params string[] bookmarks)
    {
        var body = JsonNode.Parse(Body)!.AsObject();
        body["bookmarks"] = new JsonArray([.. bookmarks.Select(b => (JsonNode)b)]);
        return this with { Body = body.ToJsonString() };
    }

    public static JsonNode Typed(object? value) => value switch
    {
        null => new JsonObject { ["$type"] = "Null", ["_value"] = null },
        string s => new JsonObject { ["$type"] = "String", ["_value"] = s },
        bool b => new JsonObject { ["$type"] = "Boolean", ["_value"] = b },
        int or long => new JsonObject { ["$type"] = "Integer", ["_value"] = Convert.ToString(value, CultureInfo.InvariantCulture) },
        double d => new JsonObject { ["$type"] = "Float", ["_value"] = d.ToString("R", CultureInfo.InvariantCulture) },
        IDictionary<string, object?> map => new JsonObject
        {
            ["$type"] = "Map",
            ["_value"] = new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)Typed(kv.Value)))),
        },
        IEnumerable list => new JsonObject { ["$type"] = "List", ["_value"] = new JsonArray([.. list.Cast<object?>().Select(Typed)]) },
        _ => throw new ArgumentException($"No typed JSON for {value.GetType()}"),
    };
}
