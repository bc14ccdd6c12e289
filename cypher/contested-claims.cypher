// Contested claims: claims that someone SAID and someone else DENIED (one speaker saying and denying the same claim
// is not a contest), with both camps named once each and the number of articles reporting the claim, most
// corroborated first. Answers "where do the sources contradict each other?".
// Parameters:
//   $limit  INTEGER  most claims to return
// Neo4j Browser:
//   :param limit => 25

// name: contested-claims
// params: $limit
MATCH (c:Claim)
// c.contested (said and denied by anyone, kept at load) narrows the claims before the two-speaker check.
WHERE c.contested AND EXISTS { MATCH (s:Entity)-[:SAID]->(c)<-[:DENIED]-(d:Entity) WHERE s <> d }
WITH c, coalesce(c.corroboration, 0) AS articles
ORDER BY articles DESC, c.text
LIMIT $limit
RETURN c.text AS claim,
       COLLECT { MATCH (s:Entity)-[:SAID]->(c) WITH DISTINCT s RETURN s.name ORDER BY s.name } AS saidBy,
       COLLECT { MATCH (d:Entity)-[:DENIED]->(c) WITH DISTINCT d RETURN d.name ORDER BY d.name } AS deniedBy,
       articles;
