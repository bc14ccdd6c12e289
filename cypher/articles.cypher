// Article reads (GetArticlesAsync, QueryArticlesAsync, GetMentionsAsync). $title and $publisher arrive lower case.

// name: articles-by-ids
// params: $ids
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a.id AS id, a.file AS file, a.title AS title, a.publisher AS publisher, a.url AS url,
       a.publishedAt AS publishedAt, a.author AS author, a.contentHash AS contentHash;

// Paging (QueryArticlesAsync): newest first (undated last), then title. A filter starts from the entity the
// articles mention, else from the publication-date range (range index on publishedAt), else from every article;
// the other conditions are checked on what that found. The total is a count of its own; only the window is ordered
// into the answer. publishedAt is a 'yyyy-MM-dd' string compared with toString($from), so Browser's
// date('2026-02-01') works too.

// name: page-articles-mentioning
// params: $title, $publisher, $from, $to, $mentionsId, $offset, $limit
CALL () {
  MATCH (:Entity {id: $mentionsId})<-[:MENTIONS]-(a:Article)
  WITH a
  WHERE ($title IS NULL OR toLower(a.title) CONTAINS $title)
    AND ($publisher IS NULL OR toLower(a.publisher) = $publisher)
    AND ($from IS NULL OR a.publishedAt >= toString($from))
    AND ($to IS NULL OR a.publishedAt <= toString($to))
    AND ($mentionsId IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(e:Entity) WHERE e.id = $mentionsId })
  RETURN count(a) AS total
}
CALL () {
  MATCH (:Entity {id: $mentionsId})<-[:MENTIONS]-(a:Article)
  WITH a
  WHERE ($title IS NULL OR toLower(a.title) CONTAINS $title)
    AND ($publisher IS NULL OR toLower(a.publisher) = $publisher)
    AND ($from IS NULL OR a.publishedAt >= toString($from))
    AND ($to IS NULL OR a.publishedAt <= toString($to))
    AND ($mentionsId IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(e:Entity) WHERE e.id = $mentionsId })
  WITH a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, toLower(a.title), a.id
  SKIP $offset LIMIT $limit
  RETURN collect({id: a.id, file: a.file, title: a.title, publisher: a.publisher, url: a.url,
                  publishedAt: a.publishedAt, author: a.author, contentHash: a.contentHash}) AS items
}
RETURN total, items;

// name: page-articles-by-dates
// params: $title, $publisher, $from, $to, $mentionsId, $offset, $limit
CALL () {
  MATCH (a:Article)
  WHERE a.publishedAt >= coalesce(toString($from), '') AND a.publishedAt <= coalesce(toString($to), '9999-12-31')
  WITH a
  WHERE ($title IS NULL OR toLower(a.title) CONTAINS $title)
    AND ($publisher IS NULL OR toLower(a.publisher) = $publisher)
    AND ($from IS NULL OR a.publishedAt >= toString($from))
    AND ($to IS NULL OR a.publishedAt <= toString($to))
    AND ($mentionsId IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(e:Entity) WHERE e.id = $mentionsId })
  RETURN count(a) AS total
}
CALL () {
  MATCH (a:Article)
  WHERE a.publishedAt >= coalesce(toString($from), '') AND a.publishedAt <= coalesce(toString($to), '9999-12-31')
  WITH a
  WHERE ($title IS NULL OR toLower(a.title) CONTAINS $title)
    AND ($publisher IS NULL OR toLower(a.publisher) = $publisher)
    AND ($from IS NULL OR a.publishedAt >= toString($from))
    AND ($to IS NULL OR a.publishedAt <= toString($to))
    AND ($mentionsId IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(e:Entity) WHERE e.id = $mentionsId })
  WITH a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, toLower(a.title), a.id
  SKIP $offset LIMIT $limit
  RETURN collect({id: a.id, file: a.file, title: a.title, publisher: a.publisher, url: a.url,
                  publishedAt: a.publishedAt, author: a.author, contentHash: a.contentHash}) AS items
}
RETURN total, items;

// name: page-articles
// params: $title, $publisher, $from, $to, $mentionsId, $offset, $limit
CALL () {
  MATCH (a:Article)
  WITH a
  WHERE ($title IS NULL OR toLower(a.title) CONTAINS $title)
    AND ($publisher IS NULL OR toLower(a.publisher) = $publisher)
    AND ($from IS NULL OR a.publishedAt >= toString($from))
    AND ($to IS NULL OR a.publishedAt <= toString($to))
    AND ($mentionsId IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(e:Entity) WHERE e.id = $mentionsId })
  RETURN count(a) AS total
}
CALL () {
  MATCH (a:Article)
  WITH a
  WHERE ($title IS NULL OR toLower(a.title) CONTAINS $title)
    AND ($publisher IS NULL OR toLower(a.publisher) = $publisher)
    AND ($from IS NULL OR a.publishedAt >= toString($from))
    AND ($to IS NULL OR a.publishedAt <= toString($to))
    AND ($mentionsId IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(e:Entity) WHERE e.id = $mentionsId })
  WITH a
  ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, toLower(a.title), a.id
  SKIP $offset LIMIT $limit
  RETURN collect({id: a.id, file: a.file, title: a.title, publisher: a.publisher, url: a.url,
                  publishedAt: a.publishedAt, author: a.author, contentHash: a.contentHash}) AS items
}
RETURN total, items;

// name: mentions-by-article
// params: $ids
MATCH (a:Article)-[:MENTIONS]->(e:Entity)
WHERE a.id IN $ids
RETURN a.id AS articleId, e.id AS entityId
ORDER BY articleId, entityId;

// name: mentions-by-entity
// params: $ids
MATCH (a:Article)-[:MENTIONS]->(e:Entity)
WHERE e.id IN $ids
RETURN a.id AS articleId, e.id AS entityId
ORDER BY articleId, entityId;
