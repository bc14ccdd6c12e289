// Entity reads (GetEntitiesAsync, FindEntityAsync, QueryEntitiesAsync, GetMembershipsAsync).
// Text matching uses the *Fold properties (lower case, accents removed in C#); $text arrives folded.

// name: entities-by-ids
// params: $ids
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.role AS role, e.country AS country;

// Rank 0: exact id; 1: exact name or alias; 2: name or alias contains the text. Within a rank the entity with
// more statements and mentions wins, then the shorter name.
// name: find-entity
// params: $id, $text
MATCH (e:Entity)
WHERE e.id = $id OR e.nameFold CONTAINS $text OR any(a IN e.aliasesFold WHERE a CONTAINS $text)
WITH e,
     CASE WHEN e.id = $id THEN 0 WHEN e.nameFold = $text OR $text IN e.aliasesFold THEN 1 ELSE 2 END AS rank,
     COUNT { (e)-[:SAID|DENIED]->() } + COUNT { (e)<-[:MENTIONS]-() } AS weight
ORDER BY rank, weight DESC, size(e.name), e.name
LIMIT 1
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.role AS role, e.country AS country;

// One leaf of an EntityFilter tree (NameContains AND Kinds), or a precomputed id set ($ids) when the adapter
// combined And/Or/Not in C#; ordered by $order (Name, StatementCount, MentionCount) and windowed.
// name: query-entities
// params: $ids, $text, $kinds, $order, $offset, $limit
MATCH (e:Entity)
WHERE ($ids IS NULL OR e.id IN $ids)
  AND ($text IS NULL OR e.nameFold CONTAINS $text OR any(a IN e.aliasesFold WHERE a CONTAINS $text))
  AND ($kinds IS NULL OR e.kind IN $kinds)
WITH e, COUNT { (e)-[:SAID|DENIED]->() } AS statements, COUNT { (e)<-[:MENTIONS]-() } AS mentions
ORDER BY
  CASE WHEN $order = 'StatementCount' THEN statements END DESC,
  CASE WHEN $order = 'MentionCount' THEN mentions END DESC,
  toLower(e.name), e.id
WITH collect({id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, role: e.role, country: e.country}) AS rows
RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS items;

// name: memberships
// params: $ids
MATCH (p:Person)-[m:MEMBER_OF|LEADS]->(i:Institution)
WHERE p.id IN $ids OR i.id IN $ids
RETURN p.id AS personId, type(m) AS relation, i.id AS institutionId, m.role AS role
ORDER BY personId, relation, institutionId;
