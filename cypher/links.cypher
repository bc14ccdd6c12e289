// Paged lists from one node (GetLinkPagesAsync, CountLinksAsync, GetStatementsAsync): the API's connections such as
// an entity's denials or a claim's reporters. Each *-page statement returns, for every id in $ids, one window of
// the list in the order the port's LinkKind states; each *-count statement returns the list's length per id. Every
// statement starts from the node by its id (a uniqueness-constraint seek) and orders and cuts per node, inside
// CALL (id) { … }, so a window costs what the node's own relationships cost, never a scan of the graph.
// Statement windows are ordered by date (undated last), then statement id; other lists by the far node's id.

// name: statements-by-ids
// params: $ids
// One seek per relationship type: the said_id and denied_id indexes each serve one type.
CALL () {
  MATCH (sp:Entity)-[s:SAID]->(c:Claim)
  WHERE s.id IN $ids
  RETURN sp, s, c
  UNION
  MATCH (sp:Entity)-[s:DENIED]->(c:Claim)
  WHERE s.id IN $ids
  RETURN sp, s, c
}
RETURN s.id AS id, sp.id AS speakerId, type(s) AS stance, c.id AS claimId, s.articleId AS articleId,
       s.evidence AS evidence, s.start AS start, s.end AS end, s.date AS date, s.reportedBy AS reportedBy, s.rule AS rule;

// $stance is SAID, DENIED, or null for both.
// name: speaker-statements-page
// params: $ids, $stance, $offset, $limit
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})-[s:SAID|DENIED]->(:Claim)
  WHERE $stance IS NULL OR type(s) = $stance
  WITH s
  ORDER BY s.date IS NULL, s.date, s.id
  SKIP $offset LIMIT $limit
  RETURN collect(s.id) AS items
}
RETURN id, items;

// name: speaker-statements-count
// params: $ids, $stance
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})-[s:SAID|DENIED]->(:Claim)
  WHERE $stance IS NULL OR type(s) = $stance
  RETURN count(s) AS n
}
RETURN id, n;

// name: claim-statements-page
// params: $ids, $offset, $limit
UNWIND $ids AS id
CALL (id) {
  MATCH (:Claim {id: id})<-[s:SAID|DENIED]-(:Entity)
  WITH s
  ORDER BY s.date IS NULL, s.date, s.id
  SKIP $offset LIMIT $limit
  RETURN collect(s.id) AS items
}
RETURN id, items;

// name: claim-statements-count
// params: $ids
UNWIND $ids AS id
CALL (id) {
  MATCH (:Claim {id: id})<-[s:SAID|DENIED]-(:Entity)
  RETURN count(s) AS n
}
RETURN id, n;

// An article's statements are reached through the claims it reports, so the article's id anchors the match.
// name: article-statements-page
// params: $ids, $offset, $limit
UNWIND $ids AS id
CALL (id) {
  MATCH (:Article {id: id})<-[:REPORTED_BY]-(:Claim)<-[s:SAID|DENIED]-(:Entity)
  WHERE s.articleId = id
  WITH s
  ORDER BY s.start, s.id
  SKIP $offset LIMIT $limit
  RETURN collect(s.id) AS items
}
RETURN id, items;

// name: article-statements-count
// params: $ids
UNWIND $ids AS id
CALL (id) {
  MATCH (:Article {id: id})<-[:REPORTED_BY]-(:Claim)<-[s:SAID|DENIED]-(:Entity)
  WHERE s.articleId = id
  RETURN count(s) AS n
}
RETURN id, n;

// Distinct speakers of a claim with one stance ($stance: SAID or DENIED).
// name: claim-speakers-page
// params: $ids, $stance, $offset, $limit
UNWIND $ids AS id
CALL (id) {
  MATCH (:Claim {id: id})<-[s:SAID|DENIED]-(sp:Entity)
  WHERE type(s) = $stance
  WITH DISTINCT sp.id AS speakerId
  ORDER BY speakerId
  SKIP $offset LIMIT $limit
  RETURN collect(speakerId) AS items
}
RETURN id, items;

// name: claim-speakers-count
// params: $ids, $stance
UNWIND $ids AS id
CALL (id) {
  MATCH (:Claim {id: id})<-[s:SAID|DENIED]-(sp:Entity)
  WHERE type(s) = $stance
  RETURN count(DISTINCT sp) AS n
}
RETURN id, n;

// Articles and intermediaries a claim is REPORTED_BY.
// name: reporters-page
// params: $ids, $offset, $limit
UNWIND $ids AS id
CALL (id) {
  MATCH (:Claim {id: id})-[:REPORTED_BY]->(r)
  WITH r.id AS targetId
  ORDER BY targetId
  SKIP $offset LIMIT $limit
  RETURN collect(targetId) AS items
}
RETURN id, items;

// name: reporters-count
// params: $ids
UNWIND $ids AS id
CALL (id) {
  MATCH (:Claim {id: id})-[r:REPORTED_BY]->()
  RETURN count(r) AS n
}
RETURN id, n;

// name: about-page
// params: $ids, $offset, $limit
UNWIND $ids AS id
CALL (id) {
  MATCH (:Claim {id: id})-[:ABOUT]->(e:Entity)
  WITH e.id AS entityId
  ORDER BY entityId
  SKIP $offset LIMIT $limit
  RETURN collect(entityId) AS items
}
RETURN id, items;

// name: about-count
// params: $ids
UNWIND $ids AS id
CALL (id) {
  MATCH (:Claim {id: id})-[r:ABOUT]->(:Entity)
  RETURN count(r) AS n
}
RETURN id, n;

// name: claims-about-page
// params: $ids, $offset, $limit
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[:ABOUT]-(c:Claim)
  WITH c.id AS claimId
  ORDER BY claimId
  SKIP $offset LIMIT $limit
  RETURN collect(claimId) AS items
}
RETURN id, items;

// name: claims-about-count
// params: $ids
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[r:ABOUT]-(:Claim)
  RETURN count(r) AS n
}
RETURN id, n;

// name: mentioned-in-page
// params: $ids, $offset, $limit
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[:MENTIONS]-(a:Article)
  WITH a.id AS articleId
  ORDER BY articleId
  SKIP $offset LIMIT $limit
  RETURN collect(articleId) AS items
}
RETURN id, items;

// name: mentioned-in-count
// params: $ids
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[r:MENTIONS]-(:Article)
  RETURN count(r) AS n
}
RETURN id, n;

// name: mentions-page
// params: $ids, $offset, $limit
UNWIND $ids AS id
CALL (id) {
  MATCH (:Article {id: id})-[:MENTIONS]->(e:Entity)
  WITH e.id AS entityId
  ORDER BY entityId
  SKIP $offset LIMIT $limit
  RETURN collect(entityId) AS items
}
RETURN id, items;

// name: mentions-count
// params: $ids
UNWIND $ids AS id
CALL (id) {
  MATCH (:Article {id: id})-[r:MENTIONS]->(:Entity)
  RETURN count(r) AS n
}
RETURN id, n;
