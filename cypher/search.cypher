// Full-text search (SearchAsync) over the three full-text indexes of schema.cypher. $query is a Lucene query the
// adapter builds from the user's words (LuceneQuery.cs: folded like the indexed keys, stop words dropped, every
// Lucene special character escaped); it is a parameter value, never spliced into Cypher. The adapter merges the
// three lists by score. In Neo4j Browser, write the words as the adapter would: folded (lower case, no accents),
// stop words left out, the last word also as a prefix.
// Parameters:
//   $query  STRING   a Lucene query over the folded words
//   $limit  INTEGER  most hits per index
// Neo4j Browser:
//   :param query => 'diaz AND (canel OR canel*)'
//   :param limit => 10

// name: search-entities
// params: $query, $limit
CALL db.index.fulltext.queryNodes('entity_name_keys', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, node.name AS title, node.name AS text, node.aliases AS aliases, score
ORDER BY score DESC, id;

// name: search-claims
// params: $query, $limit
CALL db.index.fulltext.queryNodes('claim_text_keys', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, node.text AS title, node.text AS text, [] AS aliases, score
ORDER BY score DESC, id;

// name: search-statements
// params: $query, $limit
CALL db.index.fulltext.queryRelationships('statement_evidence_keys', $query, {limit: $limit}) YIELD relationship, score
RETURN relationship.id AS id, endNode(relationship).text AS title, relationship.evidence AS text, [] AS aliases, score
ORDER BY score DESC, id;
