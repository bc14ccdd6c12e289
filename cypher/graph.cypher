// Graph-shaped reads (GetNodesAsync, GetNetworkAsync, FindPathAsync, StreamNodesAsync, StreamEdgesAsync).
// Nodes come back as id + labels + properties; edges as id + type + ends + properties. The adapter shapes
// them into GraphNode/GraphEdge (display name, aliases joined by "|", fold helpers dropped). Edge ids:
// statements keep their own id; other relationships are named TYPE:source->target (MERGE keeps one per pair).
// Nodes are looked up per label (Entity, Claim, Article) so that the id constraints' indexes are used.

// name: nodes-by-ids
// params: $ids
UNWIND $ids AS nodeId
CALL (nodeId) {
  MATCH (n:Entity {id: nodeId}) RETURN n
  UNION
  MATCH (n:Claim {id: nodeId}) RETURN n
  UNION
  MATCH (n:Article {id: nodeId}) RETURN n
}
RETURN DISTINCT n.id AS id, labels(n) AS labels, properties(n) AS props;

// One breadth-first step of GetNetworkAsync, bounded per node so that a hub costs no more than any other node:
// for each node of $ids, at most $perNode SAID/DENIED relationships (newest first; Neo4j has no index that
// orders one node's relationships, so it reads that node's statements to sort them but returns only $perNode)
// and at most $perNode of the other types (the first the store yields: the expansion stops there). `arm` tells
// the two groups apart; the adapter asks for one row more than it keeps to know that a cap cut the list.
// name: neighbours
// params: $ids, $perNode
UNWIND $ids AS nodeId
CALL (nodeId) {
  MATCH (n:Entity {id: nodeId}) RETURN n
  UNION
  MATCH (n:Claim {id: nodeId}) RETURN n
  UNION
  MATCH (n:Article {id: nodeId}) RETURN n
}
CALL (n) {
  MATCH (n)-[r:SAID|DENIED]-(m)
  WITH r, m ORDER BY r.date DESC, r.id DESC LIMIT $perNode
  RETURN r, m, 0 AS arm
  UNION ALL
  MATCH (n)-[r:REPORTED_BY|ABOUT|MENTIONS|PUBLISHED_BY|MEMBER_OF|LEADS]-(m)
  WHERE m:Entity OR m:Claim OR m:Article
  WITH r, m LIMIT $perNode
  RETURN r, m, 1 AS arm
}
RETURN nodeId AS from, arm, m.id AS to, coalesce(r.id, type(r) + ':' + startNode(r).id + '->' + endNode(r).id) AS id, type(r) AS type,
       startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props;

// The bound 6 is the port's maximum; $maxHops (1-6) narrows it, since a variable-length bound cannot be a
// parameter. A shortest path longer than $maxHops means there is no path within $maxHops.
// name: shortest-path
// params: $from, $to, $maxHops
CALL () {
  MATCH (n:Entity {id: $from}) RETURN n AS a
  UNION
  MATCH (n:Claim {id: $from}) RETURN n AS a
  UNION
  MATCH (n:Article {id: $from}) RETURN n AS a
}
CALL () {
  MATCH (n:Entity {id: $to}) RETURN n AS b
  UNION
  MATCH (n:Claim {id: $to}) RETURN n AS b
  UNION
  MATCH (n:Article {id: $to}) RETURN n AS b
}
MATCH p = shortestPath((a)-[*..6]-(b))
WITH p
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | {id: coalesce(r.id, type(r) + ':' + startNode(r).id + '->' + endNode(r).id),
                                 type: type(r), source: startNode(r).id, target: endNode(r).id,
                                 props: properties(r)}] AS edges
LIMIT 1;

// Streaming: keyset pages over each label's id index, so memory stays constant on both sides.
// name: stream-entities
// params: $after, $batch
MATCH (n:Entity)
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $batch
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props;

// name: stream-claims
// params: $after, $batch
MATCH (n:Claim)
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $batch
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props;

// name: stream-articles
// params: $after, $batch
MATCH (n:Article)
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $batch
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props;

// Edges are streamed by their start node: a page of start nodes (keyset on id), then their outgoing
// relationships. nodeId carries the cursor even for start nodes without edges (edge columns are null then).
// name: stream-entity-edges
// params: $after, $batch
MATCH (n:Entity)
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $batch
OPTIONAL MATCH (n)-[r]->(m)
WHERE m:Entity OR m:Claim OR m:Article
RETURN n.id AS nodeId, coalesce(r.id, type(r) + ':' + n.id + '->' + m.id) AS id, type(r) AS type,
       n.id AS source, m.id AS target, properties(r) AS props
ORDER BY nodeId, id;

// name: stream-claim-edges
// params: $after, $batch
MATCH (n:Claim)
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $batch
OPTIONAL MATCH (n)-[r]->(m)
WHERE m:Entity OR m:Claim OR m:Article
RETURN n.id AS nodeId, coalesce(r.id, type(r) + ':' + n.id + '->' + m.id) AS id, type(r) AS type,
       n.id AS source, m.id AS target, properties(r) AS props
ORDER BY nodeId, id;

// name: stream-article-edges
// params: $after, $batch
MATCH (n:Article)
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $batch
OPTIONAL MATCH (n)-[r]->(m)
WHERE m:Entity OR m:Claim OR m:Article
RETURN n.id AS nodeId, coalesce(r.id, type(r) + ':' + n.id + '->' + m.id) AS id, type(r) AS type,
       n.id AS source, m.id AS target, properties(r) AS props
ORDER BY nodeId, id;
