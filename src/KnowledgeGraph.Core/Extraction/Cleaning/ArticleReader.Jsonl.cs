using System.Text.Json;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>JSON Lines: one article per line with text/title/url/publisher/publishedAt (and author) fields.</summary>
public static partial class ArticleReader
{
    private static IEnumerable<ArticleInput> ReadJsonl(string content, string file, string name, Action<string, string> onError)
    {
        var lineNo = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            ArticleInput? article = null;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    onError(file, $"{file} line {lineNo}: expected a JSON object with a \"text\" field; skipped.");
                    continue;
                }

                var text = Field(root, "text") ?? Field(root, "content") ?? Field(root, "body");
                if (string.IsNullOrWhiteSpace(text))
                {
                    onError(file, $"{file} line {lineNo}: the \"text\" field is missing or empty; skipped.");
                    continue;
                }

                var meta = new ArticleMetadata(Field(root, "title"), Field(root, "publisher"), Field(root, "url"),
                    Field(root, "publishedAt") ?? Field(root, "date"), Field(root, "author"));
                article = new ArticleInput($"{name}#{lineNo}", text, meta);
            }
            catch (JsonException ex)
            {
                onError(file, $"{file} line {lineNo}: not valid JSON ({ex.Message}); skipped.");
            }

            if (article is not null)
            {
                yield return article;
            }
        }
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
