using System.Collections.Frozen;
using System.Text;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Turns a user's search text into the Lucene query the full-text indexes of <c>cypher/schema.cypher</c> answer.
/// </summary>
/// <remarks>
/// The indexes hold the stores' matching keys (<see cref="TextFold.Key"/>: lower case, accents removed, every run of
/// other characters one space), so the query is split with the same fold: "Díaz-Canel" becomes <c>diaz</c> and
/// <c>canel</c>, "U.S." <c>u</c> and <c>s</c>, "Cuba," <c>cuba</c>. Lucene's English stop words are dropped, because
/// both analyzers (<c>standard-folding</c> for names, <c>english</c> for claims and evidence) drop them from the
/// index, so a required "not" or "the" would match nothing. Like the SQLite store, words match whole (a plain term,
/// which the <c>english</c> analyzer stems, so "negotiation" finds "negotiating") and the last word also as a prefix
/// (a prefix term is only lower-cased by Lucene, never stemmed or folded, which is why the words are folded here).
/// Every Lucene special character is escaped; the query travels as a parameter value.
/// </remarks>
internal static class LuceneQuery
{
    /// <summary>Lucene's <c>EnglishAnalyzer.ENGLISH_STOP_WORDS_SET</c>, which both analyzers drop.</summary>
    public static readonly FrozenSet<string> StopWords = FrozenSet.Create(StringComparer.Ordinal,
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
        "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with");

    /// <summary>The words a search looks for: folded like the indexed keys, stop words left out, in order, each once.</summary>
    public static IReadOnlyList<string> Words(string? text) =>
        [.. TextFold.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !StopWords.Contains(w)).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The query: every word as a term, joined by <c>AND</c> (<paramref name="all"/>) or <c>OR</c>, the last one also as
    /// a prefix. Empty when there are no words.
    /// </summary>
    public static string Build(IReadOnlyList<string> words, bool all)
    {
        if (words.Count == 0)
        {
            return "";
        }

        var parts = words.Select(Escape).ToList();
        parts[^1] = $"({parts[^1]} OR {parts[^1]}*)";
        return string.Join(all ? " AND " : " OR ", parts);
    }

    /// <summary>Escapes every character the classic Lucene query parser treats as syntax.</summary>
    public static string Escape(string word)
    {
        var builder = new StringBuilder(word.Length + 4);
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
}
