using System.Text;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        var words = (text ?? "").Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || limit <= 0)
        {
            return [];
        }

        // Every word must match (AND); each is folded like the indexed text (standard-folding analyzer), escaped so Lucene reads it as text, and a trailing * lets "Cos" find
        // "Cossío". The query string is a parameter value.
        var query = string.Join(" AND ", words.Select(w => Escape(TextFold.Fold(w)) + "*"));
        var hits = new List<SearchHit>();
        foreach (var (name, kind) in ((string, string)[])[("search-entities", "Entity"), ("search-claims", "Claim"), ("search-statements", "Statement")])
        {
            var rows = (await RunAsync("search", name, new() { ["query"] = query, ["limit"] = limit }, cancellationToken).ConfigureAwait(false)).Rows;
            hits.AddRange(rows.Select(r =>
            {
                var candidates = new[] { r.String("text") ?? "" }.Concat(r.Strings("aliases"));
                var snippet = candidates.Select(c => Snippet(c, words)).FirstOrDefault(s => s is not null) ?? r.String("text") ?? "";
                return new SearchHit(kind, r.String("id")!, r.String("title") ?? "", snippet, r.Double("score"));
            }));
        }

        return [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Kind, StringComparer.Ordinal).ThenBy(h => h.Id, StringComparer.Ordinal).Take(limit)];
    }

    private static string Escape(string word)
    {
        var builder = new StringBuilder();
        foreach (var c in word)
        {
            if ("+-&|!(){}[]^\"~*?:\\/".Contains(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The text around the first matching word, the match marked with [ and ]; null when no word occurs.</summary>
    private static string? Snippet(string text, string[] words)
    {
        var folded = TextFold.Fold(text);
        foreach (var word in words)
        {
            var at = folded.IndexOf(TextFold.Fold(word), StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var end = at + word.Length;
            var from = Math.Max(0, at - 60);
            var to = Math.Min(text.Length, end + 60);
            return (from > 0 ? "…" : "") + text[from..at] + "[" + text[at..end] + "]" + text[end..to] + (to < text.Length ? "…" : "");
        }

        return null;
    }
}
