// Load statements: UpsertAsync runs them in this order inside ONE explicit transaction per batch (the first
// statement opens it, POST /db/{db}/query/v2/tx; the last one commits it, POST .../tx/{id}/commit; DELETE on any
// failure), so a batch is written whole or not at all. Every statement is UNWIND $rows AS row MERGE ...: loading the
// same documents twice changes nothing. New-item figures come from the counters of each answer (includeCounters:
// nodes or relationships its MERGEs created). Rows are built by the adapter (Neo4jGraphStore.Upsert*.cs); "*Fold" values are lower-cased, accent-free
// copies computed in C# because Neo4j Community has no accent folding in Cypher.

// A reload keeps what it does not restate, as SQLite does: a value the new row lacks (null) leaves the stored one.
// The fingerprint (DocumentFingerprint) tells the next load whether a document of this article changes anything
// (replace-articles.cypher).
// name: merge-articles
// params: $rows
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.file = row.file,
    a.title = coalesce(row.title, a.title),
    a.publisher = coalesce(row.publisher, a.publisher),
    a.publisherFold = coalesce(row.publisherFold, a.publisherFold),
    a.url = coalesce(row.url, a.url),
    a.publishedAt = coalesce(row.publishedAt, a.publishedAt),
    a.author = coalesce(row.author, a.author),
    a.contentHash = CASE WHEN row.contentHash <> '' THEN row.contentHash ELSE a.contentHash END,
    a.fingerprint = row.fingerprint
RETURN count(a) AS written;

// name: merge-entities
// params: $rows
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.kind = row.kind, e.name = row.name, e.nameFold = row.nameFold, e.aliases = [], e.aliasesFold = []
// A stub (created earlier from a bare reference) takes the real name the first time the entity is declared.
SET e.name = CASE WHEN e.stub THEN row.name ELSE e.name END,
    e.nameFold = CASE WHEN e.stub THEN row.nameFold ELSE e.nameFold END
REMOVE e.stub
SET e.role = coalesce(e.role, row.role),
    e.country = coalesce(e.country, row.country),
    e.aliases = reduce(acc = e.aliases, x IN row.aliases | CASE WHEN x IN acc OR x = e.name THEN acc ELSE acc + x END),
    e.aliasesFold = reduce(acc = e.aliasesFold, x IN row.aliasesFold | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET e.aliasText = reduce(s = ' | ', x IN e.aliasesFold | s + x + ' | ')
FOREACH (_ IN CASE WHEN e.kind = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN e.kind = 'Institution' THEN [1] ELSE [] END | SET e:Institution)
FOREACH (_ IN CASE WHEN e.kind = 'Place' THEN [1] ELSE [] END | SET e:Place)
RETURN count(e) AS written;

// Entities referenced (speaker, reportedBy, about, membership) but not declared in the batch: created as stubs
// named after their id when missing, left alone when stored.
// name: merge-stubs
// params: $rows
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.kind = row.kind, e.name = row.name, e.nameFold = row.nameFold, e.aliases = [], e.aliasesFold = [],
              e.aliasText = ' | ', e.stub = true
FOREACH (_ IN CASE WHEN e.kind = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN e.kind = 'Institution' THEN [1] ELSE [] END | SET e:Institution)
FOREACH (_ IN CASE WHEN e.kind = 'Place' THEN [1] ELSE [] END | SET e:Place)
RETURN count(e) AS written;

// name: merge-memberships
// params: $rows
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (i:Institution {id: row.institutionId})
FOREACH (_ IN CASE WHEN row.relation = 'MEMBER_OF' THEN [1] ELSE [] END |
  MERGE (p)-[m:MEMBER_OF]->(i) SET m.role = coalesce(m.role, row.role))
FOREACH (_ IN CASE WHEN row.relation = 'LEADS' THEN [1] ELSE [] END |
  MERGE (p)-[l:LEADS]->(i) SET l.role = coalesce(l.role, row.role))
RETURN count(*) AS written;

// name: merge-claims
// params: $rows
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
ON CREATE SET c.text = row.text, c.textFold = row.textFold
RETURN count(c) AS written;

// A statement is its merge key (the id hashes speaker, stance, claim, article and start): one already stored keeps its
// properties, as in SQLite, and gains the intermediaries a later load names.
// name: merge-statements
// params: $rows
UNWIND $rows AS row
MATCH (sp:Entity {id: row.speakerId})
MATCH (c:Claim {id: row.claimId})
FOREACH (_ IN CASE WHEN row.stance = 'SAID' THEN [1] ELSE [] END |
  MERGE (sp)-[s:SAID {id: row.id}]->(c)
  ON CREATE SET s.evidence = row.evidence, s.evidenceFold = row.evidenceFold, s.articleId = row.articleId,
                s.start = row.start, s.end = row.end, s.date = row.date, s.reportedBy = [], s.rule = row.rule
  SET s.reportedBy = reduce(acc = s.reportedBy, x IN row.reportedBy | CASE WHEN x IN acc THEN acc ELSE acc + x END))
FOREACH (_ IN CASE WHEN row.stance = 'DENIED' THEN [1] ELSE [] END |
  MERGE (sp)-[d:DENIED {id: row.id}]->(c)
  ON CREATE SET d.evidence = row.evidence, d.evidenceFold = row.evidenceFold, d.articleId = row.articleId,
                d.start = row.start, d.end = row.end, d.date = row.date, d.reportedBy = [], d.rule = row.rule
  SET d.reportedBy = reduce(acc = d.reportedBy, x IN row.reportedBy | CASE WHEN x IN acc THEN acc ELSE acc + x END))
RETURN count(*) AS written;

// name: merge-reported-by
// params: $rows
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
OPTIONAL MATCH (a:Article {id: row.targetId})
OPTIONAL MATCH (e:Entity {id: row.targetId})
WITH c, coalesce(a, e) AS t
WHERE t IS NOT NULL
MERGE (c)-[:REPORTED_BY]->(t)
RETURN count(*) AS written;

// name: merge-about
// params: $rows
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (e:Entity {id: row.entityId})
MERGE (c)-[:ABOUT]->(e)
RETURN count(*) AS written;

// name: merge-mentions
// params: $rows
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[:MENTIONS]->(e)
RETURN count(*) AS written;

// Maintained counts: reads never count statements (claims.cypher, entities.cypher, graph.cypher read these
// properties). The claims and entities a batch touched (written, or left by a replace) are refreshed from their own
// relationships before the batch commits: the counts are degree lookups, the dates one pass over the claim's
// statements. Claim: saidCount, deniedCount, contested, corroboration (articles REPORTED_BY), firstReported,
// lastReported (statement dates); the names and values are the ones SQLite gives a claim node.
// name: refresh-claim-counts
// params: $ids
UNWIND $ids AS claimId
MATCH (c:Claim {id: claimId})
CALL (c) {
  OPTIONAL MATCH (:Entity)-[s:SAID|DENIED]->(c)
  RETURN min(s.date) AS first, max(s.date) AS last
}
WITH c, first, last, COUNT { (c)<-[:SAID]-() } AS said, COUNT { (c)<-[:DENIED]-() } AS denied
SET c.saidCount = said, c.deniedCount = denied, c.contested = said > 0 AND denied > 0,
    c.corroboration = COUNT { (c)-[:REPORTED_BY]->(:Article) },
    c.firstReported = first, c.lastReported = last
RETURN count(c) AS refreshed;

// Entity: saidCount, deniedCount, statementCount (their sum, the order of EntityOrder.StatementCount), mentionCount.
// name: refresh-entity-counts
// params: $ids
UNWIND $ids AS entityId
MATCH (e:Entity {id: entityId})
WITH e, COUNT { (e)-[:SAID]->() } AS said, COUNT { (e)-[:DENIED]->() } AS denied
SET e.saidCount = said, e.deniedCount = denied, e.statementCount = said + denied,
    e.mentionCount = COUNT { (e)<-[:MENTIONS]-() }
RETURN count(e) AS refreshed;

// A publisher is an institution: the one already named so (its folded name, or one of its folded aliases, equals the
// publisher's), preferring the id the adapter derived from the publisher's name (row.institutionId) and then the
// smallest id, as SQLite chooses; else a new one with that derived id. An article has one publisher: a reload naming
// another one moves the PUBLISHED_BY edge (a reload naming none leaves it).
// name: merge-published-by
// params: $rows
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CALL (row) {
  CALL (row) {
    MATCH (named:Entity) WHERE named.nameFold = row.publisherFold RETURN named
    UNION
    MATCH (named:Entity) WHERE named.aliasText CONTAINS ' | ' + row.publisherFold + ' | ' RETURN named
  }
  WITH named
  WHERE named:Institution
  WITH named
  ORDER BY named.id = row.institutionId DESC, named.id
  RETURN collect(named.id)[0] AS namedId
}
WITH a, row, namedId
MERGE (i:Entity {id: coalesce(namedId, row.institutionId)})
ON CREATE SET i:Institution, i.kind = 'Institution', i.name = row.publisher, i.nameFold = row.publisherFold,
              i.aliases = [], i.aliasesFold = [], i.aliasText = ' | '
WITH a, i
CALL (a, i) {
  MATCH (a)-[old:PUBLISHED_BY]->(other)
  WHERE other <> i
  DELETE old
}
MERGE (a)-[:PUBLISHED_BY]->(i)
RETURN count(*) AS written;
