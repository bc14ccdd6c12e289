namespace KnowledgeGraph.Storage;

/// <summary>Windows of statement lists with the claims of their statements (<see cref="IGraphStore.GetStatementPagesWithClaimsAsync"/>).</summary>
/// <param name="Pages">For each parent with a non-empty window, its statements in list order.</param>
/// <param name="Claims">The claims of those statements, by id (a claim no longer stored is left out).</param>
public sealed record StatementPagesWithClaims(
    IReadOnlyDictionary<string, IReadOnlyList<StatementRecord>> Pages,
    IReadOnlyDictionary<string, ClaimRecord> Claims);
