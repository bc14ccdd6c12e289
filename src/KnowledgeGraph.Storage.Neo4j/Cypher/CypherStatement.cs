namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>One named statement of a <c>cypher/*.cypher</c> file.</summary>
/// <param name="File">File name, e.g. <c>claims.cypher</c>.</param>
/// <param name="Name">The statement's <c>// name:</c>.</param>
/// <param name="Parameters">Parameter names declared by <c>// params:</c>, without <c>$</c>.</param>
/// <param name="Text">The Cypher, without comments and the closing <c>;</c>.</param>
internal sealed record CypherStatement(string File, string Name, IReadOnlyList<string> Parameters, string Text)
{
    /// <summary>Where it comes from, for messages: <c>cypher/claims.cypher#query-claims</c>.</summary>
    public string Source => $"cypher/{File}#{Name}";
}
