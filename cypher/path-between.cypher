// Path between two entities: the shortest chain of relationships (any type, either direction, at most 6
// hops) linking two entities. Answers "how is X connected to Y?". Returns the path for Browser's graph view.
// Parameters: $fromId, $toId (entity ids).
// Neo4j Browser:
//   :param fromId => 'person:marco-rubio'
//   :param toId => 'institution:minrex'

// name: path-between
// params: $fromId, $toId
MATCH (a:Entity {id: $fromId})
MATCH (b:Entity {id: $toId})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN p, length(p) AS hops;
