// Claims by a speaker with their sources: everything one entity SAID or DENIED, each with the evidence,
// the article it appeared in and the intermediaries (outlets, journalists) named for it.
// Answers "what has this person said or denied, and who reported it?".
// Parameters: $speakerId (entity id, e.g. 'person:marco-rubio').
// Neo4j Browser:
//   :param speakerId => 'person:marco-rubio'

// name: claims-by-speaker
// params: $speakerId
MATCH (sp:Entity {id: $speakerId})-[s:SAID|DENIED]->(c:Claim)
OPTIONAL MATCH (a:Article {id: s.articleId})
RETURN type(s) AS stance, c.text AS claim, s.evidence AS evidence, s.date AS date,
       a.title AS article, a.publisher AS publisher,
       [(c)-[:REPORTED_BY]->(i:Entity) WHERE i.id IN s.reportedBy | i.name] AS via
ORDER BY s.date IS NULL, s.date, article, s.start;
