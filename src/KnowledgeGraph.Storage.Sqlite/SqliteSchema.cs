namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>The tables, indexes and full-text indexes of a store file.</summary>
/// <remarks>
/// Counts that queries sort or page by are kept up to date at upsert, not computed when read: a claim's said/denied
/// counts, corroboration and first/last dates; an entity's said/denied/mention counts; the graph totals (one row of
/// <c>totals</c>); statements per day and per publisher. Each has the index its hot query seeks on.
/// </remarks>
internal static class SqliteSchema
{
    /// <summary>PRAGMA application_id of our files: "KGDB".</summary>
    public const int ApplicationId = 0x4B474442;

    /// <summary>Folded names and aliases are joined with this separator so that a search cannot match across two of them.</summary>
    public const char NameSeparator = '\u001F';

    /// <summary>Porter stemming over unicode61 (accents removed): "negotiation" finds "negotiating".</summary>
    public const string Tokenizer = "porter unicode61 remove_diacritics 2";

    /// <summary>
    /// The link tables a bulk load stages, with their two key columns. Each is a set of pairs whose key begins with a hashed
    /// id (an article's, a claim's, a statement's), so row-by-row inserts land on random pages that every batch's transaction
    /// rewrites. While a bulk load defers the indexes (<see cref="DeferredIndexes"/>), their rows are appended to a staging
    /// table each (<c>mention_load</c> and so on; empty outside a bulk load) and moved in, sorted by key, when the indexes are
    /// built. Measured with the sqlite3 shell on the 600k store's rows, 2,000 articles per transaction: the mentions
    /// inserted directly took 77.7 CPU s and 216 s, staged and moved 38.5 CPU s and 86 s; the claims' article reporters 29.7
    /// CPU s and 44 s against 7.4 CPU s and 9 s. (Schema version 4.)
    /// </summary>
    public static readonly (string Table, string First, string Second)[] StagedLinks =
    [
        ("mention", "article_id", "entity_id"),
        ("claim_reporter", "claim_id", "target_id"),
        ("claim_about", "claim_id", "entity_id"),
        ("statement_reporter", "statement_id", "entity_id"),
    ];

    /// <summary>The staging tables of <see cref="StagedLinks"/>.</summary>
    public static string LinkLoadTables { get; } = string.Join('\n', StagedLinks.Select(l =>
        $"CREATE TABLE IF NOT EXISTS {l.Table}_load({l.First} TEXT NOT NULL, {l.Second} TEXT NOT NULL);"));

    /// <summary>Moves the staged rows of a bulk load into their tables, sorted by key (a pair stored twice is one link).</summary>
    public static string MoveStagedLinks { get; } = string.Join('\n', StagedLinks.Select(l =>
        $"INSERT OR IGNORE INTO {l.Table}({l.First}, {l.Second}) SELECT {l.First}, {l.Second} FROM {l.Table}_load ORDER BY 1, 2; DELETE FROM {l.Table}_load;"));

    public static readonly string Create = $"""
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

        CREATE TABLE totals(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            articles INTEGER NOT NULL DEFAULT 0,
            entities INTEGER NOT NULL DEFAULT 0,
            claims INTEGER NOT NULL DEFAULT 0,
            statements INTEGER NOT NULL DEFAULT 0,
            people INTEGER NOT NULL DEFAULT 0,
            institutions INTEGER NOT NULL DEFAULT 0,
            places INTEGER NOT NULL DEFAULT 0,
            said INTEGER NOT NULL DEFAULT 0,
            denied INTEGER NOT NULL DEFAULT 0,
            contested INTEGER NOT NULL DEFAULT 0);
        INSERT INTO totals(id) VALUES (1);

        CREATE TABLE entity(
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            aliases TEXT NOT NULL,
            alias_text TEXT NOT NULL,
            folded_name TEXT NOT NULL,
            folded TEXT NOT NULL,
            role TEXT,
            country TEXT,
            stub INTEGER NOT NULL DEFAULT 0,
            said_count INTEGER NOT NULL DEFAULT 0,
            denied_count INTEGER NOT NULL DEFAULT 0,
            mention_count INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX entity_kind ON entity(kind, folded_name);
        CREATE INDEX entity_folded_name ON entity(folded_name, id);
        CREATE INDEX entity_statements ON entity((said_count + denied_count) DESC, folded_name, id);
        CREATE INDEX entity_mentions ON entity(mention_count DESC, folded_name, id);
        CREATE TABLE entity_name(folded TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY(folded, entity_id)) WITHOUT ROWID;

        CREATE TABLE article(
            id TEXT PRIMARY KEY,
            file TEXT NOT NULL,
            title TEXT,
            publisher TEXT,
            url TEXT,
            published_at TEXT,
            author TEXT,
            content_hash TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            title_key TEXT);
        CREATE INDEX article_published ON article(published_at IS NULL, published_at DESC, title_key, id);
        CREATE INDEX article_publisher ON article(publisher COLLATE NOCASE);

        CREATE TABLE claim(
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            folded TEXT NOT NULL,
            said_count INTEGER NOT NULL DEFAULT 0,
            denied_count INTEGER NOT NULL DEFAULT 0,
            corroboration INTEGER NOT NULL DEFAULT 0,
            first_reported TEXT,
            last_reported TEXT);
        CREATE INDEX claim_corroboration ON claim(corroboration DESC, folded, id);
        CREATE INDEX claim_contested ON claim(corroboration DESC, folded, id) WHERE said_count > 0 AND denied_count > 0;
        CREATE INDEX claim_first ON claim(first_reported IS NULL, first_reported, folded, id);
        CREATE INDEX claim_last ON claim(last_reported IS NULL, last_reported DESC, folded, id);
        CREATE INDEX claim_text ON claim(folded, id);

        -- The contested total follows every claim whose said/denied counts cross zero; rare, so a trigger costs little.
        CREATE TRIGGER claim_contested_insert AFTER INSERT ON claim WHEN new.said_count > 0 AND new.denied_count > 0
        BEGIN UPDATE totals SET contested = contested + 1; END;
        CREATE TRIGGER claim_contested_update AFTER UPDATE OF said_count, denied_count ON claim
        WHEN (old.said_count > 0 AND old.denied_count > 0) <> (new.said_count > 0 AND new.denied_count > 0)
        BEGIN UPDATE totals SET contested = contested + (new.said_count > 0 AND new.denied_count > 0) - (old.said_count > 0 AND old.denied_count > 0); END;
        CREATE TRIGGER claim_contested_delete AFTER DELETE ON claim WHEN old.said_count > 0 AND old.denied_count > 0
        BEGIN UPDATE totals SET contested = contested - 1; END;

        -- The statement id's uniqueness is a named index, not a column constraint, so that a bulk load can build it at the end
        -- with the others (a unique constraint's index cannot be dropped): its random keys cost more per row than any other index.
        CREATE TABLE statement(
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            speaker_id TEXT NOT NULL,
            stance TEXT NOT NULL,
            claim_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            evidence TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            date TEXT,
            rule TEXT);
        CREATE UNIQUE INDEX statement_id ON statement(id);
        {PageIndexes}
        CREATE INDEX statement_article ON statement(article_id);
        CREATE INDEX statement_date ON statement(date);
        CREATE TABLE statement_reporter(statement_id TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY(statement_id, entity_id)) WITHOUT ROWID;

        CREATE TABLE claim_reporter(claim_id TEXT NOT NULL, target_id TEXT NOT NULL, PRIMARY KEY(claim_id, target_id)) WITHOUT ROWID;
        CREATE INDEX claim_reporter_target ON claim_reporter(target_id, claim_id);
        CREATE TABLE claim_about(claim_id TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY(claim_id, entity_id)) WITHOUT ROWID;
        CREATE INDEX claim_about_entity ON claim_about(entity_id, claim_id);
        CREATE TABLE mention(article_id TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY(article_id, entity_id)) WITHOUT ROWID;
        CREATE INDEX mention_entity ON mention(entity_id, article_id);
        {LinkLoadTables}
        CREATE TABLE published_by(article_id TEXT PRIMARY KEY, institution_id TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX published_by_institution ON published_by(institution_id);
        CREATE TABLE membership(
            person_id TEXT NOT NULL,
            relation TEXT NOT NULL,
            institution_id TEXT NOT NULL,
            role TEXT,
            PRIMARY KEY(person_id, relation, institution_id)) WITHOUT ROWID;
        CREATE INDEX membership_institution ON membership(institution_id);

        -- Statement counts of the whole graph by day and by publisher, for the unfiltered breakdown.
        CREATE TABLE day_count(date TEXT PRIMARY KEY, said INTEGER NOT NULL, denied INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE publisher_count(publisher TEXT PRIMARY KEY, said INTEGER NOT NULL, denied INTEGER NOT NULL) WITHOUT ROWID;

        CREATE VIRTUAL TABLE entity_fts USING fts5(name, alias_text, content='entity', content_rowid='n', tokenize='{Tokenizer}');
        CREATE VIRTUAL TABLE claim_fts USING fts5(text, content='claim', content_rowid='n', tokenize='{Tokenizer}');
        CREATE VIRTUAL TABLE statement_fts USING fts5(evidence, content='statement', content_rowid='n', tokenize='{Tokenizer}');

        INSERT INTO meta(key, value) VALUES ('application', 'KnowledgeGraph'), ('schema_version', '{SqliteGraphStore.SchemaVersion}');
        PRAGMA application_id = {ApplicationId};
        PRAGMA user_version = {SqliteGraphStore.SchemaVersion};
        """;

    /// <summary>
    /// Indexes that serve the API's paged lists (<see cref="LinkKind"/>) as seeks: a speaker's statements of one stance
    /// and a claim's statements in date order (undated last, the expression matches the ORDER BY), a claim's speakers of one
    /// stance. The claim's date order also gives its first and last dates in one seek each.
    /// </summary>
    public const string PageIndexes = """
        CREATE INDEX IF NOT EXISTS statement_speaker_page ON statement(speaker_id, stance, date IS NULL, date, id);
        CREATE INDEX IF NOT EXISTS statement_claim_page ON statement(claim_id, date IS NULL, date, id);
        CREATE INDEX IF NOT EXISTS statement_claim_stance ON statement(claim_id, stance, speaker_id);
        """;

    /// <summary>Rebuilds the external-content full-text indexes from their tables (after bulk loads).</summary>
    public const string RebuildFullText = """
        INSERT INTO entity_fts(entity_fts) VALUES('rebuild');
        INSERT INTO claim_fts(claim_fts) VALUES('rebuild');
        INSERT INTO statement_fts(statement_fts) VALUES('rebuild');
        """;
}
