using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

internal sealed partial class UpsertBatch
{
    private readonly List<string> _replaced = [];
    private readonly HashSet<string> _removedStatements = new(StringComparer.Ordinal);

    /// <summary>
    /// Decides what each document does and removes the stored versions that documents replace: the last document of an
    /// article in the batch wins; one whose fingerprint equals the stored one writes nothing; any other stored article
    /// loses its statements, mentions and REPORTED_BY links here, before the new version is written.
    /// </summary>
    /// <returns>The documents to write, in batch order.</returns>
    public List<PlannedDocument> Plan(IReadOnlyList<ExtractedDocument> documents)
    {
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var source = documents[i]?.Source ?? throw new ArgumentException($"Document {i + 1} of the batch has no source object.");
            if (string.IsNullOrWhiteSpace(source.Id))
            {
                throw new ArgumentException($"The document read from '{source.File}' has no source id.");
            }

            last[source.Id] = i;
        }

        using var stored = Command("SELECT fingerprint, publisher, published_at FROM article WHERE id = $id");
        var id = stored.Parameters.Add("$id", SqliteType.Text);
        var planned = new List<PlannedDocument>(last.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var source = document.Source;
            if (last[source.Id] != i)
            {
                continue;
            }

            var fingerprint = DocumentFingerprint.Of(document);
            id.Value = source.Id;
            string? storedPublisher = null;
            string? storedDate = null;
            var exists = false;
            using (var reader = stored.ExecuteReader())
            {
                if (reader.Read())
                {
                    if (reader.GetString(0) == fingerprint)
                    {
                        continue; // unchanged: nothing to write
                    }

                    exists = true;
                    storedPublisher = SqliteRows.NullableString(reader, 1);
                    storedDate = SqliteRows.NullableString(reader, 2);
                }
            }

            if (exists)
            {
                if (_deferred)
                {
                    // Removing an article's rows seeks on the deferred indexes: build them first, and write this batch as usual.
                    DeferredIndexes.Complete(_connection, _transaction);
                    _deferred = false;
                }

                Remove(source.Id, storedPublisher);
                _replaced.Add(source.Id);
            }
            else
            {
                _newArticles++;
            }

            planned.Add(new PlannedDocument(document, fingerprint, Blank(source.Publisher) ?? storedPublisher, Blank(source.PublishedAt) ?? storedDate));
        }

        return planned;
    }

    /// <summary>Removes what a stored article holds (statements, their intermediaries, mentions, its REPORTED_BY links), counting every removal.</summary>
    private void Remove(string articleId, string? publisher)
    {
        using (var statements = Command(
            """
            SELECT s.id, s.claim_id, s.speaker_id, s.stance, s.date, c.text, c.folded
            FROM statement s JOIN claim c ON c.id = s.claim_id WHERE s.article_id = $article
            """))
        {
            statements.Parameters.AddWithValue("$article", articleId);
            using var reader = statements.ExecuteReader();
            var claims = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                _removedStatements.Add(reader.GetString(0));
                var claimId = reader.GetString(1);
                var denied = SqliteRows.ParseStance(reader.GetString(3)) == Stance.Denied;
                var claim = ClaimDeltaOf(claimId, reader.GetString(5), reader.GetString(6));
                claim.Removed = true;
                claim.Count(denied, -1);
                if (claims.Add(claimId))
                {
                    claim.Articles--;
                }

                CountStatement(reader.GetString(2), denied, SqliteRows.NullableString(reader, 4), publisher, -1);
            }
        }

        using (var mentions = Command("SELECT entity_id FROM mention WHERE article_id = $article"))
        {
            mentions.Parameters.AddWithValue("$article", articleId);
            using var reader = mentions.ExecuteReader();
            while (reader.Read())
            {
                EntityDeltaOf(reader.GetString(0)).Mentions--;
            }
        }

        // An external-content index forgets a row only when told the values it indexed.
        Execute(
            """
            INSERT INTO statement_fts(statement_fts, rowid, evidence) SELECT 'delete', n, evidence FROM statement WHERE article_id = $article;
            DELETE FROM statement_reporter WHERE statement_id IN (SELECT id FROM statement WHERE article_id = $article);
            DELETE FROM statement WHERE article_id = $article;
            DELETE FROM claim_reporter WHERE target_id = $article;
            DELETE FROM mention WHERE article_id = $article;
            """,
            ("$article", articleId));
    }
}
