// Claim reads (GetClaimsAsync, QueryClaimsAsync, GetReportersAsync, GetAboutAsync, GetClaimsAboutAsync).
//
// Boolean filter trees: query-claims evaluates ONE leaf of a ClaimFilter (its set fields ANDed; the
// statement-level fields speaker/stance/article/publisher/from/to must hold together on one statement).
// For a tree with And/Or/Not the adapter runs query-claims once per leaf with a large window, combines the
// returned id sets in C# (intersection, union, complement against all claim ids) and runs query-claims a last
// time with $ids set and every leaf parameter null, for ordering, paging and the total. Values are always
// parameters; no Cypher is built in C#.

// name: claims-by-ids
// params: $ids
MATCH (c:Claim)
WHERE c.id IN $ids
RETURN c.id AS id, c.text AS text,
       COUNT { (c)<-[:SAID]-(:Entity) } AS said,
       COUNT { (c)<-[:DENIED]-(:Entity) } AS denied,
       COUNT { (c)-[:REPORTED_BY]->(:Article) } AS corroboration,
       [(c)<-[s:SAID|DENIED]-(:Entity) WHERE s.date IS NOT NULL | s.date] AS dates;

// $text arrives folded (lower case, no accents); $publisher arrives lower case; $stance is SAID or DENIED.
// name: query-claims
// params: $ids, $text, $speakerId, $stance, $aboutId, $reportedById, $publisher, $articleId, $from, $to, $contested, $order, $offset, $limit
MATCH (c:Claim)
WHERE ($ids IS NULL OR c.id IN $ids)
  AND ($text IS NULL OR c.textFold CONTAINS $text
       OR EXISTS { MATCH (:Entity)-[e:SAID|DENIED]->(c) WHERE e.evidenceFold CONTAINS $text })
  AND ($aboutId IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(x:Entity) WHERE x.id = $aboutId })
  AND ($reportedById IS NULL OR EXISTS { MATCH (c)-[:REPORTED_BY]->(r) WHERE r.id = $reportedById })
  AND ($contested IS NULL
       OR (EXISTS { MATCH (c)<-[:SAID]-(:Entity) } AND EXISTS { MATCH (c)<-[:DENIED]-(:Entity) }) = $contested)
  AND (($speakerId IS NULL AND $stance IS NULL AND $articleId IS NULL AND $publisher IS NULL AND $from IS NULL AND $to IS NULL)
       OR EXISTS {
         MATCH (sp:Entity)-[s:SAID|DENIED]->(c)
         WHERE ($speakerId IS NULL OR sp.id = $speakerId)
           AND ($stance IS NULL OR type(s) = $stance)
           AND ($articleId IS NULL OR s.articleId = $articleId)
           AND ($from IS NULL OR s.date >= $from)
           AND ($to IS NULL OR s.date <= $to)
           AND ($publisher IS NULL OR EXISTS { MATCH (a:Article) WHERE a.id = s.articleId AND toLower(a.publisher) = $publisher })
       })
WITH c,
     COUNT { (c)<-[:SAID]-(:Entity) } AS said,
     COUNT { (c)<-[:DENIED]-(:Entity) } AS denied,
     COUNT { (c)-[:REPORTED_BY]->(:Article) } AS corroboration,
     [(c)<-[s:SAID|DENIED]-(:Entity) WHERE s.date IS NOT NULL | s.date] AS dates
WITH c, said, denied, corroboration, dates,
     reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) AS first,
     reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS last
ORDER BY
  CASE WHEN $order = 'Corroboration' THEN corroboration END DESC,
  CASE WHEN $order = 'FirstReported' THEN coalesce(first, '9999-12-31') END ASC,
  CASE WHEN $order = 'LastReported' THEN coalesce(last, '') END DESC,
  toLower(c.text), c.text, c.id
WITH collect({id: c.id, text: c.text, said: said, denied: denied, corroboration: corroboration, first: first}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items;

// name: all-claim-ids
// params: none
MATCH (c:Claim)
RETURN c.id AS id;

// name: reporters
// params: $ids
MATCH (c:Claim)-[:REPORTED_BY]->(t)
WHERE c.id IN $ids
RETURN c.id AS claimId, t.id AS targetId
ORDER BY claimId, targetId;

// name: about
// params: $ids
MATCH (c:Claim)-[:ABOUT]->(e:Entity)
WHERE c.id IN $ids
RETURN c.id AS claimId, e.id AS targetId
ORDER BY claimId, targetId;

// name: claims-about
// params: $ids
MATCH (c:Claim)-[:ABOUT]->(e:Entity)
WHERE e.id IN $ids
RETURN c.id AS claimId, e.id AS targetId
ORDER BY claimId, targetId;
