using System.Net;
using System.Text;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>
/// Turns an HTML page into article text: scripts, styles and tags removed, block elements become line breaks,
/// entities decoded; &lt;title&gt; and common meta tags become metadata. Offsets then index the returned text.
/// A small linear scanner rather than a DOM: pages are read once, start to end.
/// </summary>
internal static class HtmlArticle
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section", "article",
        "header", "footer", "blockquote", "figure", "figcaption", "nav", "aside", "main", "hr", "title", "dd", "dt",
    };

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "svg", "template" };

    public static ArticleInput Read(string html, string name)
    {
        var sb = new StringBuilder(html.Length / 2);
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? title = null;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                sb.Append(html, i, html.Length - i);
                break;
            }

            sb.Append(html, i, lt - i);
            var gt = html.IndexOf('>', lt + 1);
            if (gt < 0)
            {
                break;
            }

            var tag = html.AsSpan(lt + 1, gt - lt - 1);
            var tagName = TagName(tag);
            if (tag.StartsWith("!--"))
            {
                var endComment = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = endComment < 0 ? html.Length : endComment + 3;
                continue;
            }

            if (tagName.Equals("meta", StringComparison.OrdinalIgnoreCase))
            {
                ReadMeta(tag.ToString(), meta);
            }

            if (tagName.Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</title", gt, StringComparison.OrdinalIgnoreCase);
                if (close > gt)
                {
                    title ??= WebUtility.HtmlDecode(html[(gt + 1)..close]).Trim();
                    i = close;
                    continue;
                }
            }

            if (SkippedTags.Contains(tagName))
            {
                var close = html.IndexOf("</" + tagName, gt, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : html.IndexOf('>', close) is var e && e > 0 ? e + 1 : html.Length;
                continue;
            }

            if (BlockTags.Contains(tagName))
            {
                sb.Append('\n');
            }

            i = gt + 1;
        }

        var text = WebUtility.HtmlDecode(sb.ToString());
        var metadata = new ArticleMetadata(
            meta.GetValueOrDefault("og:title") ?? title,
            meta.GetValueOrDefault("og:site_name"),
            meta.GetValueOrDefault("og:url"),
            Date(meta.GetValueOrDefault("article:published_time") ?? meta.GetValueOrDefault("date")),
            meta.GetValueOrDefault("author"));
        return new ArticleInput(name, text, metadata);
    }

    private static string TagName(ReadOnlySpan<char> tag)
    {
        var s = tag.TrimStart('/');
        var end = 0;
        while (end < s.Length && (char.IsLetterOrDigit(s[end]) || s[end] == '!'))
        {
            end++;
        }

        return s[..end].ToString();
    }

    private static void ReadMeta(string tag, Dictionary<string, string> meta)
    {
        var key = Attribute(tag, "property") ?? Attribute(tag, "name");
        var content = Attribute(tag, "content");
        if (key is not null && content is not null)
        {
            meta.TryAdd(key, WebUtility.HtmlDecode(content));
        }
    }

    private static string? Attribute(string tag, string name)
    {
        var at = tag.IndexOf(name + "=", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || at + name.Length + 1 >= tag.Length)
        {
            return null;
        }

        var start = at + name.Length + 1;
        var quote = tag[start];
        if (quote is '"' or '\'')
        {
            var end = tag.IndexOf(quote, start + 1);
            return end > start ? tag[(start + 1)..end] : null;
        }

        var stop = tag.IndexOfAny([' ', '/', '>'], start);
        return stop < 0 ? tag[start..] : tag[start..stop];
    }

    private static string? Date(string? value) => value is { Length: >= 10 } && value[4] == '-' ? value[..10] : null;
}
