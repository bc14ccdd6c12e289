// Which outlets report whom: for each publisher, the speakers whose statements its articles carry, with
// counts. Answers "who gets coverage where?" and feeds a bipartite outlet-speaker network.
// Parameters: $minStatements (smallest count to show).
// Neo4j Browser:
//   :param minStatements => 1

// name: reporting-network
// params: $minStatements
MATCH (sp:Entity)-[s:SAID|DENIED]->(:Claim)
MATCH (a:Article {id: s.articleId})
WITH coalesce(a.publisher, 'unknown outlet') AS outlet, sp.name AS speaker, count(*) AS statements
WHERE statements >= $minStatements
RETURN outlet, speaker, statements
ORDER BY outlet, statements DESC, speaker;
