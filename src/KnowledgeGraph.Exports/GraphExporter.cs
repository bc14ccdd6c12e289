using System.Globalization;
using KnowledgeGraph.Exports.Writers;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Exports;

/// <summary>
/// Writes the graph, or one node's neighbourhood, as GraphML, GEXF, Cytoscape.js JSON, neo4j-admin CSV or
/// Graphviz DOT. Whole-graph exports stream from the store and never hold the document in memory.
/// </summary>
public static class GraphExporter
{
    /// <summary>Smallest neighbourhood depth.</summary>
    public const int MinDepth = 1;

    /// <summary>Largest neighbourhood depth.</summary>
    public const int MaxDepth = 3;

    /// <summary>Most nodes a neighbourhood export holds; the store cuts larger neighbourhoods short.</summary>
    public const int NeighbourhoodLimit = 5000;

    /// <summary>Most edges an exported view (<see cref="PrepareView"/>) may hold.</summary>
    public const int ViewEdgeLimit = 20000;

    private static readonly (ExportFormat Format, IGraphWriter Writer)[] Entries =
    [
        (new("graphml", "application/graphml+xml; charset=utf-8", ".graphml", "GraphML for Gephi, Cytoscape and yEd"), new GraphMLWriter()),
        (new("gexf", "application/gexf+xml; charset=utf-8", ".gexf", "GEXF 1.3 for Gephi, with dates for its timeline"), new GexfWriter()),
        (new("cytoscape", "application/json; charset=utf-8", ".cyjs", "Cytoscape.js JSON for cy.add() and Cytoscape desktop"), new CytoscapeJsonWriter()),
        (new("csv", "application/zip", ".zip", "nodes.csv and relationships.csv with neo4j-admin import headers, zipped"), new Neo4jCsvWriter()),
        (new("dot", "text/vnd.graphviz; charset=utf-8", ".dot", "Graphviz DOT for quick pictures"), new DotWriter()),
    ];

    // Other names people use for a format: "cyjs" is the extension Cytoscape desktop gives Cytoscape.js JSON.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase) { ["cyjs"] = "cytoscape" };

    private static readonly Dictionary<string, (ExportFormat Format, IGraphWriter Writer)> Registry = Entries
        .Select(e => (Key: e.Format.Name, Entry: e))
        .Concat(Aliases.Select(a => (Key: a.Key, Entry: Entries.Single(e => e.Format.Name == a.Value))))
        .ToDictionary(e => e.Key, e => e.Entry, StringComparer.OrdinalIgnoreCase);

    /// <summary>The supported formats, in a stable order.</summary>
    public static IReadOnlyList<ExportFormat> Formats { get; } = [.. Entries.Select(e => e.Format)];

    /// <summary>Format names that are accepted as another name of a format, e.g. <c>cyjs</c> for <c>cytoscape</c>.</summary>
    public static IReadOnlyDictionary<string, string> FormatAliases => Aliases;

    /// <summary>The format with this name or alias (case-insensitive).</summary>
    /// <param name="name">A format name such as <c>gexf</c>.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ExportException">The name is not a known format.</exception>
    public static ExportFormat GetFormat(string name) => Lookup(name).Format;

    /// <summary>Writes the export to <paramref name="output"/>, which is left open.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="format">A name from <see cref="Formats"/>.</param>
    /// <param name="center">Null or empty for the whole graph; else a node id or an entity name or alias.</param>
    /// <param name="depth">Neighbourhood depth, <see cref="MinDepth"/> to <see cref="MaxDepth"/>.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    /// <exception cref="ExportException">Unknown format, unknown centre or depth out of range.</exception>
    public static async Task ExportAsync(IGraphStore store, string format, string? center, int depth, Stream output, CancellationToken cancellationToken = default)
    {
        var job = await PrepareAsync(store, format, center, depth, cancellationToken).ConfigureAwait(false);
        await job.WriteAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks the request and resolves the centre without writing anything, so that a server can still answer
    /// with an error; the returned job then writes the export.
    /// </summary>
    /// <param name="store">The store to read.</param>
    /// <param name="format">A name from <see cref="Formats"/>.</param>
    /// <param name="center">Null or empty for the whole graph; else a node id or an entity name or alias.</param>
    /// <param name="depth">Neighbourhood depth, <see cref="MinDepth"/> to <see cref="MaxDepth"/>.</param>
    /// <param name="cancellationToken">Cancels the look-ups.</param>
    /// <returns>The prepared export.</returns>
    /// <exception cref="ExportException">Unknown format, unknown centre or depth out of range.</exception>
    public static async Task<ExportJob> PrepareAsync(IGraphStore store, string format, string? center, int depth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (exportFormat, writer) = Lookup(format);
        if (depth is < MinDepth or > MaxDepth)
        {
            throw new ExportException(string.Create(
                CultureInfo.InvariantCulture,
                $"The depth must be between {MinDepth} and {MaxDepth}, got {depth}."));
        }

        if (string.IsNullOrWhiteSpace(center))
        {
            var hasDates = await StoreHasDatesAsync(store, cancellationToken).ConfigureAwait(false);
            return new ExportJob(exportFormat, writer, GraphSource.WholeStore(store, hasDates), "knowledge-graph");
        }

        var centerNode = await ResolveCenterAsync(store, center.Trim(), cancellationToken).ConfigureAwait(false);
        var network = await store.GetNetworkAsync(new NetworkQuery(centerNode.Id, depth, null, NeighbourhoodLimit), cancellationToken).ConfigureAwait(false)
            ?? throw new ExportException($"No node matches the centre \"{center}\".");
        var baseName = string.Create(CultureInfo.InvariantCulture, $"knowledge-graph-{FileNames.Slug(centerNode.Id)}-depth{depth}");
        return new ExportJob(exportFormat, writer, GraphSource.Network(centerNode, depth, network), baseName);
    }

    /// <summary>
    /// Writes the export to a file, or into a directory when <paramref name="path"/> is an existing directory or
    /// ends with a separator: CSV then becomes two files, <c>nodes.csv</c> and <c>relationships.csv</c>; other
    /// formats get their suggested file name.
    /// </summary>
    /// <param name="store">The store to read.</param>
    /// <param name="format">A name from <see cref="Formats"/>.</param>
    /// <param name="center">Null or empty for the whole graph; else a node id or an entity name or alias.</param>
    /// <param name="depth">Neighbourhood depth, <see cref="MinDepth"/> to <see cref="MaxDepth"/>.</param>
    /// <param name="path">A file path, or a directory.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The files written.</returns>
    /// <exception cref="ExportException">Unknown format, unknown centre or depth out of range.</exception>
    public static async Task<IReadOnlyList<string>> ExportToPathAsync(IGraphStore store, string format, string? center, int depth, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var job = await PrepareAsync(store, format, center, depth, cancellationToken).ConfigureAwait(false);
        return await job.WriteToPathAsync(path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks a view someone already holds (for example the viewer's drawing, or the nodes and edges of a GraphQL
    /// <c>network</c> answer) and returns a job that writes exactly those nodes and the edges between them.
    /// </summary>
    /// <param name="format">A name from <see cref="Formats"/>.</param>
    /// <param name="view">The nodes and edges to write; edges with an end outside the nodes are left out.</param>
    /// <returns>The prepared export, named <c>knowledge-graph-view</c>.</returns>
    /// <exception cref="ExportException">Unknown format, or more than <see cref="NeighbourhoodLimit"/> nodes or
    /// <see cref="ViewEdgeLimit"/> edges.</exception>
    public static ExportJob PrepareView(string format, GraphNetwork view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (exportFormat, writer) = Lookup(format);
        if (view.Nodes.Count > NeighbourhoodLimit || view.Edges.Count > ViewEdgeLimit)
        {
            throw new ExportException(string.Create(
                CultureInfo.InvariantCulture,
                $"A view holds at most {NeighbourhoodLimit} nodes and {ViewEdgeLimit} edges, got {view.Nodes.Count} nodes and {view.Edges.Count} edges; export the whole graph instead."));
        }

        return new ExportJob(exportFormat, writer, GraphSource.View(view), "knowledge-graph-view");
    }

    /// <summary>A job over an arbitrary source (tests and benchmarks feed synthetic graphs through it).</summary>
    internal static ExportJob ForSource(string format, GraphSource source)
    {
        var (exportFormat, writer) = Lookup(format);
        return new ExportJob(exportFormat, writer, source, "knowledge-graph");
    }

    private static (ExportFormat Format, IGraphWriter Writer) Lookup(string name) =>
        name is not null && Registry.TryGetValue(name.Trim(), out var entry)
            ? entry
            : throw new ExportException($"Unknown export format \"{name}\". Use one of: {string.Join(", ", Entries.Select(e => e.Format.Name))} ({string.Join(", ", Aliases.Select(a => $"{a.Key} also means {a.Value}"))}).");

    private static async Task<GraphNode> ResolveCenterAsync(IGraphStore store, string center, CancellationToken cancellationToken)
    {
        // Any node id works (claims and articles too); names resolve through the store's entity matching.
        var byId = await store.GetNodesAsync([center], cancellationToken).ConfigureAwait(false);
        if (byId.Count > 0)
        {
            return byId[0];
        }

        var entity = await store.FindEntityAsync(center, cancellationToken).ConfigureAwait(false);
        if (entity is not null)
        {
            var nodes = await store.GetNodesAsync([entity.Id], cancellationToken).ConfigureAwait(false);
            if (nodes.Count > 0)
            {
                return nodes[0];
            }
        }

        throw new ExportException($"No node or entity matches the centre \"{center}\".");
    }

    private static async Task<bool> StoreHasDatesAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        // One dated statement is enough to make the GEXF dynamic; asked up front because the header comes first.
        var dated = await store.QueryStatementsAsync(new StatementFilter { From = "0001-01-01" }, PageRequest.First(1), cancellationToken).ConfigureAwait(false);
        return dated.Items.Any(s => GraphSource.IsIsoDate(s.Date));
    }
}
