// Store identity and schema version. The meta node marks a database as a KnowledgeGraph store, so that the
// adapter refuses to write into a database that holds somebody else's graph or a newer schema.

// Runs at every start, so it reads only the count store (constant time, whatever the store's size): nodes that
// carry none of our labels are all nodes minus ours (every node of ours has exactly one of these four labels).
// name: read-meta
// params: none
OPTIONAL MATCH (m:KnowledgeGraphMeta {key: 'schema'})
CALL () { MATCH (n) RETURN count(n) AS allNodes }
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:KnowledgeGraphMeta) RETURN count(n) AS metas }
RETURN m.version AS version, allNodes - entities - claims - articles - metas AS foreignNodes, allNodes;

// name: write-meta
// params: $version
MERGE (m:KnowledgeGraphMeta {key: 'schema'})
SET m.version = $version
RETURN m.version AS version;

// Index creation returns before an index is online, and loads and searches right after initialisation need them
// ready; the adapter polls this (each request short, whatever the population takes) until it returns no rows, and
// stops with the failure message if an index FAILED.
// name: indexes-not-online
// params: none
SHOW INDEXES YIELD name, state, populationPercent, failureMessage
WHERE state <> 'ONLINE'
RETURN name, state, populationPercent, failureMessage
ORDER BY name;

// Schema version 2 indexes entities' folded aliases (aliasText) instead of the aliases as written. Run once, in
// an implicit transaction, when a version 1 store is opened; batches keep the transaction state small.
// name: migrate-2-alias-text
// params: none
MATCH (e:Entity)
CALL (e) {
  SET e.aliasText = reduce(s = ' | ', x IN coalesce(e.aliasesFold, []) | s + x + ' | ')
} IN TRANSACTIONS OF 10000 ROWS;

// Schema version 3 keeps counts on claims and entities (load-documents.cypher#refresh-*) and a fingerprint on articles.
// A version 1 or 2 store is counted once when opened, in batches; its articles keep the ids they were loaded with
// (content hashes), and have no fingerprint, so the next load of any of them replaces it.
// name: migrate-3-claim-counts
// params: none
MATCH (c:Claim)
CALL (c) {
  OPTIONAL MATCH (:Entity)-[s:SAID|DENIED]->(c)
  WITH c, min(s.date) AS first, max(s.date) AS last
  WITH c, first, last, COUNT { (c)<-[:SAID]-() } AS said, COUNT { (c)<-[:DENIED]-() } AS denied
  SET c.saidCount = said, c.deniedCount = denied, c.contested = said > 0 AND denied > 0,
      c.corroboration = COUNT { (c)-[:REPORTED_BY]->(:Article) },
      c.firstReported = first, c.lastReported = last
} IN TRANSACTIONS OF 10000 ROWS;

// name: migrate-3-entity-counts
// params: none
MATCH (e:Entity)
CALL (e) {
  WITH e, COUNT { (e)-[:SAID]->() } AS said, COUNT { (e)-[:DENIED]->() } AS denied
  SET e.saidCount = said, e.deniedCount = denied, e.statementCount = said + denied,
      e.mentionCount = COUNT { (e)<-[:MENTIONS]-() }
} IN TRANSACTIONS OF 10000 ROWS;

// Deletes every KnowledgeGraph node with its relationships, in batches (an implicit transaction; one transaction
// over a large store would hold every deletion in memory). Used by tests and maintenance.
// name: clear-store
// params: none
MATCH (n)
WHERE n:Entity OR n:Claim OR n:Article
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS;
