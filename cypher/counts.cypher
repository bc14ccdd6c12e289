// Node and edge counts, and statement breakdowns (GetCountsAsync, GetBreakdownAsync).

// Every count comes from the count store, in constant time: one label, or one relationship type with no labels on
// its ends (SAID and DENIED only ever join an Entity to a Claim). A label on both ends, as in
// (:Entity)-[:SAID|DENIED]->(:Claim), cannot be answered from the count store and scans every statement.
// name: counts
// params: none
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
CALL () { MATCH ()-[s:SAID]->() RETURN count(s) AS said }
CALL () { MATCH ()-[s:DENIED]->() RETURN count(s) AS denied }
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Institution) RETURN count(n) AS institutions }
CALL () { MATCH (n:Place) RETURN count(n) AS places }
RETURN articles, entities, claims, said + denied AS statements, people, institutions, places;

// Grouped by (stance, speaker, publisher, day); the adapter sums the groups four ways, so the filter is written
// once per entry point (chosen as for statements.cypher: articles, claims, speakers, date range, else every
// statement). Null lists mean "any".

// name: statement-breakdown-by-articles
// params: $speakerIds, $claimIds, $articleIds, $stance, $from, $to
UNWIND $articleIds AS articleId
CALL (articleId) {
  MATCH (sp:Entity)-[s:SAID {articleId: articleId}]->(c:Claim) RETURN sp, s, c
  UNION ALL
  MATCH (sp:Entity)-[s:DENIED {articleId: articleId}]->(c:Claim) RETURN sp, s, c
}
WITH sp, s, c
WHERE ($speakerIds IS NULL OR sp.id IN $speakerIds)
  AND ($claimIds IS NULL OR c.id IN $claimIds)
  AND ($articleIds IS NULL OR s.articleId IN $articleIds)
  AND ($stance IS NULL OR type(s) = $stance)
  AND ($from IS NULL OR s.date >= toString($from))
  AND ($to IS NULL OR s.date <= toString($to))
OPTIONAL MATCH (a:Article {id: s.articleId})
RETURN type(s) AS stance, sp.id AS speakerId, sp.name AS speakerName, a.publisher AS publisher, s.date AS day,
       count(*) AS n;

// name: statement-breakdown-by-claims
// params: $speakerIds, $claimIds, $articleIds, $stance, $from, $to
UNWIND $claimIds AS claimId
MATCH (sp:Entity)-[s:SAID|DENIED]->(c:Claim {id: claimId})
WITH sp, s, c
WHERE ($speakerIds IS NULL OR sp.id IN $speakerIds)
  AND ($claimIds IS NULL OR c.id IN $claimIds)
  AND ($articleIds IS NULL OR s.articleId IN $articleIds)
  AND ($stance IS NULL OR type(s) = $stance)
  AND ($from IS NULL OR s.date >= toString($from))
  AND ($to IS NULL OR s.date <= toString($to))
OPTIONAL MATCH (a:Article {id: s.articleId})
RETURN type(s) AS stance, sp.id AS speakerId, sp.name AS speakerName, a.publisher AS publisher, s.date AS day,
       count(*) AS n;

// name: statement-breakdown-by-speakers
// params: $speakerIds, $claimIds, $articleIds, $stance, $from, $to
UNWIND $speakerIds AS speakerId
MATCH (sp:Entity {id: speakerId})-[s:SAID|DENIED]->(c:Claim)
WITH sp, s, c
WHERE ($speakerIds IS NULL OR sp.id IN $speakerIds)
  AND ($claimIds IS NULL OR c.id IN $claimIds)
  AND ($articleIds IS NULL OR s.articleId IN $articleIds)
  AND ($stance IS NULL OR type(s) = $stance)
  AND ($from IS NULL OR s.date >= toString($from))
  AND ($to IS NULL OR s.date <= toString($to))
OPTIONAL MATCH (a:Article {id: s.articleId})
RETURN type(s) AS stance, sp.id AS speakerId, sp.name AS speakerName, a.publisher AS publisher, s.date AS day,
       count(*) AS n;

// name: statement-breakdown-by-dates
// params: $speakerIds, $claimIds, $articleIds, $stance, $from, $to
CALL () {
  MATCH (sp:Entity)-[s:SAID]->(c:Claim)
  WHERE s.date >= coalesce(toString($from), '') AND s.date <= coalesce(toString($to), '9999-12-31')
  RETURN sp, s, c
  UNION ALL
  MATCH (sp:Entity)-[s:DENIED]->(c:Claim)
  WHERE s.date >= coalesce(toString($from), '') AND s.date <= coalesce(toString($to), '9999-12-31')
  RETURN sp, s, c
}
WITH sp, s, c
WHERE ($speakerIds IS NULL OR sp.id IN $speakerIds)
  AND ($claimIds IS NULL OR c.id IN $claimIds)
  AND ($articleIds IS NULL OR s.articleId IN $articleIds)
  AND ($stance IS NULL OR type(s) = $stance)
  AND ($from IS NULL OR s.date >= toString($from))
  AND ($to IS NULL OR s.date <= toString($to))
OPTIONAL MATCH (a:Article {id: s.articleId})
RETURN type(s) AS stance, sp.id AS speakerId, sp.name AS speakerName, a.publisher AS publisher, s.date AS day,
       count(*) AS n;

// name: statement-breakdown
// params: $speakerIds, $claimIds, $articleIds, $stance, $from, $to
MATCH (sp:Entity)-[s:SAID|DENIED]->(c:Claim)
WITH sp, s, c
WHERE ($speakerIds IS NULL OR sp.id IN $speakerIds)
  AND ($claimIds IS NULL OR c.id IN $claimIds)
  AND ($articleIds IS NULL OR s.articleId IN $articleIds)
  AND ($stance IS NULL OR type(s) = $stance)
  AND ($from IS NULL OR s.date >= toString($from))
  AND ($to IS NULL OR s.date <= toString($to))
OPTIONAL MATCH (a:Article {id: s.articleId})
RETURN type(s) AS stance, sp.id AS speakerId, sp.name AS speakerName, a.publisher AS publisher, s.date AS day,
       count(*) AS n;
