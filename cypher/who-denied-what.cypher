// Who denied what: DENIED statements, newest first, each with the speaker, the claim, the evidence, the article and
// its outlet, and who reported it: the intermediaries the article names for the statement (journalists, agencies,
// other outlets). Answers "which claims were denied, by whom, where, and on whose report?".
// who-denied-what covers every speaker; who-denied-what-by one speaker, given by name.
// Names are resolved as closely to the API's entity(name:) as plain Cypher allows: an exact id, else the name or an
// alias (any case), else the best full-text match (accents and case ignored, so 'Cossio' finds 'Cossío'), ties going
// to the entity with the most statements and mentions. Where the API answers AMBIGUOUS_NAME ('Castro'), this takes
// the best match, so check the name in the result. The name is read as a Lucene query: quote it ("...") if it holds
// an operator character such as ( ) : / ! ~ or ^.
// Parameters:
//   $speaker  STRING   who denied (who-denied-what-by only): a name, an alias or an entity id
//   $limit    INTEGER  most rows to return
// Neo4j Browser:
//   :param speaker => 'Fernández de Cossío'
//   :param limit => 50

// name: who-denied-what
// params: $limit
MATCH (sp:Entity)-[d:DENIED]->(c:Claim)
WITH sp, d, c
ORDER BY d.date IS NULL, d.date DESC, sp.name, d.id
LIMIT $limit
OPTIONAL MATCH (a:Article {id: d.articleId})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Institution)
RETURN sp.name AS speaker, c.text AS claim, d.evidence AS evidence, d.date AS date,
       a.title AS article, coalesce(outlet.name, a.publisher) AS outlet,
       COLLECT { UNWIND d.reportedBy AS reporterId MATCH (r:Entity {id: reporterId}) RETURN r.name } AS reportedBy;

// name: who-denied-what-by
// params: $speaker, $limit
CALL () {
  MATCH (e:Entity {id: $speaker}) RETURN e, 0 AS rank, 1.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_name_keys', $speaker, {limit: 10}) YIELD node, score
  RETURN node AS e,
         CASE WHEN toLower(node.name) = toLower($speaker) OR node.nameFold = toLower($speaker) OR toLower($speaker) IN [x IN node.aliases | toLower(x)] THEN 1 ELSE 2 END AS rank,
         score
}
WITH e AS sp, rank, score
ORDER BY rank, score DESC, COUNT { (sp)-[:SAID|DENIED]->() } + COUNT { (sp)<-[:MENTIONS]-() } DESC, size(sp.name)
LIMIT 1
MATCH (sp)-[d:DENIED]->(c:Claim)
WITH sp, d, c
ORDER BY d.date IS NULL, d.date DESC, d.id
LIMIT $limit
OPTIONAL MATCH (a:Article {id: d.articleId})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Institution)
RETURN sp.name AS speaker, c.text AS claim, d.evidence AS evidence, d.date AS date,
       a.title AS article, coalesce(outlet.name, a.publisher) AS outlet,
       COLLECT { UNWIND d.reportedBy AS reporterId MATCH (r:Entity {id: reporterId}) RETURN r.name } AS reportedBy;
