using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Http;

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

        // Every document is checked before anything is sent; unchanged ones are then left out (PlanAsync).
        var (latest, fingerprints) = LatestOfEachArticle(documents);
        var all = UpsertRows.Build(latest, fingerprints);
        // A transient failure aborts the server-side transaction, so the whole batch is retried, never a part (the
        // stored fingerprints are read again: the failed attempt changed nothing).
        return await _client.WithRetriesAsync(async ct =>
        {
            var plan = await PlanAsync(latest, fingerprints, all, ct).ConfigureAwait(false);
            return plan.Rows.Articles.Count == 0
                ? new UpsertResult(documents.Count, 0, 0, 0, 0)
                : await WriteBatchAsync(documents.Count, plan.Rows, plan.Replaced, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<UpsertResult> WriteBatchAsync(int documentCount, UpsertRows rows, List<string> replaced, CancellationToken cancellationToken)
    {
        static CypherStatement Load(string name) => CypherScripts.Get("load-documents", name);
        static Dictionary<string, object?> Rows(object rows) => new() { ["rows"] = rows };

        // The first statement opens the transaction and the last one commits it (one request each, as documented).
        // The batch's "new" figures are what its MERGEs created, from the counters of each answer: counting the
        // store before and after would scan every statement twice per batch.
        var (transaction, first) = await _client.BeginAsync(Load("merge-articles"), Rows(rows.Articles), cancellationToken).ConfigureAwait(false);
        await using var tx = transaction;
        Task<QueryResult> Run(string name, object rowsParameter) => tx.RunAsync(Load(name), Rows(rowsParameter), cancellationToken);

        var articles = Created(first);
        var cleared = await ClearReplacedAsync(tx, replaced, cancellationToken).ConfigureAwait(false);
        var entities = Created(await Run("merge-entities", rows.Entities).ConfigureAwait(false));
        var stubs = Created(await Run("merge-stubs", rows.Stubs).ConfigureAwait(false));
        await CheckStoredAsync(tx, rows.Unresolved, cancellationToken).ConfigureAwait(false);
        await Run("merge-memberships", rows.Memberships).ConfigureAwait(false);
        var claims = Created(await Run("merge-claims", rows.Claims).ConfigureAwait(false));
        var written = await Run("merge-statements", rows.Statements).ConfigureAwait(false);
        var statements = Created(written);
        if (written.Rows.Single().Int("written") != rows.Statements.Count)
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
        await PruneClaimsAsync(tx, cleared.Claims, cancellationToken).ConfigureAwait(false);
        // Counts are maintained for what the batch touched, so no read counts (load-documents.cypher#refresh-*).
        static Dictionary<string, object?> Ids(IEnumerable<string> ids) => new() { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList() };
        await tx.RunAsync(Load("refresh-claim-counts"), Ids(rows.Claims.Select(c => c.Id).Concat(cleared.Claims)), cancellationToken).ConfigureAwait(false);
        await tx.RunAsync(Load("refresh-entity-counts"),
            Ids(rows.Statements.Select(s => s.SpeakerId).Concat(rows.Mentions.Select(m => m.EntityId)).Concat(cleared.Entities)), cancellationToken).ConfigureAwait(false);
        var publishers = await tx.CommitAsync(Load("merge-published-by"), Rows(rows.PublishedBy), cancellationToken).ConfigureAwait(false);

        // Counters of the committing statement are checked after the commit: its figures are not needed to decide it.
        var newPublishers = publishers.Counters?.NodesCreated ?? 0;
        // A replaced article's statements were removed and written again: only those it did not hold before are new.
        var rewritten = rows.Statements.Count(s => cleared.Statements.Contains(s.Id));
        return new UpsertResult(documentCount, articles.NodesCreated, entities.NodesCreated + stubs.NodesCreated + newPublishers,
            claims.NodesCreated, statements.RelationshipsCreated - rewritten)
        { ReplacedArticles = replaced.Count };
    }

    private QueryCounters Created(QueryResult result) => result.Counters
        ?? throw new Neo4jStoreException($"{Description} answered a load statement without the counters it was asked for (includeCounters); is this the Query API of Neo4j 5.26 or later?");

    /// <summary>References that name no kind must point at stored entities; otherwise the batch is refused.</summary>
    private static async Task CheckStoredAsync(QueryApiTransaction tx, List<(string Id, string Where)> unresolved, CancellationToken cancellationToken)
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
