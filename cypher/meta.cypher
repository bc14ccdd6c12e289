// Store identity and schema version. The meta node marks a database as a KnowledgeGraph store, so that the
// adapter refuses to write into a database that holds somebody else's graph or a newer schema.

// name: read-meta
// params: none
OPTIONAL MATCH (m:KnowledgeGraphMeta {key: 'schema'})
CALL () {
  MATCH (n)
  WHERE NOT (n:Entity OR n:Claim OR n:Article OR n:KnowledgeGraphMeta)
  RETURN count(n) AS foreignNodes
}
CALL () {
  MATCH (n)
  RETURN count(n) AS allNodes
}
RETURN m.version AS version, foreignNodes, allNodes;

// name: write-meta
// params: $version
MERGE (m:KnowledgeGraphMeta {key: 'schema'})
SET m.version = $version
RETURN m.version AS version;

// name: clear-store
// params: none
MATCH (n)
WHERE n:Entity OR n:Claim OR n:Article
DETACH DELETE n;
