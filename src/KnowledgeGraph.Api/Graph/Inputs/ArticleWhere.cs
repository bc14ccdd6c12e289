namespace KnowledgeGraph.Api.Graph.Inputs;

/// <summary>The <c>ArticleWhere</c> input as parsed: conditions on articles, all ANDed.</summary>
public sealed class ArticleWhere
{
    /// <summary>Title contains this.</summary>
    public string? TitleContains { get; set; }
    /// <summary>Publisher name.</summary>
    public string? Publisher { get; set; }
    /// <summary>Published on or after (ISO date).</summary>
    public string? From { get; set; }
    /// <summary>Published on or before (ISO date).</summary>
    public string? To { get; set; }
    /// <summary>Entity id or name the article mentions.</summary>
    public string? Mentions { get; set; }
}
