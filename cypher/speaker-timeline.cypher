// Timeline of a speaker's statements: everything an entity SAID or DENIED, in date order, with the claim, the
// evidence and the outlet. Answers "how did X's position change over time?".
// Names are resolved as closely to the API's entity(name:) as plain Cypher allows: an exact id, else the name or an
// alias (any case), else the best full-text match (accents and case ignored, so 'Cossio' finds 'Cossío'), ties going
// to the entity with the most statements and mentions. Where the API answers AMBIGUOUS_NAME ('Castro'), this takes
// the best match, so check the name in the result. The name is read as a Lucene query: quote it ("...") if it holds
// an operator character such as ( ) : / ! ~ or ^.
// Dates are stored as 'yyyy-MM-dd' strings; $from and $to are compared through toString(), so a string
// '2026-02-01' and Browser's date('2026-02-01') both work. Undated statements are left out when a bound is given.
// Parameters:
//   $speaker  STRING  a name, an alias or an entity id
//   $from     DATE?   first day (inclusive), or null for no lower bound
//   $to       DATE?   last day (inclusive), or null for no upper bound
// Neo4j Browser:
//   :param speaker => 'Marco Rubio'
//   :param from => date('2026-02-01')
//   :param to => null

// name: speaker-timeline
// params: $speaker, $from, $to
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
WHERE ($from IS NULL OR s.date >= toString($from)) AND ($to IS NULL OR s.date <= toString($to))
OPTIONAL MATCH (a:Article {id: s.articleId})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Institution)
RETURN sp.name AS speaker, s.date AS date, type(s) AS stance, c.text AS claim, s.evidence AS evidence,
       coalesce(outlet.name, a.publisher) AS outlet
ORDER BY s.date IS NULL, s.date, s.articleId, s.start;
