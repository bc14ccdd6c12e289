// Contested claims: claims that someone SAID and someone else DENIED, with both camps and the number of
// articles reporting them, most corroborated first. Answers "where do the sources contradict each other?".
// Parameters: $limit (rows).
// Neo4j Browser:
//   :param limit => 25

// name: contested-claims
// params: $limit
MATCH (c:Claim)
WHERE c.contested
RETURN c.text AS claim,
       [(s:Entity)-[:SAID]->(c) | s.name] AS saidBy,
       [(d:Entity)-[:DENIED]->(c) | d.name] AS deniedBy,
       c.corroboration AS articles
ORDER BY articles DESC, claim
LIMIT $limit;
