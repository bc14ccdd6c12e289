// An entity's ego network: the entity, everything within two hops of it (claims it made or denied, the
// articles that report them, the other speakers on those claims) and the relationships among them.
// Answers "who and what surrounds X?". Returns paths for Browser's graph view; capped by $limit.
// Parameters: $entityId (entity id), $limit (paths).
// Neo4j Browser:
//   :param entityId => 'person:marco-rubio'
//   :param limit => 300

// name: ego-network
// params: $entityId, $limit
MATCH p = (e:Entity {id: $entityId})-[*1..2]-(other)
WHERE other:Entity OR other:Claim OR other:Article
RETURN p
LIMIT $limit;
