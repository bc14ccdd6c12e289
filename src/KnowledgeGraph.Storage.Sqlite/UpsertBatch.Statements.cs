using KnowledgeGraph.Model;
using KnowledgeGraph.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

internal sealed partial class UpsertBatch
{
    private readonly HashSet<string> _documentStatements = new(StringComparer.Ordinal);
    private readonly HashSet<string> _documentClaims = new(StringComparer.Ordinal);
    private readonly HashSet<string> _documentMentions = new(StringComparer.Ordinal);
    private MultiRowInsert _mention = null!;
    private MultiRowInsert _insertStatement = null!;
    private MultiRowInsert _statementReporter = null!;
    private MultiRowInsert _claimReporter = null!;
    private MultiRowInsert _claimAbout = null!;
    private SqliteCommand _upsertArticle = null!;
    private SqliteCommand _findInstitution = null!;
    private SqliteCommand _publishedBy = null!;

    private void PrepareArticleCommands()
    {
        // Properties a later version lacks are kept (coalesce); the fingerprint always follows the document.
        _upsertArticle = Prepared(
            """
            INSERT INTO article(id, file, title, publisher, url, published_at, author, content_hash, fingerprint, title_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            ON CONFLICT(id) DO UPDATE SET file = excluded.file, title = coalesce(excluded.title, title), publisher = coalesce(excluded.publisher, publisher),
                url = coalesce(excluded.url, url), published_at = coalesce(excluded.published_at, published_at), author = coalesce(excluded.author, author),
                content_hash = CASE WHEN excluded.content_hash <> '' THEN excluded.content_hash ELSE content_hash END,
                fingerprint = excluded.fingerprint, title_key = coalesce(excluded.title_key, title_key)
            """, 10);
        _mention = Rows(LinkInsert("INSERT INTO", "mention", "article_id, entity_id"), 2);
        _findInstitution = Prepared(
            "SELECT e.id FROM entity_name n JOIN entity e ON e.id = n.entity_id WHERE n.folded = $1 AND e.kind = 'Institution' ORDER BY e.id = $2 DESC, e.id LIMIT 1", 2);
        _publishedBy = Prepared(
            "INSERT INTO published_by(article_id, institution_id) VALUES ($1, $2) ON CONFLICT(article_id) DO UPDATE SET institution_id = excluded.institution_id", 2);
    }

    private void PrepareStatementCommands()
    {
        // Every statement row is new: its id holds its article's, and a stored article's statements were removed before
        // its new version is written (Plan). A conflict here would mean the counts are wrong, so it is an error, not ignored.
        _insertStatement = Rows("INSERT INTO statement(id, speaker_id, stance, claim_id, article_id, evidence, start, \"end\", date, rule)", 10);
        _statementReporter = Rows(LinkInsert("INSERT OR IGNORE INTO", "statement_reporter", "statement_id, entity_id"), 2);
        _claimReporter = Rows(LinkInsert("INSERT OR IGNORE INTO", "claim_reporter", "claim_id, target_id"), 2);
        _claimAbout = Rows(LinkInsert("INSERT OR IGNORE INTO", "claim_about", "claim_id, entity_id"), 2);
        PrepareAggregateCommands();
    }

    /// <summary>
    /// The insert of a link table's rows: while a bulk load defers the indexes, appended to its staging table (duplicates
    /// included; they are dropped when the rows are moved in, <see cref="SqliteSchema.StagedLinks"/>), else into the table.
    /// </summary>
    private string LinkInsert(string verb, string table, string columns) =>
        _deferred ? $"INSERT INTO {table}_load({columns})" : $"{verb} {table}({columns})";

    private void AddArticle(PlannedDocument planned)
    {
        var source = planned.Document.Source;
        var title = Blank(source.Title);
        Run(_upsertArticle, source.Id, source.File ?? "", title, Blank(source.Publisher), Blank(source.Url),
            Blank(source.PublishedAt), Blank(source.Author), source.ContentHash ?? "", planned.Fingerprint, title is null ? null : TextFold.Key(title));
        _documentMentions.Clear();
        foreach (var entity in planned.Document.Entities ?? [])
        {
            if (_documentMentions.Add(entity.Id))
            {
                _mention.Add(source.Id, entity.Id);
                EntityDeltaOf(entity.Id).Mentions++;
            }
        }

        var publisher = Blank(source.Publisher);
        if (publisher is null)
        {
            return;
        }

        // The publisher is an institution: the one already named so, else a new one named after the publisher.
        var slugId = "institution:" + TextFold.Slug(publisher);
        _insertName.Flush(); // the lookup reads the names written so far
        var institution = Scalar(_findInstitution, TextFold.Key(publisher), slugId) as string;
        if (institution is null)
        {
            if (slugId.Length == "institution:".Length)
            {
                return; // a publisher name without letters or digits names nothing
            }

            Reference(slugId, $"Document {source.Id} ({source.File}), publisher", publisher.Trim());
            institution = slugId;
        }

        Run(_publishedBy, source.Id, institution);
    }

    /// <param name="planned">The statement's document.</param>
    /// <param name="statement">The statement.</param>
    /// <param name="document">Names the document in error messages.</param>
    /// <param name="index">The statement's position in the document, from 1, for error messages.</param>
    private void AddStatement(PlannedDocument planned, ExtractedStatement statement, string document, int index)
    {
        // Built only for an error or a new entity: a bulk load has hundreds of thousands of statements.
        string Where() => $"{document}, statement {index}";

        if (string.IsNullOrWhiteSpace(statement.ClaimId) || string.IsNullOrWhiteSpace(statement.Claim))
        {
            throw new ArgumentException($"{Where()}: the claim id or claim text is empty.");
        }

        if (statement.Evidence is null || statement.Start < 0 || statement.End < statement.Start)
        {
            throw new ArgumentException(
                $"{Where()}: the evidence offsets are invalid (start {statement.Start}, end {statement.End}); start must be at least 0 and end at least start.");
        }

        var stance = SqliteRows.StanceText(statement.Stance);
        if (!Known(statement.SpeakerId))
        {
            Reference(statement.SpeakerId, $"{Where()}, speaker");
        }

        var source = planned.Document.Source;
        var id = StatementIds.For(statement.SpeakerId, statement.Stance, statement.ClaimId, source.Id, statement.Start);
        if (!_documentStatements.Add(id))
        {
            return; // the same statement twice in one document is one statement
        }

        _insertStatement.Add(id, statement.SpeakerId, stance, statement.ClaimId, source.Id, statement.Evidence, statement.Start, statement.End, planned.Date,
            Blank(statement.Rule));
        if (!_removedStatements.Contains(id))
        {
            _newStatements++;
        }

        var denied = statement.Stance == Stance.Denied;
        var claim = _claimDeltas.TryGetValue(statement.ClaimId, out var known)
            ? known
            : ClaimDeltaOf(statement.ClaimId, statement.Claim.Trim(), TextFold.Key(statement.Claim));
        claim.Count(denied, 1);
        claim.Dated(planned.Date);
        if (_documentClaims.Add(statement.ClaimId))
        {
            claim.Articles++;
        }

        CountStatement(statement.SpeakerId, denied, planned.Date, planned.Publisher, 1);
        AddClaimReporter(statement.ClaimId, source.Id);
        foreach (var reporter in statement.ReportedBy ?? [])
        {
            if (!Known(reporter))
            {
                Reference(reporter, $"{Where()}, reportedBy");
            }

            _statementReporter.Add(id, reporter);
            AddClaimReporter(statement.ClaimId, reporter);
        }

        foreach (var about in statement.About ?? [])
        {
            if (!Known(about))
            {
                Reference(about, $"{Where()}, about");
            }

            if (_claimAbouts.Add((statement.ClaimId, about)))
            {
                _claimAbout.Add(statement.ClaimId, about);
            }
        }
    }

    private void AddClaimReporter(string claimId, string targetId)
    {
        if (_claimReporters.Add((claimId, targetId)))
        {
            _claimReporter.Add(claimId, targetId);
        }
    }
}
