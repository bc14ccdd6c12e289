using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<UpsertResult> UpsertAsync(IReadOnlyList<ExtractedDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (documents.Count == 0)
        {
            return new UpsertResult(0, 0, 0, 0, 0);
        }

        var rows = UpsertRows.Build(documents);
        // A transient failure aborts the server-side transaction, so the whole batch is retried, never a part.
        return await _client.WithRetriesAsync(ct => WriteBatchAsync(documents.Count, rows, ct), cancellationToken).ConfigureAwait(false);
    }

    private async Task<UpsertResult> WriteBatchAsync(int documentCount, UpsertRows rows, CancellationToken cancellationToken)
    {
        await using var tx = await _client.BeginAsync(cancellationToken).ConfigureAwait(false);
        Task<Http.QueryResult> Run(string name, object rowsParameter) =>
            tx.RunAsync(CypherScripts.Get("load-documents", name), new Dictionary<string, object?> { ["rows"] = rowsParameter }, cancellationToken);

        var countsStatement = CypherScripts.Get("counts", "counts");
        var before = (await tx.RunAsync(countsStatement, NoParameters, cancellationToken).ConfigureAwait(false)).Rows.Single();

        await Run("merge-articles", rows.Articles).ConfigureAwait(false);
        await Run("merge-entities", rows.Entities).ConfigureAwait(false);
        await Run("merge-stubs", rows.Stubs).ConfigureAwait(false);
        await CheckStoredAsync(tx, rows.Unresolved, cancellationToken).ConfigureAwait(false);
        await Run("merge-memberships", rows.Memberships).ConfigureAwait(false);
        await Run("merge-claims", rows.Claims).ConfigureAwait(false);
        var written = (await Run("merge-statements", rows.Statements).ConfigureAwait(false)).Rows.Single().Int("written");
        if (written != rows.Statements.Count)
        {
            var known = (await tx.RunAsync(CypherScripts.Get("entities", "entities-by-ids"), new Dictionary<string, object?>
            {
                ["ids"] = rows.Statements.Select(s => s.SpeakerId).Distinct().ToList(),
            }, cancellationToken).ConfigureAwait(false)).Rows.Select(r => r.String("id")).ToHashSet();
            var missing = rows.Statements.First(s => !known.Contains(s.SpeakerId));
            throw new ArgumentException($"Article {missing.ArticleId}: a statement names speaker '{missing.SpeakerId}', which is neither among the article's entities nor in the store; nothing from this batch was stored.");
        }

        await Run("merge-reported-by", rows.ReportedBy).ConfigureAwait(false);
        await Run("merge-about", rows.About).ConfigureAwait(false);
        await Run("merge-mentions", rows.Mentions).ConfigureAwait(false);
        await Run("merge-published-by", rows.PublishedBy).ConfigureAwait(false);
        var after = (await tx.RunAsync(countsStatement, NoParameters, cancellationToken).ConfigureAwait(false)).Rows.Single();
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);

        int New(string key) => after.Int(key) - before.Int(key);
        return new UpsertResult(documentCount, New("articles"), New("entities"), New("claims"), New("statements"));
    }

    /// <summary>References that name no kind must point at stored entities; otherwise the batch is refused.</summary>
    private static async Task CheckStoredAsync(Http.QueryApiTransaction tx, List<(string Id, string Where)> unresolved, CancellationToken cancellationToken)
    {
        if (unresolved.Count == 0)
        {
            return;
        }

        var stored = (await tx.RunAsync(CypherScripts.Get("entities", "entities-by-ids"), new Dictionary<string, object?>
        {
            ["ids"] = unresolved.Select(u => u.Id).ToList(),
        }, cancellationToken).ConfigureAwait(false)).Rows.Select(r => r.String("id")).ToHashSet();
        if (unresolved.FirstOrDefault(u => !stored.Contains(u.Id)) is { Id: not null } missing)
        {
            throw new ArgumentException($"{missing.Where}: '{missing.Id}' is neither among the entities nor an id that names its kind (person:…, institution:…, place:…); nothing from this batch was stored.");
        }
    }
}
