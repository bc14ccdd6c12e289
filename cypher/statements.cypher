// Statement reads (QueryStatementsAsync): SAID/DENIED relationships with their evidence, ordered by date
// (undated last), then article, then start offset. Null lists mean "any"; $stance is SAID or DENIED.

// name: query-statements
// params: $speakerIds, $claimIds, $articleIds, $stance, $from, $to, $offset, $limit
MATCH (sp:Entity)-[s:SAID|DENIED]->(c:Claim)
WHERE ($speakerIds IS NULL OR sp.id IN $speakerIds)
  AND ($claimIds IS NULL OR c.id IN $claimIds)
  AND ($articleIds IS NULL OR s.articleId IN $articleIds)
  AND ($stance IS NULL OR type(s) = $stance)
  AND ($from IS NULL OR s.date >= $from)
  AND ($to IS NULL OR s.date <= $to)
WITH sp, s, c
ORDER BY s.date IS NULL, s.date, s.articleId, s.start, s.id
WITH collect({id: s.id, speakerId: sp.id, stance: type(s), claimId: c.id, articleId: s.articleId,
              evidence: s.evidence, start: s.start, end: s.end, date: s.date, reportedBy: s.reportedBy,
              rule: s.rule}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items;
