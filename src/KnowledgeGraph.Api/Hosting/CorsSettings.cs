namespace KnowledgeGraph.Api.Hosting;

/// <summary>Cross-origin settings (<c>Cors:Origins</c>). Default: no origins, so browsers only call from the same site.</summary>
public sealed class CorsSettings
{
    /// <summary>Allowed origins such as <c>https://newsroom.example</c>; each must be an absolute http(s) URL.</summary>
    public string[] Origins { get; set; } = [];
}
