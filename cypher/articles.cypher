// Article reads (GetArticlesAsync, QueryArticlesAsync, GetMentionsAsync). $title and $publisher arrive lower case.

// name: articles-by-ids
// params: $ids
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a.id AS id, a.file AS file, a.title AS title, a.publisher AS publisher, a.url AS url,
       a.publishedAt AS publishedAt, a.author AS author, a.contentHash AS contentHash;

// Newest first (undated last), then title.
// name: query-articles
// params: $title, $publisher, $from, $to, $mentionsId, $offset, $limit
MATCH (a:Article)
WHERE ($title IS NULL OR toLower(a.title) CONTAINS $title)
  AND ($publisher IS NULL OR toLower(a.publisher) = $publisher)
  AND ($from IS NULL OR a.publishedAt >= $from)
  AND ($to IS NULL OR a.publishedAt <= $to)
  AND ($mentionsId IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(e:Entity) WHERE e.id = $mentionsId })
WITH a
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, toLower(a.title), a.id
WITH collect({id: a.id, file: a.file, title: a.title, publisher: a.publisher, url: a.url,
              publishedAt: a.publishedAt, author: a.author, contentHash: a.contentHash}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items;

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
