namespace KnowledgeGraph.Evaluation;

/// <summary>Hand-written expectations for one article (<c>&lt;article-file&gt;.gold.json</c>).</summary>
/// <param name="File">The article's file name, as in <c>SourceInfo.File</c>.</param>
/// <param name="Entities">Entity ids a careful reader finds in the article body.</param>
/// <param name="Statements">Statements a careful reader finds.</param>
public sealed record GoldFile(string File, IReadOnlyList<string> Entities, IReadOnlyList<GoldStatement> Statements);
