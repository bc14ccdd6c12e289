// Who denied what: every DENIED statement, with the speaker, the claim, the evidence and the article,
// newest first. Answers "which claims were denied, by whom, where?". Optionally narrowed to one speaker.
// Parameters: $speakerId (entity id, or null for everyone), $limit (rows).
// Neo4j Browser:
//   :param speakerId => null
//   :param limit => 50

// name: who-denied-what
// params: $speakerId, $limit
MATCH (sp:Entity)-[d:DENIED]->(c:Claim)
WHERE $speakerId IS NULL OR sp.id = $speakerId
OPTIONAL MATCH (a:Article {id: d.articleId})
RETURN sp.name AS speaker, c.text AS claim, d.evidence AS evidence, d.date AS date,
       a.title AS article, a.publisher AS publisher
ORDER BY d.date IS NULL, d.date DESC, speaker
LIMIT $limit;
