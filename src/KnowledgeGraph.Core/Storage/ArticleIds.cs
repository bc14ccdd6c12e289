using KnowledgeGraph.Text;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The one article id every producer gives an article: a hash of its identity, which is its URL when known, else the file
/// it was read from. A corrected text of the same article (same URL or file) keeps its id, so a store replaces the
/// article's statements instead of adding a second article; the text's SHA-256 travels beside it as a version stamp
/// (<see cref="Model.SourceInfo.ContentHash"/>).
/// </summary>
public static class ArticleIds
{
    /// <summary>The id, <c>article:</c> followed by 16 lower-case hex digits.</summary>
    /// <param name="url">The article's address, or null or blank when unknown.</param>
    /// <param name="file">The file (or <c>file.jsonl#line</c>) it was read from; used when there is no URL.</param>
    /// <returns>The article id.</returns>
    public static string For(string? url, string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var identity = string.IsNullOrWhiteSpace(url) ? "file\u001F" + file.Trim() : "url\u001F" + url.Trim();
        return "article:" + TextFold.ShortHash(identity, 16);
    }
}
