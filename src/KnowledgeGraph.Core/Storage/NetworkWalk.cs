namespace KnowledgeGraph.Storage;

/// <summary>
/// The steps of a network walk both stores share: how many relationships to read per node at a hop, and which newly
/// reached nodes to keep (those joined by the most relationships first, up to the limit).
/// </summary>
public static class NetworkWalk
{
    /// <summary>The fewest relationships per node, type and direction a hop reads.</summary>
    public const int MinFanOut = 8;

    /// <summary>Relationships to read per node at a hop: enough for the nodes still allowed, spread over the frontier.</summary>
    public static int FanOut(int limit, int remaining, int frontier) =>
        Math.Max(MinFanOut, Math.Min(limit, (int)Math.Ceiling(2.0 * remaining / frontier)));

    /// <summary>Reached nodes, those joined by the most relationships first, then in the order they were reached.</summary>
    public static IEnumerable<string> StrongestFirst(Dictionary<string, (int Links, int Order)> strength) =>
        strength.OrderByDescending(c => c.Value.Links).ThenBy(c => c.Value.Order).Select(c => c.Key);

    /// <summary>
    /// Keeps candidates of a wanted label until <paramref name="limit"/> nodes are kept; others are crossed (walked
    /// through, not returned), at most <paramref name="limit"/> of them. Returns the next frontier and whether a cap
    /// cut something.
    /// </summary>
    public static (List<string> Next, bool Truncated) Keep(
        IEnumerable<string> candidates, Func<string, bool> wanted, List<string> kept, HashSet<string> visited, int limit)
    {
        var next = new List<string>();
        var truncated = false;
        var crossed = 0;
        foreach (var id in candidates)
        {
            if (wanted(id))
            {
                if (kept.Count >= limit)
                {
                    truncated = true;
                    break;
                }

                kept.Add(id);
            }
            else if (++crossed > limit)
            {
                truncated = true;
                continue;
            }

            visited.Add(id);
            next.Add(id);
        }

        return (next, truncated);
    }
}
