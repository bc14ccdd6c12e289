using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>What the stats field returns: node counts now, and the statement breakdown read once, only if a query asks for it.</summary>
/// <param name="Counts">Whole-graph counts.</param>
/// <param name="ReadBreakdown">Reads the statement counts by stance, speaker, publisher and day.</param>
public sealed record GraphStats(GraphCounts Counts, Func<Task<StatementBreakdown>> ReadBreakdown)
{
    private readonly Lazy<Task<StatementBreakdown>> _breakdown = new(ReadBreakdown);

    /// <summary>The breakdown, read on first use and shared by every field that needs it.</summary>
    public Task<StatementBreakdown> Breakdown => _breakdown.Value;
}
