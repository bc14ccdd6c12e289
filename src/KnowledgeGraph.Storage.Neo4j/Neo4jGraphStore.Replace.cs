using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Http;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>What one batch writes: its rows (unchanged documents left out) and the stored articles they replace.</summary>
    private sealed record UpsertPlan(UpsertRows Rows, List<string> Replaced);

    /// <summary>The last document of each article in the batch, in batch order, with its fingerprint: the last one wins, as in SQLite.</summary>
    private static (List<ExtractedDocument> Documents, List<string> Fingerprints) LatestOfEachArticle(IReadOnlyList<ExtractedDocument> documents)
    {
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var source = documents[i]?.Source ?? throw new ArgumentException($"Document {i + 1} of the batch has no source object; nothing from this batch was stored.");
            if (string.IsNullOrWhiteSpace(source.Id))
            {
                throw new ArgumentException($"Document {i + 1} ({source.File}): source.id is empty; nothing from this batch was stored.");
            }

            last[source.Id] = i;
        }

        var latest = documents.Where((d, i) => last[d.Source.Id] == i).ToList();
        return (latest, [.. latest.Select(DocumentFingerprint.Of)]);
    }

    /// <summary>
    /// Decides what each document does, as SQLite does: one whose fingerprint equals the stored one writes nothing; any
    /// other of a stored article replaces it (<c>cypher/replace-articles.cypher</c>). <paramref name="all"/> are the
    /// rows of every document, already validated.
    /// </summary>
    private async Task<UpsertPlan> PlanAsync(List<ExtractedDocument> documents, List<string> fingerprints, UpsertRows all, CancellationToken cancellationToken)
    {
        var stored = (await RunAsync("replace-articles", "stored-fingerprints", new() { ["ids"] = documents.Select(d => d.Source.Id).ToList() }, cancellationToken).ConfigureAwait(false))
            .Rows.ToDictionary(r => r.String("id")!, r => r.String("fingerprint"), StringComparer.Ordinal);
        var write = new List<int>(documents.Count);
        var replaced = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (stored.TryGetValue(documents[i].Source.Id, out var storedFingerprint))
            {
                if (storedFingerprint == fingerprints[i])
                {
                    continue; // unchanged: nothing to write
                }

                replaced.Add(documents[i].Source.Id);
            }

            write.Add(i);
        }

        var rows = write.Count == documents.Count ? all : UpsertRows.Build([.. write.Select(i => documents[i])], [.. write.Select(i => fingerprints[i])]);
        return new UpsertPlan(rows, replaced);
    }

    /// <summary>What removing the replaced articles' contents touched: claims, entities (speakers and mentioned), statement ids.</summary>
    private sealed record Cleared(List<string> Claims, List<string> Entities, HashSet<string> Statements);

    /// <summary>Removes what the replaced articles hold; returns what that touched.</summary>
    private static async Task<Cleared> ClearReplacedAsync(QueryApiTransaction tx, List<string> replaced, CancellationToken cancellationToken)
    {
        if (replaced.Count == 0)
        {
            return new Cleared([], [], []);
        }

        var ids = new Dictionary<string, object?> { ["ids"] = replaced };
        var mentions = await tx.RunAsync(CypherScripts.Get("replace-articles", "clear-mentions"), ids, cancellationToken).ConfigureAwait(false);
        var cleared = await tx.RunAsync(CypherScripts.Get("replace-articles", "clear-statements"), ids, cancellationToken).ConfigureAwait(false);
        return new Cleared(
            [.. cleared.Rows.Select(r => r.String("claimId")!).Distinct(StringComparer.Ordinal)],
            [.. cleared.Rows.SelectMany(r => r.Strings("speakerIds")).Concat(mentions.Rows.SelectMany(r => r.Strings("entityIds"))).Distinct(StringComparer.Ordinal)],
            cleared.Rows.SelectMany(r => r.Strings("statementIds")).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>After the new versions are written: links no statement backs any more, and claims left without statements, go.</summary>
    private static async Task PruneClaimsAsync(QueryApiTransaction tx, List<string> claims, CancellationToken cancellationToken)
    {
        if (claims.Count == 0)
        {
            return;
        }

        var ids = new Dictionary<string, object?> { ["ids"] = claims };
        await tx.RunAsync(CypherScripts.Get("replace-articles", "prune-claim-reports"), ids, cancellationToken).ConfigureAwait(false);
        await tx.RunAsync(CypherScripts.Get("replace-articles", "remove-orphan-claims"), ids, cancellationToken).ConfigureAwait(false);
    }
}
