using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// Tells which articles the store already holds with exactly this text, so that re-ingesting a corpus costs a lookup per
/// article instead of an extraction. The id and the content hash are the ones <see cref="ArticleExtractor"/> gives a
/// document (a test holds the two together); storing the same text again changes nothing, so skipping it loses nothing.
/// </summary>
internal sealed class StoredArticles(IGraphStore store)
{
    /// <summary>For each article, whether the store holds its text already.</summary>
    public async Task<bool[]> ContainsAsync(IReadOnlyList<ArticleInput> articles, CancellationToken cancellationToken)
    {
        var keys = articles.Select(a => ContentHash(a.Text)).Select((hash, i) => (Id: ArticleId(articles[i]), Hash: hash)).ToArray();
        var ids = keys.Select(k => k.Id).Distinct(StringComparer.Ordinal).ToList();
        // Skipped only when the very article (its id) is stored with this very text (its hash): anything else is extracted.
        var stored = (await store.GetArticlesAsync(ids, cancellationToken).ConfigureAwait(false))
            .Select(a => (a.Id, a.ContentHash))
            .ToHashSet();
        return [.. keys.Select(stored.Contains)];
    }

    /// <summary>SHA-256 of the text's UTF-8 bytes, as lower-case hex: the document's content hash.</summary>
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// The document id the extractor gives <paramref name="article"/>: its identity is the given URL, else its file
    /// (<see cref="ArticleIds"/>). A text that states its own URL gets that URL's id from the extractor instead; the lookup
    /// then finds nothing and the article is extracted (and stored as a no-op), so a skip is never wrong, only missed.
    /// </summary>
    public static string ArticleId(ArticleInput article) => ArticleIds.For(article.Metadata?.Url, article.File);
}
