namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The statement columns whose value a page's condition fixes (<see cref="PackedRows.Fixed"/>): they are not packed, the
/// page's parent (or, for the stance, the page's kind) gives them.
/// </summary>
/// <param name="Speaker">The speaker is the parent (a speaker's said or denied page).</param>
/// <param name="Stance">The stance is the page's (a speaker's said or denied page).</param>
/// <param name="Claim">The claim is the parent (a claim's page).</param>
/// <param name="Article">The article is the parent (an article's page).</param>
internal readonly record struct FixedColumns(bool Speaker, bool Stance, bool Claim, bool Article);
