namespace KnowledgeGraph.Api.Graph.Inputs;

/// <summary>The <c>IngestArticleInput</c> as parsed.</summary>
public sealed class IngestArticle
{
    /// <summary>Full article text.</summary>
    public string Text { get; set; } = "";
    /// <summary>Address.</summary>
    public string? Url { get; set; }
    /// <summary>Headline.</summary>
    public string? Title { get; set; }
    /// <summary>Outlet.</summary>
    public string? Publisher { get; set; }
    /// <summary>ISO date.</summary>
    public string? PublishedAt { get; set; }
    /// <summary>Byline.</summary>
    public string? Author { get; set; }
}
