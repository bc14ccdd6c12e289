// Per-article replace (UpsertAsync): an article is one document. Before a batch, the adapter reads the stored
// fingerprints of the batch's articles (DocumentFingerprint: the content hash plus every fact); a document whose
// fingerprint is the stored one writes nothing. A stored article with another fingerprint loses, inside the batch's
// transaction and before the load-documents statements write its new version, its MENTIONS, its statements and the
// REPORTED_BY links of their claims to it. After the new version is written, the claims those statements belonged to
// lose the REPORTED_BY links no statement backs any more (an intermediary of the old version only), and a claim left
// without any statement goes with its links. Entities stay, as in SQLite.

// Read outside the batch's transaction: the article ids of the batch that are stored, with their fingerprints (null
// for an article written before fingerprints were kept: it is replaced).
// name: stored-fingerprints
// params: $ids
UNWIND $ids AS articleId
MATCH (a:Article {id: articleId})
RETURN a.id AS id, a.fingerprint AS fingerprint;

// name: clear-mentions
// params: $ids
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})-[m:MENTIONS]->(e:Entity)
WITH m, e.id AS entityId
DELETE m
RETURN collect(DISTINCT entityId) AS entityIds;

// A claim has a REPORTED_BY link to every article that holds one of its statements, so the article's statements are
// found from its claims. Returns each claim touched with the ids of its removed statements and their speakers (whose
// maintained counts load-documents.cypher#refresh-* then recounts).
// name: clear-statements
// params: $ids
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})<-[r:REPORTED_BY]-(c:Claim)
DELETE r
WITH articleId, c
MATCH (sp:Entity)-[s:SAID|DENIED]->(c)
WHERE s.articleId = articleId
WITH c, s, s.id AS statementId, sp.id AS speakerId
DELETE s
RETURN c.id AS claimId, collect(statementId) AS statementIds, collect(DISTINCT speakerId) AS speakerIds;

// name: prune-claim-reports
// params: $ids
UNWIND $ids AS claimId
MATCH (c:Claim {id: claimId})-[r:REPORTED_BY]->(t)
WHERE NOT EXISTS {
  MATCH (:Entity)-[s:SAID|DENIED]->(c)
  WHERE s.articleId = t.id OR t.id IN s.reportedBy
}
DELETE r
RETURN count(*) AS removed;

// name: remove-orphan-claims
// params: $ids
UNWIND $ids AS claimId
MATCH (c:Claim {id: claimId})
WHERE NOT EXISTS { (c)<-[:SAID|DENIED]-(:Entity) }
DETACH DELETE c
RETURN count(*) AS removed;
