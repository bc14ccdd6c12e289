using System.Text;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string Snippet = "'[', ']', '…', 12";

    /// <summary>Matches of each kind that are ranked: the most recently stored ones (see <see cref="SearchAsync"/>).</summary>
    internal const int SearchWindow = 400;

    /// <inheritdoc/>
    /// <remarks>
    /// Words are matched case- and accent-insensitively by their English stem (porter: "negotiation" finds "negotiating"),
    /// first as whole words, then, when that finds fewer hits than asked for, words of three letters or more also as
    /// prefixes (the word being typed). Hits must hold every word; only when none does are hits holding any word returned.
    /// The work is bounded whatever the size of the store: of each kind only the <see cref="SearchWindow"/> most recently
    /// stored matches are read, and snippets are made for the returned hits only. Score: entities (names and aliases)
    /// come before claims, claims before statements (evidence), and within a kind the text with fewer words first (the
    /// closer match), then the most recent: kind weight 3, 2 or 1 plus 1 / (1 + words). BM25 is not used: it counts
    /// every row holding each word, which for a common word is most of the store. A prefix still reads the postings of
    /// every word it starts, so a short prefix of common words costs more than a whole word.
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

        var connection = await OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var prefixes = words.Any(w => w.Length >= 3);
            var hits = await MatchAsync(connection, MatchQuery(words, " AND ", prefix: false), limit, cancellationToken).ConfigureAwait(false);
            if (hits.Count < limit && prefixes)
            {
                hits = await MatchAsync(connection, MatchQuery(words, " AND ", prefix: true), limit, cancellationToken).ConfigureAwait(false);
            }

            if (hits.Count == 0 && words.Count > 1)
            {
                hits = await MatchAsync(connection, MatchQuery(words, " OR ", prefix: false), limit, cancellationToken).ConfigureAwait(false);
                if (hits.Count < limit && prefixes)
                {
                    hits = await MatchAsync(connection, MatchQuery(words, " OR ", prefix: true), limit, cancellationToken).ConfigureAwait(false);
                }
            }

            return hits;
        }
    }

    private static async Task<List<SearchHit>> MatchAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string match, int limit, CancellationToken cancellationToken)
    {
        var args = new SqlArgs();
        var query = args.Add(match);
        var top = args.Add(limit);
        var window = args.Add(Math.Max(SearchWindow, limit));
        var hits = await ListAsync(
            connection,
            null,
            SearchSql(query, top, window),
            args, r => (Hit: new SearchHit(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDouble(4)), Row: r.GetInt64(5)), cancellationToken)
            .ConfigureAwait(false);
        return [.. hits.OrderByDescending(h => h.Hit.Score).ThenByDescending(h => h.Row).Select(h => h.Hit).Take(limit)];
    }

    /// <summary>The search statement for one FTS5 match expression (placeholders <paramref name="query"/>, <paramref name="top"/>, <paramref name="window"/>).</summary>
    internal static string SearchSql(string query, string top, string window)
    {
        // The newest `window` matches in rowid order (no sort, the scan stops there), their top `limit` by score, and only
        // then the rows, titles and snippets of those few. The second walk over the matches is one scan from the lowest
        // chosen rowid (within the window): matching again per chosen row would expand a prefix term once per row.
        string Ranked(string fts, string column, int weight) => $"""
            SELECT n, score FROM (
                SELECT rowid AS n, {weight} + 1.0 / (2 + length({column}) - length(replace({column}, ' ', ''))) AS score
                FROM {fts} WHERE {fts} MATCH {query} ORDER BY rowid DESC LIMIT {window})
            ORDER BY score DESC, n DESC LIMIT {top}
            """;
        return $"""
            WITH e AS MATERIALIZED ({Ranked("entity_fts", "name", 3)}),
                 c AS MATERIALIZED ({Ranked("claim_fts", "text", 2)}),
                 s AS MATERIALIZED ({Ranked("statement_fts", "evidence", 1)})
            SELECT 'Entity', x.id, x.name, snippet(entity_fts, -1, {Snippet}), e.score, e.n
              FROM entity_fts CROSS JOIN e CROSS JOIN entity x ON x.n = e.n
             WHERE entity_fts MATCH {query} AND entity_fts.rowid >= (SELECT min(n) FROM e) AND e.n = +entity_fts.rowid
            UNION ALL
            SELECT 'Claim', x.id, x.text, snippet(claim_fts, 0, {Snippet}), c.score, c.n
              FROM claim_fts CROSS JOIN c CROSS JOIN claim x ON x.n = c.n
             WHERE claim_fts MATCH {query} AND claim_fts.rowid >= (SELECT min(n) FROM c) AND c.n = +claim_fts.rowid
            UNION ALL
            SELECT 'Statement', x.id, y.text, snippet(statement_fts, 0, {Snippet}), s.score, s.n
              FROM statement_fts CROSS JOIN s CROSS JOIN statement x ON x.n = s.n CROSS JOIN claim y ON y.id = x.claim_id
             WHERE statement_fts MATCH {query} AND statement_fts.rowid >= (SELECT min(n) FROM s) AND s.n = +statement_fts.rowid
            """;
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

    /// <summary>
    /// Whole words, or with <paramref name="prefix"/> words of three letters or more as prefixes. FTS5 stems a prefix
    /// term too, so "negotiation"* matches every word whose stem starts with "negoti".
    /// </summary>
    private static string MatchQuery(List<string> words, string separator, bool prefix) =>
        string.Join(separator, words.Select(w => prefix && w.Length >= 3 ? $"\"{w}\"*" : $"\"{w}\""));
}
