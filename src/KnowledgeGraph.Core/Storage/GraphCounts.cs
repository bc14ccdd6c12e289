namespace KnowledgeGraph.Storage;

/// <summary>Node and edge counts of the whole graph.</summary>
/// <param name="Articles">Article nodes.</param>
/// <param name="Entities">Entity nodes (people, institutions, places).</param>
/// <param name="Claims">Claim nodes.</param>
/// <param name="Statements">SAID and DENIED edges.</param>
/// <param name="People">Person nodes.</param>
/// <param name="Institutions">Institution nodes.</param>
/// <param name="Places">Place nodes.</param>
public sealed record GraphCounts(int Articles, int Entities, int Claims, int Statements, int People, int Institutions, int Places);

/// <summary>A count under a key (a stance, a speaker id, a publisher, a day).</summary>
/// <param name="Key">The grouping key.</param>
/// <param name="Label">A display label (the speaker's name for speaker keys), or null.</param>
/// <param name="Count">How many.</param>
public sealed record CountBucket(string Key, string? Label, int Count);

/// <summary>Statement counts broken down four ways.</summary>
/// <param name="ByStance">Keys <c>said</c>, <c>denied</c>.</param>
/// <param name="BySpeaker">Keys are speaker ids, labels their names; most first.</param>
/// <param name="ByPublisher">Keys are publisher names of the statements' articles; most first.</param>
/// <param name="ByDay">Keys are ISO dates, in date order.</param>
public sealed record StatementBreakdown(
    IReadOnlyList<CountBucket> ByStance,
    IReadOnlyList<CountBucket> BySpeaker,
    IReadOnlyList<CountBucket> ByPublisher,
    IReadOnlyList<CountBucket> ByDay);

/// <summary>What an upsert changed.</summary>
/// <param name="Documents">Documents in the batch.</param>
/// <param name="NewArticles">Articles not stored before.</param>
/// <param name="NewEntities">Entities not stored before.</param>
/// <param name="NewClaims">Claims not stored before.</param>
/// <param name="NewStatements">Statements not stored before.</param>
public sealed record UpsertResult(int Documents, int NewArticles, int NewEntities, int NewClaims, int NewStatements)
{
    /// <summary>Stored articles whose statements, mentions and reports a new version of the document replaced.</summary>
    public int ReplacedArticles { get; init; }
}
