using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>How often <see cref="WaitForIndexesAsync"/> asks; tests shorten it.</summary>
    internal TimeSpan IndexPollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Waits until every index is online, asking in short requests: <c>db.awaitIndexes(300)</c> in one request ran
    /// under the 30 s request timeout, so the first start on a large store failed while indexes were still populating.
    /// Gives up after <see cref="Neo4jOptions.MaintenanceTimeout"/>, and at once when an index failed.
    /// </summary>
    private async Task WaitForIndexesAsync(CancellationToken cancellationToken)
    {
        var statement = CypherScripts.Get("meta", "indexes-not-online");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var pending = (await _client.WriteAsync(statement, NoParameters, cancellationToken).ConfigureAwait(false)).Rows;
            if (pending.Count == 0)
            {
                return;
            }

            if (pending.FirstOrDefault(r => r.String("state") == "FAILED") is { } failed)
            {
                throw new Neo4jStoreException($"{Description}: index '{failed.String("name")}' FAILED ({failed.String("failureMessage") ?? "no reason given"}); drop it (DROP INDEX {failed.String("name")}) and start again to rebuild it.");
            }

            if (clock.Elapsed >= _options.MaintenanceTimeout)
            {
                var states = string.Join(", ", pending.Select(r => $"{r.String("name")} {r.String("state")} {r.Double("populationPercent").ToString("0.#", CultureInfo.InvariantCulture)}%"));
                throw new Neo4jStoreException($"{Description}: indexes were not online after {_options.MaintenanceTimeout} ({states}); raise Neo4jOptions.MaintenanceTimeout or start again later.");
            }

            await Task.Delay(IndexPollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
