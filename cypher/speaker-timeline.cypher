// Timeline of a speaker's statements: everything an entity SAID or DENIED, in date order, with the claim,
// the evidence and the outlet. Answers "how did X's position change over time?".
// Parameters: $speakerId (entity id), $from and $to (ISO dates, or null for open ends).
// Neo4j Browser:
//   :param speakerId => 'person:marco-rubio'
//   :param from => null
//   :param to => null

// name: speaker-timeline
// params: $speakerId, $from, $to
MATCH (sp:Entity {id: $speakerId})-[s:SAID|DENIED]->(c:Claim)
WHERE ($from IS NULL OR s.date >= $from) AND ($to IS NULL OR s.date <= $to)
OPTIONAL MATCH (a:Article {id: s.articleId})
RETURN s.date AS date, type(s) AS stance, c.text AS claim, s.evidence AS evidence, a.publisher AS outlet
ORDER BY s.date IS NULL, s.date, s.articleId, s.start;
