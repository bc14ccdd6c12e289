// Most corroborated claims: claims reported by the most distinct articles, with their speakers.
// Answers "which statements are best sourced?".
// Parameters: $limit (rows).
// Neo4j Browser:
//   :param limit => 20

// name: most-corroborated-claims
// params: $limit
MATCH (c:Claim)-[:REPORTED_BY]->(a:Article)
WITH c, count(DISTINCT a) AS articles, collect(DISTINCT a.publisher) AS publishers
RETURN c.text AS claim, articles, publishers,
       [(s:Entity)-[:SAID|DENIED]->(c) | s.name] AS speakers
ORDER BY articles DESC, claim
LIMIT $limit;
