using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>What the stats field returns: node counts and a statement breakdown.</summary>
/// <param name="Counts">Whole-graph counts.</param>
/// <param name="Breakdown">Statement counts by stance, speaker, publisher and day.</param>
public sealed record GraphStats(GraphCounts Counts, StatementBreakdown Breakdown);
