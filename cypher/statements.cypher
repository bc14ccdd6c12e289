// Statement reads (QueryStatementsAsync): SAID/DENIED relationships with their evidence, ordered by date (undated
// last), then article, then start offset. Null lists mean "any"; $stance is SAID or DENIED.
//
// Each filter starts from its narrowest entry point (the adapter picks, in this order): the articles (through the
// relationship indexes on articleId), the claims, the speakers (their id constraints), the date range (through the
// relationship indexes on date); only a filter with none of these reads every statement. The other conditions are
// checked on what the entry point found. The total is a count of its own; only the window is ordered into the
// answer. Dates are 'yyyy-MM-dd' strings compared with toString($from), so Browser's date('2026-02-01') works too.

// name: page-statements-by-articles
// params: $speakerIds, $claimIds, $articleIds, $stance, $from, $to, $offset, $limit
CALL () {
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
  RETURN count(s) AS total
}
CALL () {
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
  WITH sp, s, c
  ORDER BY s.date IS NULL, s.date, s.articleId, s.start, s.id
  SKIP $offset LIMIT $limit
  RETURN collect({id: s.id, speakerId: sp.id, stance: type(s), claimId: c.id, articleId: s.articleId, evidence: s.evidence,
                  start: s.start, end: s.end, date: s.date, reportedBy: s.reportedBy, rule: s.rule}) AS items
}
RETURN total, items;

// name: page-statements-by-claims
// params: $speakerIds, $claimIds, $articleIds, $stance, $from, $to, $offset, $limit
CALL () {
  UNWIND $claimIds AS claimId
  MATCH (sp:Entity)-[s:SAID|DENIED]->(c:Claim {id: claimId})
  WITH sp, s, c
  WHERE ($speakerIds IS NULL OR sp.id IN $speakerIds)
    AND ($claimIds IS NULL OR c.id IN $claimIds)
    AND ($articleIds IS NULL OR s.articleId IN $articleIds)
    AND ($stance IS NULL OR type(s) = $stance)
    AND ($from IS NULL OR s.date >= toString($from))
    AND ($to IS NULL OR s.date <= toString($to))
  RETURN count(s) AS total
}
CALL () {
  UNWIND $claimIds AS claimId
  MATCH (sp:Entity)-[s:SAID|DENIED]->(c:Claim {id: claimId})
  WITH sp, s, c
  WHERE ($speakerIds IS NULL OR sp.id IN $speakerIds)
    AND ($claimIds IS NULL OR c.id IN $claimIds)
    AND ($articleIds IS NULL OR s.articleId IN $articleIds)
    AND ($stance IS NULL OR type(s) = $stance)
    AND ($from IS NULL OR s.date >= toString($from))
    AND ($to IS NULL OR s.date <= toString($to))
  WITH sp, s, c
  ORDER BY s.date IS NULL, s.date, s.articleId, s.start, s.id
  SKIP $offset LIMIT $limit
  RETURN collect({id: s.id, speakerId: sp.id, stance: type(s), claimId: c.id, articleId: s.articleId, evidence: s.evidence,
                  start: s.start, end: s.end, date: s.date, reportedBy: s.reportedBy, rule: s.rule}) AS items
}
RETURN total, items;

// name: page-statements-by-speakers
// params: $speakerIds, $claimIds, $articleIds, $stance, $from, $to, $offset, $limit
CALL () {
  UNWIND $speakerIds AS speakerId
  MATCH (sp:Entity {id: speakerId})-[s:SAID|DENIED]->(c:Claim)
  WITH sp, s, c
  WHERE ($speakerIds IS NULL OR sp.id IN $speakerIds)
    AND ($claimIds IS NULL OR c.id IN $claimIds)
    AND ($articleIds IS NULL OR s.articleId IN $articleIds)
    AND ($stance IS NULL OR type(s) = $stance)
    AND ($from IS NULL OR s.date >= toString($from))
    AND ($to IS NULL OR s.date <= toString($to))
  RETURN count(s) AS total
}
CALL () {
  UNWIND $speakerIds AS speakerId
  MATCH (sp:Entity {id: speakerId})-[s:SAID|DENIED]->(c:Claim)
  WITH sp, s, c
  WHERE ($speakerIds IS NULL OR sp.id IN $speakerIds)
    AND ($claimIds IS NULL OR c.id IN $claimIds)
    AND ($articleIds IS NULL OR s.articleId IN $articleIds)
    AND ($stance IS NULL OR type(s) = $stance)
    AND ($from IS NULL OR s.date >= toString($from))
    AND ($to IS NULL OR s.date <= toString($to))
  WITH sp, s, c
  ORDER BY s.date IS NULL, s.date, s.articleId, s.start, s.id
  SKIP $offset LIMIT $limit
  RETURN collect({id: s.id, speakerId: sp.id, stance: type(s), claimId: c.id, articleId: s.articleId, evidence: s.evidence,
                  start: s.start, end: s.end, date: s.date, reportedBy: s.reportedBy, rule: s.rule}) AS items
}
RETURN total, items;

// name: page-statements-by-dates
// params: $speakerIds, $claimIds, $articleIds, $stance, $from, $to, $offset, $limit
CALL () {
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
  RETURN count(s) AS total
}
CALL () {
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
  WITH sp, s, c
  ORDER BY s.date IS NULL, s.date, s.articleId, s.start, s.id
  SKIP $offset LIMIT $limit
  RETURN collect({id: s.id, speakerId: sp.id, stance: type(s), claimId: c.id, articleId: s.articleId, evidence: s.evidence,
                  start: s.start, end: s.end, date: s.date, reportedBy: s.reportedBy, rule: s.rule}) AS items
}
RETURN total, items;

// name: page-statements
// params: $speakerIds, $claimIds, $articleIds, $stance, $from, $to, $offset, $limit
CALL () {
  MATCH (sp:Entity)-[s:SAID|DENIED]->(c:Claim)
  WITH sp, s, c
  WHERE ($speakerIds IS NULL OR sp.id IN $speakerIds)
    AND ($claimIds IS NULL OR c.id IN $claimIds)
    AND ($articleIds IS NULL OR s.articleId IN $articleIds)
    AND ($stance IS NULL OR type(s) = $stance)
    AND ($from IS NULL OR s.date >= toString($from))
    AND ($to IS NULL OR s.date <= toString($to))
  RETURN count(s) AS total
}
CALL () {
  MATCH (sp:Entity)-[s:SAID|DENIED]->(c:Claim)
  WITH sp, s, c
  WHERE ($speakerIds IS NULL OR sp.id IN $speakerIds)
    AND ($claimIds IS NULL OR c.id IN $claimIds)
    AND ($articleIds IS NULL OR s.articleId IN $articleIds)
    AND ($stance IS NULL OR type(s) = $stance)
    AND ($from IS NULL OR s.date >= toString($from))
    AND ($to IS NULL OR s.date <= toString($to))
  WITH sp, s, c
  ORDER BY s.date IS NULL, s.date, s.articleId, s.start, s.id
  SKIP $offset LIMIT $limit
  RETURN collect({id: s.id, speakerId: sp.id, stance: type(s), claimId: c.id, articleId: s.articleId, evidence: s.evidence,
                  start: s.start, end: s.end, date: s.date, reportedBy: s.reportedBy, rule: s.rule}) AS items
}
RETURN total, items;
