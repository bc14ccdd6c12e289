using System.Text.Json.Nodes;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>A Query API result: <c>data.fields</c> and <c>data.values</c>, with typed values already made plain.</summary>
/// <param name="Fields">Column names.</param>
/// <param name="Rows">Rows, each value in field order.</param>
internal sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<QueryRow> Rows)
{
    /// <summary>What the statement changed, when the request asked for counters; null otherwise.</summary>
    public QueryCounters? Counters { get; init; }

    /// <summary>The bookmarks of the answer (the state a later read must wait for).</summary>
    public IReadOnlyList<string> Bookmarks { get; init; } = [];
}

/// <summary>One row of a <see cref="QueryResult"/>, read by column name.</summary>
internal sealed class QueryRow(IReadOnlyList<string> fields, JsonArray values)
{
    /// <summary>The value of a column (null for a Cypher null or a missing column).</summary>
    public JsonNode? this[string field]
    {
        get
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i] == field)
                {
                    return i < values.Count ? values[i] : null;
                }
            }

            throw new InvalidOperationException($"The Neo4j result has no column '{field}' (columns: {string.Join(", ", fields)}).");
        }
    }

    public string? String(string field) => QueryValues.String(this[field]);

    public int Int(string field) => QueryValues.Int(this[field]);

    public double Double(string field) => QueryValues.Double(this[field]);

    public IReadOnlyList<string> Strings(string field) => QueryValues.Strings(this[field]);

    public JsonArray Array(string field) => this[field] as JsonArray ?? [];

    public JsonObject Object(string field) => this[field] as JsonObject ?? [];
}
