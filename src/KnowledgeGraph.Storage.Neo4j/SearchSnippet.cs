using KnowledgeGraph.Text;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The text around a search hit's first matching word, the word marked with [ and ] (as SQLite's <c>snippet()</c>
/// marks it). The index stems claims and evidence, so a word that does not occur as typed is looked for by its
/// leading letters ("negotiation" marks "negotiating").
/// </summary>
internal static class SearchSnippet
{
    private const int Context = 60;

    /// <summary>The snippet, or null when no word occurs at the start of a word of <paramref name="text"/>.</summary>
    /// <param name="text">The hit's text as stored.</param>
    /// <param name="words">The search words, folded (see <see cref="LuceneQuery.Words"/>).</param>
    public static string? Around(string text, IReadOnlyList<string> words)
    {
        // Fold keeps the length, so positions in the folded text are positions in the text.
        var folded = TextFold.Fold(text);
        foreach (var word in words)
        {
            for (var length = word.Length; length >= Math.Min(word.Length, Math.Max(4, (word.Length * 3 + 4) / 5)); length--)
            {
                if (WordStart(folded, word.AsSpan(0, length)) is { } at)
                {
                    var end = at + length;
                    while (end < text.Length && char.IsLetterOrDigit(folded[end]))
                    {
                        end++;
                    }

                    var from = Math.Max(0, at - Context);
                    var to = Math.Min(text.Length, end + Context);
                    return (from > 0 ? "…" : "") + text[from..at] + "[" + text[at..end] + "]" + text[end..to] + (to < text.Length ? "…" : "");
                }
            }
        }

        return null;
    }

    private static int? WordStart(string folded, ReadOnlySpan<char> word)
    {
        var from = 0;
        while (from <= folded.Length - word.Length)
        {
            var at = folded.AsSpan(from).IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            at += from;
            if (at == 0 || !char.IsLetterOrDigit(folded[at - 1]))
            {
                return at;
            }

            from = at + 1;
        }

        return null;
    }
}
