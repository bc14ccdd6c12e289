// An entity's ego network: the entity and everything within two hops of it (claims it made or denied, the articles
// that report them, the other speakers on those claims) with the relationships among them. Answers "who and what
// surrounds X?". Returns paths for Browser's graph view, at most $limit of them.
// Names are resolved as closely to the API's entity(name:) as plain Cypher allows: an exact id, else the name or an
// alias (any case), else the best full-text match (accents and case ignored, so 'Cossio' finds 'Cossío'), ties going
// to the entity with the most statements and mentions. Where the API answers AMBIGUOUS_NAME ('Castro'), this takes
// the best match, so check the name in the result. The name is read as a Lucene query: quote it ("...") if it holds
// an operator character such as ( ) : / ! ~ or ^.
// Parameters:
//   $entity  STRING   a name, an alias or an entity id
//   $limit   INTEGER  most paths to return
// Neo4j Browser:
//   :param entity => 'Marco Rubio'
//   :param limit => 300

// name: ego-network
// params: $entity, $limit
CALL () {
  MATCH (e:Entity {id: $entity}) RETURN e, 0 AS rank, 1.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_name_keys', $entity, {limit: 10}) YIELD node, score
  RETURN node AS e,
         CASE WHEN toLower(node.name) = toLower($entity) OR node.nameFold = toLower($entity) OR toLower($entity) IN [x IN node.aliases | toLower(x)] THEN 1 ELSE 2 END AS rank,
         score
}
WITH e AS center, rank, score
ORDER BY rank, score DESC, COUNT { (center)-[:SAID|DENIED]->() } + COUNT { (center)<-[:MENTIONS]-() } DESC, size(center.name)
LIMIT 1
MATCH p = (center)-[*1..2]-(other)
WHERE other:Entity OR other:Claim OR other:Article
RETURN p
LIMIT $limit;
