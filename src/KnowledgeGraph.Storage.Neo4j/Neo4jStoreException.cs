namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>Neo4j refused a request or could not be reached; the message is a plain sentence naming the server.</summary>
/// <param name="message">What went wrong, for people.</param>
/// <param name="code">The Neo4j status code (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>), or null.</param>
/// <param name="innerException">The underlying failure, if any.</param>
public sealed class Neo4jStoreException(string message, string? code = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The Neo4j status code, or null when the failure was not reported by Neo4j.</summary>
    public string? Code { get; } = code;

    /// <summary>True for <c>Neo.TransientError.*</c>: the same request may succeed later.</summary>
    public bool IsTransient => Code?.StartsWith("Neo.TransientError.", StringComparison.Ordinal) == true;
}
