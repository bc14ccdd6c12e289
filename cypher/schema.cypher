// Schema of the KnowledgeGraph store in Neo4j: run once per database (every statement is idempotent).
// The adapter runs these on InitializeAsync, one statement per request (schema changes cannot share a
// transaction with data). Analysts can paste the whole file into Neo4j Browser.
// Full-text indexes use the 'standard-folding' analyzer so that "Cossio" finds "Cossío".

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

// name: index-said-id
// params: none
CREATE INDEX said_id IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.id);

// name: index-denied-id
// params: none
CREATE INDEX denied_id IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.id);

// name: index-said-date
// params: none
CREATE INDEX said_date IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.date);

// name: index-denied-date
// params: none
CREATE INDEX denied_date IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.date);

// name: index-article-published
// params: none
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);

// name: index-entity-name-fold
// params: none
CREATE INDEX entity_name_fold IF NOT EXISTS FOR (n:Entity) ON (n.nameFold);

// name: fulltext-entity-names
// params: none
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Institution|Place) ON EACH [n.name, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// name: fulltext-claim-text
// params: none
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// name: fulltext-statement-evidence
// params: none
CREATE FULLTEXT INDEX statement_evidence IF NOT EXISTS FOR ()-[r:SAID|DENIED]-() ON EACH [r.evidence]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// Index creation returns before the index is online; loads and full-text searches right after initialisation
// need the indexes ready, so the adapter waits here (up to 300 s) as its last schema step.
// name: await-indexes
// params: none
CALL db.awaitIndexes(300);
