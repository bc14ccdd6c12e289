namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    /// <remarks>
    /// As on SQLite: hits must hold every word (whole, the last also as a prefix); only when none does are hits holding
    /// any word returned. Words are folded and stop words dropped as <see cref="LuceneQuery"/> explains; a text of
    /// stop words only finds nothing, since the indexes do not hold them.
    /// </remarks>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var words = LuceneQuery.Words(text);
        if (words.Count == 0 || limit == 0)
        {
            return [];
        }

        var hits = await MatchAsync(LuceneQuery.Build(words, all: true), words, limit, cancellationToken).ConfigureAwait(false);
        if (hits.Count == 0 && words.Count > 1)
        {
            hits = await MatchAsync(LuceneQuery.Build(words, all: false), words, limit, cancellationToken).ConfigureAwait(false);
        }

        return hits;
    }

    private async Task<List<SearchHit>> MatchAsync(string query, IReadOnlyList<string> words, int limit, CancellationToken cancellationToken)
    {
        var searches = ((string Name, string Kind)[])[("search-entities", "Entity"), ("search-claims", "Claim"), ("search-statements", "Statement")];
        var results = await Task.WhenAll(searches.Select(s => RunAsync("search", s.Name, new() { ["query"] = query, ["limit"] = limit }, cancellationToken))).ConfigureAwait(false);
        var hits = new List<SearchHit>();
        for (var i = 0; i < searches.Length; i++)
        {
            hits.AddRange(results[i].Rows.Select(r =>
            {
                var candidates = new[] { r.String("text") ?? "" }.Concat(r.Strings("aliases"));
                var snippet = candidates.Select(c => SearchSnippet.Around(c, words)).FirstOrDefault(s => s is not null) ?? r.String("text") ?? "";
                return new SearchHit(searches[i].Kind, r.String("id")!, r.String("title") ?? "", snippet, r.Double("score"));
            }));
        }

        return [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Kind, StringComparer.Ordinal).ThenBy(h => h.Id, StringComparer.Ordinal).Take(limit)];
    }
}
