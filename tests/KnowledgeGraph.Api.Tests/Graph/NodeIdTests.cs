using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Graph;

/// <summary>
/// Every id the API hands out resolves through <c>node(id:)</c>: the ids of entities, claims, articles and statements
/// wherever they appear (connections, reporters, memberships, timeline, search, stats keys, network and path nodes and
/// edge ends), and the ids of SAID and DENIED network edges, which are their statements' ids. Other network edges
/// (MENTIONS, ABOUT, …) are relationships, not nodes: their id is TYPE:source->target, whose two ends resolve.
/// </summary>
public sealed class NodeIdTests(SampleApi api) : IClassFixture<SampleApi>
{
    private static readonly string[] Queries =
    [
        """
        { entities(first: 100) { nodes { id memberships(first: 100) { person { id } institution { id } } } } }
        """,
        """
        { claims(first: 100) { nodes {
            id about(first: 20) { nodes { id } } saidBy(first: 20) { nodes { id } } deniedBy(first: 20) { nodes { id } }
            reportedBy(first: 20) { nodes { ... on Node { id } } }
            statements(first: 20) { nodes { id article { id } speaker { id } reportedBy { id } } } } } }
        """,
        """
        { articles(first: 100) { nodes { id mentions(first: 100) { nodes { id } } statements(first: 100) { nodes { id claim { id } } } } } }
        """,
        """
        { timeline(first: 100) { id speaker { id } claim { id } article { id } }
          search(text: "Cuba", first: 100) { id }
          stats { bySpeaker(first: 100) { key } } }
        """,
        """
        { network(center: "Fernández de Cossío", depth: 2, limit: 1000) { nodes { id } edges { id type source target } }
          path(from: "Alejandro Castro Espín", to: "CIA") { nodes { id } edges { id type source target } } }
        """,
    ];

    [Fact]
    public async Task Every_id_handed_out_by_the_read_queries_resolves_through_node_to_itself()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var relationships = 0;
        foreach (var query in Queries)
        {
            relationships += Collect(await api.Client.DataAsync(query), ids);
        }

        // The walk saw every kind of node and the non-node relationships, so a new id form cannot slip past it.
        foreach (var prefix in new[] { "person:", "institution:", "place:", "claim:", "article:", "statement:" })
        {
            Assert.Contains(ids, id => id.StartsWith(prefix, StringComparison.Ordinal));
        }

        Assert.True(relationships > 0, "No MENTIONS/ABOUT/REPORTED_BY/… edge was seen in the network");
        var unresolved = new List<string>();
        foreach (var batch in ids.Order(StringComparer.Ordinal).Chunk(20))
        {
            var fields = string.Join(' ', batch.Select((id, i) => $"n{i}: node(id: {JsonSerializer.Serialize(id)}) {{ id }}"));
            var data = await api.Client.DataAsync($"{{ {fields} }}");
            unresolved.AddRange(batch.Where((id, i) => data[$"n{i}"]?["id"]?.GetValue<string>() != id));
        }

        Assert.True(unresolved.Count == 0, $"{unresolved.Count} of {ids.Count} ids do not resolve through node(id:): {string.Join(", ", unresolved.Take(20))}");
    }

    // Adds every node id under node (an "id", an edge's "source"/"target", a speaker bucket's "key") to ids; returns
    // how many relationship edges it checked instead (their id names their type and both ends).
    private static int Collect(JsonNode? node, HashSet<string> ids)
    {
        var relationships = 0;
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    relationships += Collect(item, ids);
                }

                break;
            case JsonObject o when o["type"] is JsonValue && o["source"] is JsonValue && o["target"] is JsonValue:
                var (type, source, target, id) = (Text(o, "type"), Text(o, "source"), Text(o, "target"), Text(o, "id"));
                ids.Add(source);
                ids.Add(target);
                if (type is "SAID" or "DENIED")
                {
                    Assert.StartsWith("statement:", id, StringComparison.Ordinal);
                    ids.Add(id);
                }
                else
                {
                    Assert.Equal($"{type}:{source}->{target}", id);
                    relationships++;
                }

                break;
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key is "id" or "key" && value is JsonValue)
                    {
                        ids.Add(value.GetValue<string>());
                    }
                    else
                    {
                        relationships += Collect(value, ids);
                    }
                }

                break;
        }

        return relationships;
    }

    private static string Text(JsonObject o, string key) => o[key]!.GetValue<string>();
}
