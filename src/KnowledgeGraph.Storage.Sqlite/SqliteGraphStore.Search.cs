using System.Text;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string Snippet = "'[', ']', '…', 12";

    /// <inheritdoc/>
    /// <remarks>
    /// Words are matched case- and accent-insensitively by their English stem (porter: "negotiation" finds "negotiating"),
    /// and as a prefix when they have three letters or more, or are the last word (the one being typed). Hits must hold
    /// every word; only when none does are hits holding any word returned. Scores are negated BM25 (higher is better).
    /// </remarks>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var words = Words(text);
        if (words.Count == 0 || limit == 0)
        {
            return [];
        }

        var hits = await MatchAsync(MatchQuery(words, " AND "), limit, cancellationToken).ConfigureAwait(false);
        if (hits.Count == 0 && words.Count > 1)
        {
            hits = await MatchAsync(MatchQuery(words, " OR "), limit, cancellationToken).ConfigureAwait(false);
        }

        return hits;
    }

    private async Task<List<SearchHit>> MatchAsync(string match, int limit, CancellationToken cancellationToken)
    {
        var args = new SqlArgs();
        var query = args.Add(match);
        var top = args.Add(limit);
        var hits = await ListAsync(
            $"""
            SELECT * FROM (
                SELECT 'Entity', e.id, e.name, snippet(entity_fts, -1, {Snippet}), -bm25(entity_fts, 2.0, 1.0) AS score
                FROM entity_fts JOIN entity e ON e.n = entity_fts.rowid WHERE entity_fts MATCH {query} ORDER BY score DESC LIMIT {top})
            UNION ALL SELECT * FROM (
                SELECT 'Claim', c.id, c.text, snippet(claim_fts, 0, {Snippet}), -bm25(claim_fts) AS score
                FROM claim_fts JOIN claim c ON c.n = claim_fts.rowid WHERE claim_fts MATCH {query} ORDER BY score DESC LIMIT {top})
            UNION ALL SELECT * FROM (
                SELECT 'Statement', s.id, c.text, snippet(statement_fts, 0, {Snippet}), -bm25(statement_fts) AS score
                FROM statement_fts JOIN statement s ON s.n = statement_fts.rowid JOIN claim c ON c.id = s.claim_id
                WHERE statement_fts MATCH {query} ORDER BY score DESC LIMIT {top})
            """,
            args, r => new SearchHit(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDouble(4)), cancellationToken).ConfigureAwait(false);
        return [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Kind, StringComparer.Ordinal).ThenBy(h => h.Id, StringComparer.Ordinal).Take(limit)];
    }

    /// <summary>Letters and digits only: user text never reaches FTS5's query syntax.</summary>
    private static List<string> Words(string text)
    {
        List<string> words = [];
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words;
    }

    /// <summary>FTS5 stems a prefix term too, so "negotiation"* matches every word whose stem starts with "negoti".</summary>
    private static string MatchQuery(List<string> words, string separator) =>
        string.Join(separator, words.Select((w, i) => i == words.Count - 1 || w.Length >= 3 ? $"\"{w}\"*" : $"\"{w}\""));
}
