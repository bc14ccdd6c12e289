using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// One result of the <see cref="ArticlePipeline"/>, in input order: an extracted document, an article the store already
/// holds (not extracted again), an article whose extraction failed, or a problem the reader met.
/// </summary>
internal sealed record PipelineItem
{
    private PipelineItem()
    {
    }

    /// <summary>The article, for documents, stored and failed articles.</summary>
    public ArticleInput? Article { get; private init; }

    /// <summary>The extraction, when the article was extracted.</summary>
    public ExtractedDocument? Document { get; private init; }

    /// <summary>True when the store already holds this exact text, so it was not extracted again.</summary>
    public bool AlreadyStored { get; private init; }

    /// <summary>A problem of the reader, or the failure of an extraction (as a skipped problem).</summary>
    public ArticleReaderProblem? Problem { get; private init; }

    public static PipelineItem Extracted(ArticleInput article, ExtractedDocument document) => new() { Article = article, Document = document };

    public static PipelineItem Stored(ArticleInput article) => new() { Article = article, AlreadyStored = true };

    public static PipelineItem Failed(ArticleInput article, string reason) =>
        new() { Article = article, Problem = new ArticleReaderProblem(article.File, null, $"{article.File}: the extraction failed ({reason}); skipped.", Skipped: true) };

    public static PipelineItem Reported(ArticleReaderProblem problem) => new() { Problem = problem };

    /// <summary>An article read but not yet extracted (inside the pipeline only).</summary>
    public static PipelineItem Pending(ArticleInput article) => new() { Article = article };
}
