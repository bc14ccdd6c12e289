using System.Globalization;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Exports;

/// <summary>
/// What one export reads: the whole store, streamed, or one neighbourhood. Writers enumerate the nodes first,
/// then the edges; the source remembers the node ids it handed out so that no edge dangles.
/// </summary>
internal sealed class GraphSource
{
    // Node ids only (not the document) are kept: the price of never writing a dangling edge.
    private readonly HashSet<string> _nodeIds = new(StringComparer.Ordinal);
    private readonly Func<CancellationToken, IAsyncEnumerable<GraphNode>> _nodes;
    private readonly Func<CancellationToken, IAsyncEnumerable<GraphEdge>> _edges;
    private bool _nodesDone;

    private GraphSource(
        string title,
        bool hasDates,
        Func<CancellationToken, IAsyncEnumerable<GraphNode>> nodes,
        Func<CancellationToken, IAsyncEnumerable<GraphEdge>> edges)
    {
        Title = title;
        HasDates = hasDates;
        _nodes = nodes;
        _edges = edges;
    }

    /// <summary>A line describing what is exported.</summary>
    public string Title { get; }

    /// <summary>True when some statement carries a usable ISO date (GEXF then declares a dynamic graph).</summary>
    public bool HasDates { get; }

    /// <summary>Edges left out because an end was not exported.</summary>
    public int SkippedEdges { get; private set; }

    public static GraphSource WholeStore(IGraphStore store, bool hasDates) =>
        FromStreams("The whole knowledge graph", hasDates, store.StreamNodesAsync, store.StreamEdgesAsync);

    /// <summary>A source over any two streams; nodes are read to the end before edges.</summary>
    public static GraphSource FromStreams(
        string title,
        bool hasDates,
        Func<CancellationToken, IAsyncEnumerable<GraphNode>> nodes,
        Func<CancellationToken, IAsyncEnumerable<GraphEdge>> edges) => new(title, hasDates, nodes, edges);

    public static GraphSource Network(GraphNode center, int depth, GraphNetwork network)
    {
        var hasDates = network.Edges.Any(e => IsIsoDate(e.Properties.GetValueOrDefault("date")));
        var title = string.Create(CultureInfo.InvariantCulture, $"Neighbourhood of {center.Name} ({center.Id}), depth {depth}");
        return new(title, hasDates, _ => network.Nodes.ToAsyncEnumerable(), _ => network.Edges.ToAsyncEnumerable());
    }

    /// <summary>A view someone already holds, written as given.</summary>
    public static GraphSource View(GraphNetwork view)
    {
        var hasDates = view.Edges.Any(e => IsIsoDate(e.Properties.GetValueOrDefault("date")));
        var title = string.Create(CultureInfo.InvariantCulture, $"A view of the knowledge graph: {view.Nodes.Count} nodes, {view.Edges.Count} edges");
        return new(title, hasDates, _ => view.Nodes.ToAsyncEnumerable(), _ => view.Edges.ToAsyncEnumerable());
    }

    /// <summary>True for a calendar date written <c>yyyy-MM-dd</c>, the only form GEXF's <c>timeformat="date"</c> accepts.</summary>
    public static bool IsIsoDate(string? value) =>
        value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>True when the node with this id has been exported.</summary>
    public bool IsNodeId(string id) => _nodeIds.Contains(id);

    /// <summary>Distinct nodes, in store order.</summary>
    public async IAsyncEnumerable<GraphNode> NodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var node in _nodes(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (_nodeIds.Add(node.Id))
            {
                yield return node;
            }
        }

        _nodesDone = true;
    }

    /// <summary>Edges whose two ends were exported by <see cref="NodesAsync"/>, which must have run to the end first.</summary>
    public async IAsyncEnumerable<GraphEdge> EdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!_nodesDone)
        {
            throw new InvalidOperationException("Nodes must be enumerated before edges so that dangling edges can be left out.");
        }

        await foreach (var edge in _edges(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (_nodeIds.Contains(edge.Source) && _nodeIds.Contains(edge.Target))
            {
                yield return edge;
            }
            else
            {
                SkippedEdges++;
            }
        }
    }
}
