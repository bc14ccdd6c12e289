// Most corroborated claims: claims reported by the most distinct articles, with the outlets that carried them and
// who said or denied them, each named once. Answers "which statements are best sourced?".
// Parameters:
//   $limit  INTEGER  most claims to return
// Neo4j Browser:
//   :param limit => 20

// name: most-corroborated-claims
// params: $limit
MATCH (c:Claim)
WITH c, COUNT { (c)-[:REPORTED_BY]->(:Article) } AS articles
WHERE articles > 0
ORDER BY articles DESC, c.text
LIMIT $limit
RETURN c.text AS claim, articles,
       COLLECT { MATCH (c)-[:REPORTED_BY]->(:Article)-[:PUBLISHED_BY]->(o:Institution) WITH DISTINCT o RETURN o.name ORDER BY o.name } AS outlets,
       COLLECT { MATCH (s:Entity)-[:SAID]->(c) WITH DISTINCT s RETURN s.name ORDER BY s.name } AS saidBy,
       COLLECT { MATCH (d:Entity)-[:DENIED]->(c) WITH DISTINCT d RETURN d.name ORDER BY d.name } AS deniedBy;
