using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The maintained counts. Every statement, mention and article the batch adds or removes is counted here as a delta, and
/// <see cref="UpsertBatch.Finish"/> applies the deltas once per row: work grows with the batch, never with what is stored.
/// </summary>
internal sealed partial class UpsertBatch
{
    private readonly Dictionary<string, ClaimDelta> _claimDeltas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CountDelta> _entityDeltas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CountDelta> _dayDeltas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CountDelta> _publisherDeltas = new(StringComparer.Ordinal);
    private readonly Dictionary<EntityKind, int> _kindDeltas = [];
    private readonly CountDelta _statementDelta = new();
    private MultiRowInsert _upsertClaim = null!;
    private int _orphanClaims;

    private void PrepareAggregateCommands()
    {
        // A claim is written once per batch, with its counts: inserted when new, its counts moved by the deltas when stored.
        _upsertClaim = Rows(
            "INSERT INTO claim(id, text, folded, said_count, denied_count, corroboration, first_reported, last_reported)", 8,
            """
            ON CONFLICT(id) DO UPDATE SET
                said_count = said_count + excluded.said_count,
                denied_count = denied_count + excluded.denied_count,
                corroboration = corroboration + excluded.corroboration,
                first_reported = CASE WHEN excluded.first_reported IS NULL OR first_reported <= excluded.first_reported THEN first_reported ELSE excluded.first_reported END,
                last_reported = CASE WHEN excluded.last_reported IS NULL OR last_reported >= excluded.last_reported THEN last_reported ELSE excluded.last_reported END
            """);
    }

    private ClaimDelta ClaimDeltaOf(string id, string text, string folded)
    {
        if (!_claimDeltas.TryGetValue(id, out var delta))
        {
            delta = new ClaimDelta(text, folded);
            _claimDeltas[id] = delta;
        }

        return delta;
    }

    private CountDelta EntityDeltaOf(string id) => DeltaOf(_entityDeltas, id);

    private static CountDelta DeltaOf(Dictionary<string, CountDelta> deltas, string key)
    {
        if (!deltas.TryGetValue(key, out var delta))
        {
            delta = new CountDelta();
            deltas[key] = delta;
        }

        return delta;
    }

    /// <summary>Counts one statement added (+1) or removed (-1) for its speaker, its day, its publisher and the totals.</summary>
    private void CountStatement(string speakerId, bool denied, string? date, string? publisher, int by)
    {
        EntityDeltaOf(speakerId).Count(denied, by);
        _statementDelta.Count(denied, by);
        if (date is not null)
        {
            DeltaOf(_dayDeltas, date).Count(denied, by);
        }

        if (publisher is not null)
        {
            DeltaOf(_publisherDeltas, publisher).Count(denied, by);
        }
    }

    private void CountKind(EntityKind kind, int by) => _kindDeltas[kind] = _kindDeltas.GetValueOrDefault(kind) + by;

    /// <summary>Writes every touched claim with its deltas; re-reads the dates of claims that lost statements and drops those left with none. Returns the number of new claims.</summary>
    private int ApplyClaimDeltas()
    {
        foreach (var (id, delta) in _claimDeltas)
        {
            _upsertClaim.Add(id, delta.Text, delta.Folded, delta.Said, delta.Denied, delta.Articles, delta.First, delta.Last);
        }

        _upsertClaim.Flush();
        var newClaims = (int)(LastRowNumber("claim") - _claimsBefore);
        var removed = _claimDeltas.Where(d => d.Value.Removed).Select(d => d.Key).ToList();
        if (removed.Count == 0)
        {
            return newClaims;
        }

        var ids = JsonSerializer.Serialize(removed);
        // A seek each on the claim's date-ordered statements (undated last).
        Execute(
            """
            UPDATE claim SET
                first_reported = (SELECT s.date FROM statement s WHERE s.claim_id = claim.id AND (s.date IS NULL) = 0 ORDER BY s.date LIMIT 1),
                last_reported = (SELECT s.date FROM statement s WHERE s.claim_id = claim.id AND (s.date IS NULL) = 0 ORDER BY s.date DESC LIMIT 1)
            WHERE id IN (SELECT value FROM json_each($ids));
            DELETE FROM claim_reporter WHERE claim_id IN (SELECT value FROM json_each($ids)) AND substr(target_id, 1, 8) <> 'article:'
                AND NOT EXISTS (SELECT 1 FROM statement s JOIN statement_reporter r ON r.statement_id = s.id
                                WHERE s.claim_id = claim_reporter.claim_id AND r.entity_id = claim_reporter.target_id);
            """,
            ("$ids", ids));

        // Claims left without statements go, with their ABOUT and REPORTED_BY links.
        var orphans = new List<string>();
        using (var select = Command("SELECT id FROM claim WHERE id IN (SELECT value FROM json_each($ids)) AND said_count = 0 AND denied_count = 0"))
        {
            select.Parameters.AddWithValue("$ids", ids);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                orphans.Add(reader.GetString(0));
            }
        }

        if (orphans.Count > 0)
        {
            var fullText = _bulk ? "" : "INSERT INTO claim_fts(claim_fts, rowid, text) SELECT 'delete', n, text FROM claim WHERE id IN (SELECT value FROM json_each($ids));";
            Execute(
                fullText + """
                DELETE FROM claim_about WHERE claim_id IN (SELECT value FROM json_each($ids));
                DELETE FROM claim_reporter WHERE claim_id IN (SELECT value FROM json_each($ids));
                DELETE FROM claim WHERE id IN (SELECT value FROM json_each($ids));
                """,
                ("$ids", JsonSerializer.Serialize(orphans)));
            _orphanClaims = orphans.Count;
        }

        return newClaims;
    }

    private void ApplyEntityDeltas()
    {
        var rows = _entityDeltas.Where(d => !d.Value.IsZero).Select(d => new object[] { d.Key, d.Value.Said, d.Value.Denied, d.Value.Mentions }).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        Execute(
            """
            UPDATE entity SET said_count = said_count + d.said, denied_count = denied_count + d.denied, mention_count = mention_count + d.mentions
            FROM (SELECT value ->> 0 AS id, value ->> 1 AS said, value ->> 2 AS denied, value ->> 3 AS mentions FROM json_each($rows)) AS d
            WHERE entity.id = d.id
            """,
            ("$rows", JsonSerializer.Serialize(rows)));
    }

    /// <summary>Statements per day and per publisher: rows added as needed, removed when they fall to zero.</summary>
    private void ApplyBreakdownDeltas()
    {
        foreach (var (table, key, deltas) in new[] { ("day_count", "date", _dayDeltas), ("publisher_count", "publisher", _publisherDeltas) })
        {
            var rows = deltas.Where(d => !d.Value.IsZero).Select(d => new object[] { d.Key, d.Value.Said, d.Value.Denied }).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            Execute(
                $"""
                INSERT INTO {table}({key}, said, denied) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows) WHERE true
                ON CONFLICT({key}) DO UPDATE SET said = said + excluded.said, denied = denied + excluded.denied;
                DELETE FROM {table} WHERE said = 0 AND denied = 0 AND {key} IN (SELECT value ->> 0 FROM json_each($rows));
                """,
                ("$rows", JsonSerializer.Serialize(rows)));
        }
    }

    private void UpdateTotals(int newClaims)
    {
        Execute(
            """
            UPDATE totals SET articles = articles + $articles, entities = entities + $entities, claims = claims + $claims,
                statements = statements + $said + $denied, said = said + $said, denied = denied + $denied,
                people = people + $people, institutions = institutions + $institutions, places = places + $places
            """,
            ("$articles", _newArticles), ("$entities", _newEntities), ("$claims", newClaims - _orphanClaims),
            ("$said", _statementDelta.Said), ("$denied", _statementDelta.Denied),
            ("$people", _kindDeltas.GetValueOrDefault(EntityKind.Person)),
            ("$institutions", _kindDeltas.GetValueOrDefault(EntityKind.Institution)),
            ("$places", _kindDeltas.GetValueOrDefault(EntityKind.Place)));
    }
}
