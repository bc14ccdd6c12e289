// Claim reads (GetClaimsAsync, QueryClaimsAsync, GetReportersAsync, GetAboutAsync, GetClaimsAboutAsync).

// name: claims-by-ids
// params: $ids
MATCH (c:Claim)
WHERE c.id IN $ids
RETURN c.id AS id, c.text AS text, coalesce(c.saidCount, 0) AS said, coalesce(c.deniedCount, 0) AS denied,
       coalesce(c.corroboration, 0) AS corroboration, c.firstReported AS first;

// Counts, corroboration, dates and contested are the claim's maintained properties (load-documents.cypher#refresh-claim-counts).

// Paging (QueryClaimsAsync). A filter with an entry point starts from it: one of the claim-ids-* statements seeks
// the candidate claims through an index or a known node (the speaker, the article, the entity a claim is about, the
// reporter, the text indexes), then page-claims-among filters, orders and windows those candidates. Only a filter
// without any entry point runs page-claims, over every claim. The total comes from a count of its own, and only the
// window is ordered into the answer (ORDER BY ... SKIP/LIMIT keeps the top rows only, never the whole list).
//
// Boolean filter trees: each leaf of a ClaimFilter (its set fields ANDed; the statement-level fields
// speaker/stance/article/publisher/from/to must hold together on one statement) is evaluated to a set of claim ids;
// the adapter combines the sets in C# (intersection, union, complement against all-claim-ids) and pages the result
// with page-claims-among, every leaf parameter null. Values are always parameters; no Cypher is built in C#.
//
// $text arrives folded (lower case, no accents); $publisher lower case; $stance is SAID or DENIED. Dates are stored
// as 'yyyy-MM-dd' strings and compared with toString($from), so Browser's date('2026-02-01') works as well as the
// string '2026-02-01'.

// name: claim-ids-by-speaker
// params: $speakerId
MATCH (:Entity {id: $speakerId})-[:SAID|DENIED]->(c:Claim)
RETURN DISTINCT c.id AS id;

// Claims with a statement in the article: REPORTED_BY links a claim to every article holding one of its statements.
// name: claim-ids-in-article
// params: $articleId
MATCH (:Article {id: $articleId})<-[:REPORTED_BY]-(c:Claim)
RETURN c.id AS id;

// name: claim-ids-about
// params: $aboutId
MATCH (:Entity {id: $aboutId})<-[:ABOUT]-(c:Claim)
RETURN c.id AS id;

// The reporter is an article or an intermediary entity: each is looked up through its own id constraint.
// name: claim-ids-reported-by
// params: $reportedById
CALL () {
  MATCH (:Article {id: $reportedById})<-[:REPORTED_BY]-(c:Claim) RETURN c
  UNION
  MATCH (:Entity {id: $reportedById})<-[:REPORTED_BY]-(c:Claim) RETURN c
}
RETURN c.id AS id;

// Substring search over claim texts and evidence, each through its TEXT index (schema.cypher).
// name: claim-ids-by-text
// params: $text
CALL () {
  MATCH (c:Claim) WHERE c.textFold CONTAINS $text RETURN c
  UNION
  MATCH ()-[s:SAID]->(c:Claim) WHERE s.evidenceFold CONTAINS $text RETURN c
  UNION
  MATCH ()-[s:DENIED]->(c:Claim) WHERE s.evidenceFold CONTAINS $text RETURN c
}
RETURN c.id AS id;

// name: page-claims-among
// params: $ids, $text, $speakerId, $stance, $aboutId, $reportedById, $publisher, $articleId, $from, $to, $contested, $order, $offset, $limit
CALL () {
  UNWIND $ids AS claimId
  MATCH (c:Claim {id: claimId})
  WHERE ($text IS NULL OR c.textFold CONTAINS $text
         OR EXISTS { MATCH (:Entity)-[e:SAID|DENIED]->(c) WHERE e.evidenceFold CONTAINS $text })
    AND ($aboutId IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(x:Entity) WHERE x.id = $aboutId })
    AND ($reportedById IS NULL OR EXISTS { MATCH (c)-[:REPORTED_BY]->(r) WHERE r.id = $reportedById })
    AND ($contested IS NULL OR coalesce(c.contested, false) = $contested)
    AND (($speakerId IS NULL AND $stance IS NULL AND $articleId IS NULL AND $publisher IS NULL AND $from IS NULL AND $to IS NULL)
         OR EXISTS {
           MATCH (sp:Entity)-[s:SAID|DENIED]->(c)
           WHERE ($speakerId IS NULL OR sp.id = $speakerId)
             AND ($stance IS NULL OR type(s) = $stance)
             AND ($articleId IS NULL OR s.articleId = $articleId)
             AND ($from IS NULL OR s.date >= toString($from))
             AND ($to IS NULL OR s.date <= toString($to))
             AND ($publisher IS NULL OR EXISTS { MATCH (a:Article) WHERE a.id = s.articleId AND toLower(a.publisher) = $publisher })
         })
  RETURN count(c) AS total
}
CALL () {
  UNWIND $ids AS claimId
  MATCH (c:Claim {id: claimId})
  WHERE ($text IS NULL OR c.textFold CONTAINS $text
         OR EXISTS { MATCH (:Entity)-[e:SAID|DENIED]->(c) WHERE e.evidenceFold CONTAINS $text })
    AND ($aboutId IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(x:Entity) WHERE x.id = $aboutId })
    AND ($reportedById IS NULL OR EXISTS { MATCH (c)-[:REPORTED_BY]->(r) WHERE r.id = $reportedById })
    AND ($contested IS NULL OR coalesce(c.contested, false) = $contested)
    AND (($speakerId IS NULL AND $stance IS NULL AND $articleId IS NULL AND $publisher IS NULL AND $from IS NULL AND $to IS NULL)
         OR EXISTS {
           MATCH (sp:Entity)-[s:SAID|DENIED]->(c)
           WHERE ($speakerId IS NULL OR sp.id = $speakerId)
             AND ($stance IS NULL OR type(s) = $stance)
             AND ($articleId IS NULL OR s.articleId = $articleId)
             AND ($from IS NULL OR s.date >= toString($from))
             AND ($to IS NULL OR s.date <= toString($to))
             AND ($publisher IS NULL OR EXISTS { MATCH (a:Article) WHERE a.id = s.articleId AND toLower(a.publisher) = $publisher })
         })
  WITH c, coalesce(c.corroboration, 0) AS corroboration
  ORDER BY
    CASE WHEN $order = 'Corroboration' THEN corroboration END DESC,
    CASE WHEN $order = 'FirstReported' THEN coalesce(c.firstReported, '9999-12-31') END ASC,
    CASE WHEN $order = 'LastReported' THEN coalesce(c.lastReported, '') END DESC,
    c.textFold, c.id
  SKIP $offset LIMIT $limit
  RETURN collect({id: c.id, text: c.text, said: coalesce(c.saidCount, 0), denied: coalesce(c.deniedCount, 0),
                  corroboration: corroboration, first: c.firstReported}) AS items
}
RETURN total, items;

// name: page-claims
// params: $text, $speakerId, $stance, $aboutId, $reportedById, $publisher, $articleId, $from, $to, $contested, $order, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE ($text IS NULL OR c.textFold CONTAINS $text
         OR EXISTS { MATCH (:Entity)-[e:SAID|DENIED]->(c) WHERE e.evidenceFold CONTAINS $text })
    AND ($aboutId IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(x:Entity) WHERE x.id = $aboutId })
    AND ($reportedById IS NULL OR EXISTS { MATCH (c)-[:REPORTED_BY]->(r) WHERE r.id = $reportedById })
    AND ($contested IS NULL OR coalesce(c.contested, false) = $contested)
    AND (($speakerId IS NULL AND $stance IS NULL AND $articleId IS NULL AND $publisher IS NULL AND $from IS NULL AND $to IS NULL)
         OR EXISTS {
           MATCH (sp:Entity)-[s:SAID|DENIED]->(c)
           WHERE ($speakerId IS NULL OR sp.id = $speakerId)
             AND ($stance IS NULL OR type(s) = $stance)
             AND ($articleId IS NULL OR s.articleId = $articleId)
             AND ($from IS NULL OR s.date >= toString($from))
             AND ($to IS NULL OR s.date <= toString($to))
             AND ($publisher IS NULL OR EXISTS { MATCH (a:Article) WHERE a.id = s.articleId AND toLower(a.publisher) = $publisher })
         })
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE ($text IS NULL OR c.textFold CONTAINS $text
         OR EXISTS { MATCH (:Entity)-[e:SAID|DENIED]->(c) WHERE e.evidenceFold CONTAINS $text })
    AND ($aboutId IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(x:Entity) WHERE x.id = $aboutId })
    AND ($reportedById IS NULL OR EXISTS { MATCH (c)-[:REPORTED_BY]->(r) WHERE r.id = $reportedById })
    AND ($contested IS NULL OR coalesce(c.contested, false) = $contested)
    AND (($speakerId IS NULL AND $stance IS NULL AND $articleId IS NULL AND $publisher IS NULL AND $from IS NULL AND $to IS NULL)
         OR EXISTS {
           MATCH (sp:Entity)-[s:SAID|DENIED]->(c)
           WHERE ($speakerId IS NULL OR sp.id = $speakerId)
             AND ($stance IS NULL OR type(s) = $stance)
             AND ($articleId IS NULL OR s.articleId = $articleId)
             AND ($from IS NULL OR s.date >= toString($from))
             AND ($to IS NULL OR s.date <= toString($to))
             AND ($publisher IS NULL OR EXISTS { MATCH (a:Article) WHERE a.id = s.articleId AND toLower(a.publisher) = $publisher })
         })
  WITH c, coalesce(c.corroboration, 0) AS corroboration
  ORDER BY
    CASE WHEN $order = 'Corroboration' THEN corroboration END DESC,
    CASE WHEN $order = 'FirstReported' THEN coalesce(c.firstReported, '9999-12-31') END ASC,
    CASE WHEN $order = 'LastReported' THEN coalesce(c.lastReported, '') END DESC,
    c.textFold, c.id
  SKIP $offset LIMIT $limit
  RETURN collect({id: c.id, text: c.text, said: coalesce(c.saidCount, 0), denied: coalesce(c.deniedCount, 0),
                  corroboration: corroboration, first: c.firstReported}) AS items
}
RETURN total, items;

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
