// Schema of the KnowledgeGraph store in Neo4j: run once per database (every statement is idempotent).
// The adapter runs these on InitializeAsync, one statement per request (schema changes cannot share a
// transaction with data), then waits until every index is online (meta.cypher#indexes-not-online). Analysts can
// paste the whole file into Neo4j Browser.

// name: constraint-person-id
// params: none
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;

// name: constraint-institution-id
// params: none
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;

// name: constraint-place-id
// params: none
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;

// name: constraint-entity-id
// params: none
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// name: constraint-claim-id
// params: none
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;

// name: constraint-article-id
// params: none
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// name: constraint-meta-key
// params: none
CREATE CONSTRAINT kg_meta_key IF NOT EXISTS FOR (n:KnowledgeGraphMeta) REQUIRE n.key IS UNIQUE;

// A statement's id is unique per relationship type (relationship uniqueness constraints: Neo4j 5.7+, Community
// included); the constraint brings the index that MERGE on the id and statements-by-ids seek. Schema version 1 had
// plain indexes on these properties, which would clash with the constraints' indexes: they are dropped first.
// name: drop-v1-index-said-id
// params: none
DROP INDEX said_id IF EXISTS;

// name: drop-v1-index-denied-id
// params: none
DROP INDEX denied_id IF EXISTS;

// name: constraint-said-id
// params: none
CREATE CONSTRAINT said_id_unique IF NOT EXISTS FOR ()-[r:SAID]-() REQUIRE r.id IS UNIQUE;

// name: constraint-denied-id
// params: none
CREATE CONSTRAINT denied_id_unique IF NOT EXISTS FOR ()-[r:DENIED]-() REQUIRE r.id IS UNIQUE;

// Statements are found by article (per-article replace, an article's statements) through these.
// name: index-said-article
// params: none
CREATE INDEX said_article IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.articleId);

// name: index-denied-article
// params: none
CREATE INDEX denied_article IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.articleId);

// name: index-said-date
// params: none
CREATE INDEX said_date IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.date);

// name: index-denied-date
// params: none
CREATE INDEX denied_date IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.date);

// name: index-article-published
// params: none
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);

// Claim orders (ClaimOrder) sort by the maintained properties (load-documents.cypher#refresh-claim-counts).
// name: index-claim-corroboration
// params: none
CREATE INDEX claim_corroboration IF NOT EXISTS FOR (n:Claim) ON (n.corroboration);

// name: index-claim-first-reported
// params: none
CREATE INDEX claim_first_reported IF NOT EXISTS FOR (n:Claim) ON (n.firstReported);

// name: index-claim-last-reported
// params: none
CREATE INDEX claim_last_reported IF NOT EXISTS FOR (n:Claim) ON (n.lastReported);

// name: index-entity-name-fold
// params: none
CREATE INDEX entity_name_fold IF NOT EXISTS FOR (n:Entity) ON (n.nameFold);

// Full-text indexes hold the matching keys the adapter computes (TextFold.Key: lower case, accents removed, one
// space between words; aliasText is the entity's folded aliases as ' | a | b | '), and the adapter folds the search
// words the same way (LuceneQuery.cs), so "Díaz-Canel", "U.S." and "Cuba," find what the index holds. Names use
// 'standard-folding' (no stemming); claims and evidence use 'english' (Porter stemming, so "negotiation" finds
// "negotiating", as on SQLite). Both analyzers drop Lucene's English stop words, and so does the adapter.
// Schema version 1 indexed the unfolded text under other names; those indexes are dropped.

// name: drop-v1-fulltext-entity-names
// params: none
DROP INDEX entity_names IF EXISTS;

// name: drop-v1-fulltext-claim-text
// params: none
DROP INDEX claim_text IF EXISTS;

// name: drop-v1-fulltext-statement-evidence
// params: none
DROP INDEX statement_evidence IF EXISTS;

// TEXT indexes serve CONTAINS (claims and entities filtered by text, find-entity-containing): range indexes cannot.
// name: text-claim-text
// params: none
CREATE TEXT INDEX claim_text_fold IF NOT EXISTS FOR (n:Claim) ON (n.textFold);

// name: text-said-evidence
// params: none
CREATE TEXT INDEX said_evidence_fold IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.evidenceFold);

// name: text-denied-evidence
// params: none
CREATE TEXT INDEX denied_evidence_fold IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.evidenceFold);

// name: text-entity-name
// params: none
CREATE TEXT INDEX entity_name_fold_text IF NOT EXISTS FOR (n:Entity) ON (n.nameFold);

// name: text-entity-aliases
// params: none
CREATE TEXT INDEX entity_alias_text IF NOT EXISTS FOR (n:Entity) ON (n.aliasText);

// name: fulltext-entity-names
// params: none
CREATE FULLTEXT INDEX entity_name_keys IF NOT EXISTS FOR (n:Person|Institution|Place) ON EACH [n.nameFold, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// name: fulltext-claim-text
// params: none
CREATE FULLTEXT INDEX claim_text_keys IF NOT EXISTS FOR (n:Claim) ON EACH [n.textFold]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };

// name: fulltext-statement-evidence
// params: none
CREATE FULLTEXT INDEX statement_evidence_keys IF NOT EXISTS FOR ()-[r:SAID|DENIED]-() ON EACH [r.evidenceFold]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
