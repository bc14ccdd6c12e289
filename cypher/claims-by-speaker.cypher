// Claims by a speaker with their sources: everything one entity SAID or DENIED, each with the evidence, the article
// it appeared in, its outlet and the intermediaries (journalists, agencies) named for it, oldest first.
// Answers "what has this person said or denied, and who reported it?".
// Names are resolved as closely to the API's entity(name:) as plain Cypher allows: an exact id, else the name or an
// alias (any case), else the best full-text match (accents and case ignored, so 'Cossio' finds 'Cossío'), ties going
// to the entity with the most statements and mentions. Where the API answers AMBIGUOUS_NAME ('Castro'), this takes
// the best match, so check the name in the result. The name is read as a Lucene query: quote it ("...") if it holds
// an operator character such as ( ) : / ! ~ or ^.
// Parameters:
//   $speaker  STRING  a name, an alias or an entity id
// Neo4j Browser:
//   :param speaker => 'Marco Rubio'

// name: claims-by-speaker
// params: $speaker
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
MATCH (sp)-[s:SAID|DENIED]->(c:Claim)
OPTIONAL MATCH (a:Article {id: s.articleId})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Institution)
RETURN sp.name AS speaker, type(s) AS stance, c.text AS claim, s.evidence AS evidence, s.date AS date,
       a.title AS article, coalesce(outlet.name, a.publisher) AS outlet,
       COLLECT { UNWIND s.reportedBy AS reporterId MATCH (r:Entity {id: reporterId}) RETURN r.name } AS via
ORDER BY s.date IS NULL, s.date, article, s.start;
