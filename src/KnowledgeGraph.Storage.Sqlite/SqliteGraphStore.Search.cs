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
    /// stored matches are read, a kind is read only while the kinds ranked above it leave the page short (a name or a claim
    /// that fills the page costs no statement window), and snippets are made for the returned hits only. Score: entities (names and aliases)
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

        var lease = await OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var connection = lease.Connection;
            // One read transaction: the kinds and the retries below see the same data.
            var transaction = BeginRead(lease);
            try
            {
                var prefixes = words.Any(w => w.Length >= 3);
                var hits = await MatchAsync(connection, transaction, MatchQuery(words, " AND ", prefix: false), limit, cancellationToken).ConfigureAwait(false);
                if (hits.Count < limit && prefixes)
                {
                    hits = await MatchAsync(connection, transaction, MatchQuery(words, " AND ", prefix: true), limit, cancellationToken).ConfigureAwait(false);
                }

                if (hits.Count == 0 && words.Count > 1)
                {
                    hits = await MatchAsync(connection, transaction, MatchQuery(words, " OR ", prefix: false), limit, cancellationToken).ConfigureAwait(false);
                    if (hits.Count < limit && prefixes)
                    {
                        hits = await MatchAsync(connection, transaction, MatchQuery(words, " OR ", prefix: true), limit, cancellationToken).ConfigureAwait(false);
                    }
                }

                return hits;
            }
            finally
            {
                await EndReadAsync(transaction).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The best <paramref name="limit"/> hits of one match expression, kind by kind: every entity outranks every claim and
    /// every claim every statement (kind weight 3, 2, 1 plus at most 0.5), so a kind is only read while the kinds before
    /// it left the page short. A name or a claim that fills the page costs no statement window.
    /// </summary>
    private static async Task<List<SearchHit>> MatchAsync(
        Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction? transaction, string match, int limit, CancellationToken cancellationToken)
    {
        List<SearchHit> hits = [];
        foreach (var kind in SearchKinds)
        {
            var top = limit - hits.Count;
            var args = new SqlArgs();
            var found = await ListAsync(
                connection,
                transaction,
                SearchSql(kind, args.Add(match), args.Add(top), args.Add(Math.Max(SearchWindow, limit))),
                args, r => (Hit: new SearchHit(kind.Name, r.GetString(0), r.GetString(1), r.GetString(2), r.GetDouble(3)), Row: r.GetInt64(4)), cancellationToken)
                .ConfigureAwait(false);
            hits.AddRange(found.OrderByDescending(h => h.Hit.Score).ThenByDescending(h => h.Row).Select(h => h.Hit).Take(top));
            if (hits.Count >= limit)
            {
                break;
            }
        }

        return hits;
    }

    /// <summary>A kind of search hit: its full-text index, the column whose words score it, its weight, and how a hit row reads.</summary>
    /// <param name="Name">Entity, Claim or Statement.</param>
    /// <param name="Fts">The FTS5 table.</param>
    /// <param name="Column">The column whose length (in words) ranks the hit.</param>
    /// <param name="Weight">The kind's weight (3, 2, 1): a higher kind always ranks first.</param>
    /// <param name="Snippet">The snippet's column (-1: the best of all).</param>
    /// <param name="Rows">FROM clause after the match and the chosen rows (<c>x</c> the row, <c>k</c> the chosen): table joins.</param>
    /// <param name="Title">The hit's title expression.</param>
    internal sealed record SearchKind(string Name, string Fts, string Column, int Weight, int Snippet, string Rows, string Title);

    /// <summary>The kinds, highest weight first.</summary>
    internal static readonly SearchKind[] SearchKinds =
    [
        new("Entity", "entity_fts", "name", 3, -1, "CROSS JOIN entity x ON x.n = k.n", "x.name"),
        new("Claim", "claim_fts", "text", 2, 0, "CROSS JOIN claim x ON x.n = k.n", "x.text"),
        new("Statement", "statement_fts", "evidence", 1, 0, "CROSS JOIN statement x ON x.n = k.n CROSS JOIN claim y ON y.id = x.claim_id", "y.text"),
    ];

    /// <summary>
    /// The search statement of one kind for one FTS5 match expression (placeholders <paramref name="query"/>,
    /// <paramref name="top"/>, <paramref name="window"/>): id, title, snippet, score, row number.
    /// </summary>
    internal static string SearchSql(SearchKind kind, string query, string top, string window)
    {
        // The newest `window` matches in rowid order (no sort, the scan stops there), their top `limit` by score, and only
        // then the rows, titles and snippets of those few. The second walk over the matches is one scan from the lowest
        // chosen rowid (within the window): matching again per chosen row would expand a prefix term once per row.
        var (fts, column) = (kind.Fts, kind.Column);
        return $"""
            WITH k AS MATERIALIZED (
                SELECT n, score FROM (
                    SELECT rowid AS n, {kind.Weight} + 1.0 / (2 + length({column}) - length(replace({column}, ' ', ''))) AS score
                    FROM {fts} WHERE {fts} MATCH {query} ORDER BY rowid DESC LIMIT {window})
                ORDER BY score DESC, n DESC LIMIT {top})
            SELECT x.id, {kind.Title}, snippet({fts}, {kind.Snippet}, {Snippet}), k.score, k.n
              FROM {fts} CROSS JOIN k {kind.Rows}
             WHERE {fts} MATCH {query} AND {fts}.rowid >= (SELECT min(n) FROM k) AND k.n = +{fts}.rowid
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
