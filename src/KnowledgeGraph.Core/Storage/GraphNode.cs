namespace KnowledgeGraph.Storage;

/// <summary>A node of any label, shaped for networks, paths and exports.</summary>
/// <param name="Id">Node id (<c>person:…</c>, <c>claim:…</c>, <c>article:…</c>, …).</param>
/// <param name="Label">One of <see cref="GraphLabels"/>: Person, Institution, Place, Claim, Article.</param>
/// <param name="Name">Display name: entity name, claim text or article title.</param>
/// <param name="Properties">Other properties (aliases joined by "|", role, country, publisher, publishedAt, url, contested…).</param>
public sealed record GraphNode(string Id, string Label, string Name, IReadOnlyDictionary<string, string?> Properties);

/// <summary>A relationship of any type, shaped for networks, paths and exports.</summary>
/// <param name="Id">Stable edge id.</param>
/// <param name="Type">One of <see cref="GraphLabels"/> relationship types: SAID, DENIED, REPORTED_BY, ABOUT, MENTIONS, PUBLISHED_BY, MEMBER_OF, LEADS.</param>
/// <param name="Source">Start node id.</param>
/// <param name="Target">End node id.</param>
/// <param name="Properties">Edge properties (stance, date, articleId, evidence, start, end, role…).</param>
public sealed record GraphEdge(string Id, string Type, string Source, string Target, IReadOnlyDictionary<string, string?> Properties);

/// <summary>A set of nodes and the edges between them.</summary>
/// <param name="Nodes">Distinct nodes.</param>
/// <param name="Edges">Distinct edges; both ends are in <paramref name="Nodes"/>.</param>
public sealed record GraphNetwork(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>True when the limit cut the network short.</summary>
    public bool Truncated { get; init; }
}

/// <summary>A shortest path: nodes in order from start to end, and the edges between consecutive nodes.</summary>
/// <param name="Nodes">From start to end.</param>
/// <param name="Edges">Edges[i] links Nodes[i] and Nodes[i+1] (in either direction).</param>
public sealed record GraphPath(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

/// <summary>Neighbourhood request.</summary>
/// <param name="CenterId">The centre node id.</param>
/// <param name="Depth">Hops from the centre, 1 to 3.</param>
/// <param name="Labels">Node labels to keep (the centre is always kept); null or empty keeps all.</param>
/// <param name="Limit">Maximum number of nodes.</param>
public sealed record NetworkQuery(string CenterId, int Depth, IReadOnlyList<string>? Labels, int Limit)
{
    /// <summary>
    /// False when the caller will not read the edges' properties: a store may then return edges without them (the SQLite
    /// store then reads no statement row for its SAID/DENIED edges). Default true.
    /// </summary>
    public bool EdgeProperties { get; init; } = true;
}
