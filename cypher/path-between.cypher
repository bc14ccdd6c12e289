// Path between two entities: the shortest chain of relationships (either direction, at most 6 hops) linking them.
// Answers "how is X connected to Y?". Returns the path for Browser's graph view.
// path-between crosses every relationship, so two people mentioned by the same article are two hops apart;
// path-between-typed only crosses what someone did or is (SAID, DENIED, ABOUT, REPORTED_BY, MEMBER_OF, LEADS), so a
// chain of statements and memberships wins over co-mentions. Both return the entity itself when both names resolve
// to the same entity (shortestPath refuses equal ends).
// Names are resolved as closely to the API's entity(name:) as plain Cypher allows: an exact id, else the name or an
// alias (any case), else the best full-text match (accents and case ignored, so 'Cossio' finds 'Cossío'), ties going
// to the entity with the most statements and mentions. Where the API answers AMBIGUOUS_NAME ('Castro'), this takes
// the best match, so check the name in the result. The name is read as a Lucene query: quote it ("...") if it holds
// an operator character such as ( ) : / ! ~ or ^.
// Parameters:
//   $from  STRING  one end: a name, an alias or an entity id
//   $to    STRING  the other end
// Neo4j Browser:
//   :param from => 'Alejandro Castro Espín'
//   :param to => 'CIA'

// name: path-between
// params: $from, $to
CALL () {
  MATCH (e:Entity {id: $from}) RETURN e, 0 AS rank, 1.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_name_keys', $from, {limit: 10}) YIELD node, score
  RETURN node AS e,
         CASE WHEN toLower(node.name) = toLower($from) OR node.nameFold = toLower($from) OR toLower($from) IN [x IN node.aliases | toLower(x)] THEN 1 ELSE 2 END AS rank,
         score
}
WITH e AS a, rank, score
ORDER BY rank, score DESC, COUNT { (a)-[:SAID|DENIED]->() } + COUNT { (a)<-[:MENTIONS]-() } DESC, size(a.name)
LIMIT 1
WITH a
CALL () {
  MATCH (e:Entity {id: $to}) RETURN e, 0 AS rank, 1.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_name_keys', $to, {limit: 10}) YIELD node, score
  RETURN node AS e,
         CASE WHEN toLower(node.name) = toLower($to) OR node.nameFold = toLower($to) OR toLower($to) IN [x IN node.aliases | toLower(x)] THEN 1 ELSE 2 END AS rank,
         score
}
WITH a, e AS b, rank, score
ORDER BY rank, score DESC, COUNT { (b)-[:SAID|DENIED]->() } + COUNT { (b)<-[:MENTIONS]-() } DESC, size(b.name)
LIMIT 1
CALL (a, b) {
  WITH a, b
  WHERE a = b
  MATCH p = (a)
  RETURN p
  UNION
  WITH a, b
  WHERE a <> b
  MATCH p = shortestPath((a)-[*..6]-(b))
  RETURN p
}
RETURN p, length(p) AS hops;

// name: path-between-typed
// params: $from, $to
CALL () {
  MATCH (e:Entity {id: $from}) RETURN e, 0 AS rank, 1.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_name_keys', $from, {limit: 10}) YIELD node, score
  RETURN node AS e,
         CASE WHEN toLower(node.name) = toLower($from) OR node.nameFold = toLower($from) OR toLower($from) IN [x IN node.aliases | toLower(x)] THEN 1 ELSE 2 END AS rank,
         score
}
WITH e AS a, rank, score
ORDER BY rank, score DESC, COUNT { (a)-[:SAID|DENIED]->() } + COUNT { (a)<-[:MENTIONS]-() } DESC, size(a.name)
LIMIT 1
WITH a
CALL () {
  MATCH (e:Entity {id: $to}) RETURN e, 0 AS rank, 1.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_name_keys', $to, {limit: 10}) YIELD node, score
  RETURN node AS e,
         CASE WHEN toLower(node.name) = toLower($to) OR node.nameFold = toLower($to) OR toLower($to) IN [x IN node.aliases | toLower(x)] THEN 1 ELSE 2 END AS rank,
         score
}
WITH a, e AS b, rank, score
ORDER BY rank, score DESC, COUNT { (b)-[:SAID|DENIED]->() } + COUNT { (b)<-[:MENTIONS]-() } DESC, size(b.name)
LIMIT 1
CALL (a, b) {
  WITH a, b
  WHERE a = b
  MATCH p = (a)
  RETURN p
  UNION
  WITH a, b
  WHERE a <> b
  MATCH p = shortestPath((a)-[:SAID|DENIED|ABOUT|REPORTED_BY|MEMBER_OF|LEADS*..6]-(b))
  RETURN p
}
RETURN p, length(p) AS hops;
