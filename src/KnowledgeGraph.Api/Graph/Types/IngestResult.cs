using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>What ingestArticle returns.</summary>
/// <param name="Article">The stored article.</param>
/// <param name="Statements">Statements found in it, as stored.</param>
/// <param name="Upsert">What the upsert changed.</param>
/// <param name="Warnings">Extraction warnings.</param>
public sealed record IngestResult(ArticleRecord? Article, IReadOnlyList<StatementRecord> Statements, UpsertResult Upsert, IReadOnlyList<string> Warnings);
