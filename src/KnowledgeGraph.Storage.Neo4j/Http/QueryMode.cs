namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>How a statement is sent: what the request body adds to the statement and its parameters.</summary>
internal enum QueryMode
{
    /// <summary>An implicit read transaction: <c>accessMode: Read</c> and the last write's bookmarks.</summary>
    Read,

    /// <summary>An implicit write transaction (the Query API's default access mode).</summary>
    Write,

    /// <summary>A statement of an explicit transaction, with <c>includeCounters</c>.</summary>
    Transaction,
}
