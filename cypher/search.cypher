// Full-text search (SearchAsync) over the three full-text indexes of schema.cypher. $query is a Lucene
// query the adapter builds from the user's words with every Lucene special character escaped; it is a
// parameter value, never spliced into Cypher. The adapter merges the three lists by score.

// name: search-entities
// params: $query, $limit
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, node.name AS title, node.name AS text, node.aliases AS aliases, score
ORDER BY score DESC, id;

// name: search-claims
// params: $query, $limit
CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, node.text AS title, node.text AS text, [] AS aliases, score
ORDER BY score DESC, id;

// name: search-statements
// params: $query, $limit
CALL db.index.fulltext.queryRelationships('statement_evidence', $query, {limit: $limit}) YIELD relationship, score
RETURN relationship.id AS id, endNode(relationship).text AS title, relationship.evidence AS text, [] AS aliases, score
ORDER BY score DESC, id;
