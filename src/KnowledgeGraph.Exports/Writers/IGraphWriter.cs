namespace KnowledgeGraph.Exports.Writers;

/// <summary>Writes one export format from a graph source to a stream, asynchronously (HTTP response bodies refuse synchronous writes).</summary>
internal interface IGraphWriter
{
    /// <summary>Writes nodes, then edges, and flushes; leaves <paramref name="output"/> open.</summary>
    Task WriteAsync(GraphSource source, Stream output, CancellationToken cancellationToken);
}
