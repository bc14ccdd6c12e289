// Entity reads (GetEntitiesAsync, FindEntityAsync, QueryEntitiesAsync, GetMembershipsAsync).
// Text matching uses the *Fold properties (lower case, accents removed in C#); $text arrives folded.

// name: entities-by-ids
// params: $ids
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.role AS role, e.country AS country;

// FindEntityAsync resolves a name in two steps, each through indexes: find-entity-exact (rank 0: the id; rank 1: the
// folded name or one folded alias, equal to $text), and only when that finds nothing find-entity-containing (the name
// or an alias contains $text, through the TEXT indexes). Within a rank the entity with more statements and mentions
// wins, then the shorter name. aliasText holds the folded aliases as ' | a | b | ', so ' | ' + $text + ' | ' is
// one whole alias. $text arrives folded (TextFold.Key).
// name: find-entity-exact
// params: $id, $text
CALL () {
  MATCH (e:Entity {id: $id}) RETURN e, 0 AS rank
  UNION
  MATCH (e:Entity) WHERE e.nameFold = $text RETURN e, 1 AS rank
  UNION
  MATCH (e:Entity) WHERE e.aliasText CONTAINS ' | ' + $text + ' | ' RETURN e, 1 AS rank
}
WITH e, min(rank) AS rank
WITH e, rank, coalesce(e.statementCount, 0) + coalesce(e.mentionCount, 0) AS weight
ORDER BY rank, weight DESC, size(e.name), e.name
LIMIT 1
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.role AS role, e.country AS country;

// name: find-entity-containing
// params: $text
CALL () {
  MATCH (e:Entity) WHERE e.nameFold CONTAINS $text RETURN e
  UNION
  MATCH (e:Entity) WHERE e.aliasText CONTAINS $text RETURN e
}
WITH e, coalesce(e.statementCount, 0) + coalesce(e.mentionCount, 0) AS weight
ORDER BY weight DESC, size(e.name), e.name
LIMIT 1
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.role AS role, e.country AS country;

// Paging (QueryEntitiesAsync), as for claims: a name filter first seeks its candidates through the TEXT indexes
// (entity-ids-by-text), then page-entities-among orders and windows them; only a filter without a name pages every
// entity (page-entities). $ids also carries the id set an And/Or/Not tree was combined into in C#. The total is a
// count of its own; only the window is ordered into the answer.
// name: entity-ids-by-text
// params: $text
CALL () {
  MATCH (e:Entity) WHERE e.nameFold CONTAINS $text RETURN e
  UNION
  MATCH (e:Entity) WHERE e.aliasText CONTAINS $text RETURN e
}
RETURN e.id AS id;

// name: page-entities-among
// params: $ids, $text, $kinds, $order, $offset, $limit
CALL () {
  UNWIND $ids AS entityId
  MATCH (e:Entity {id: entityId})
  WHERE ($text IS NULL OR e.nameFold CONTAINS $text OR e.aliasText CONTAINS $text)
    AND ($kinds IS NULL OR e.kind IN $kinds)
  RETURN count(e) AS total
}
CALL () {
  UNWIND $ids AS entityId
  MATCH (e:Entity {id: entityId})
  WHERE ($text IS NULL OR e.nameFold CONTAINS $text OR e.aliasText CONTAINS $text)
    AND ($kinds IS NULL OR e.kind IN $kinds)
  WITH e
  ORDER BY
    CASE WHEN $order = 'StatementCount' THEN coalesce(e.statementCount, 0) END DESC,
    CASE WHEN $order = 'MentionCount' THEN coalesce(e.mentionCount, 0) END DESC,
    e.nameFold, e.id
  SKIP $offset LIMIT $limit
  RETURN collect({id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, role: e.role, country: e.country}) AS items
}
RETURN total, items;

// name: page-entities
// params: $text, $kinds, $order, $offset, $limit
CALL () {
  MATCH (e:Entity)
  WHERE ($text IS NULL OR e.nameFold CONTAINS $text OR e.aliasText CONTAINS $text)
    AND ($kinds IS NULL OR e.kind IN $kinds)
  RETURN count(e) AS total
}
CALL () {
  MATCH (e:Entity)
  WHERE ($text IS NULL OR e.nameFold CONTAINS $text OR e.aliasText CONTAINS $text)
    AND ($kinds IS NULL OR e.kind IN $kinds)
  WITH e
  ORDER BY
    CASE WHEN $order = 'StatementCount' THEN coalesce(e.statementCount, 0) END DESC,
    CASE WHEN $order = 'MentionCount' THEN coalesce(e.mentionCount, 0) END DESC,
    e.nameFold, e.id
  SKIP $offset LIMIT $limit
  RETURN collect({id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, role: e.role, country: e.country}) AS items
}
RETURN total, items;

// name: memberships
// params: $ids
MATCH (p:Person)-[m:MEMBER_OF|LEADS]->(i:Institution)
WHERE p.id IN $ids OR i.id IN $ids
RETURN p.id AS personId, type(m) AS relation, i.id AS institutionId, m.role AS role
ORDER BY personId, relation, institutionId;
