// Which outlets report whom: for each outlet (the institution an article is PUBLISHED_BY), the speakers whose
// statements its articles carry, with counts; outlets and speakers are identified by id, so two outlets or two
// people with the same name stay apart. Articles without a publisher are left out. Answers "who gets coverage
// where?" and feeds a bipartite outlet-speaker network.
// Parameters:
//   $minStatements  INTEGER  smallest count to show
// Neo4j Browser:
//   :param minStatements => 1

// name: reporting-network
// params: $minStatements
MATCH (outlet:Institution)<-[:PUBLISHED_BY]-(a:Article)<-[:REPORTED_BY]-(c:Claim)<-[s:SAID|DENIED]-(sp:Entity)
WHERE s.articleId = a.id
WITH outlet, sp, count(s) AS statements
WHERE statements >= $minStatements
RETURN outlet.id AS outletId, outlet.name AS outlet, sp.id AS speakerId, sp.name AS speaker, statements
ORDER BY outlet, statements DESC, speaker, speakerId;
