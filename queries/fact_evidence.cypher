// title: Evidence for a fact
// description: >
//   The claims behind a fact, each with its sentence, character offsets, date, confidence,
//   extractor and source article. Give a subject or an object (or both), optionally a
//   relation type. For symmetric relations (PARTNERS_WITH, COMPETES_WITH) a claim counts
//   whichever way round the article put it.
// tags: [facts, provenance]
// params:
//   - {name: subject, type: string, description: "Subject entity id", example: "org:openai", default: null}
//   - {name: predicate, type: relation, description: "Relation type", example: "RELEASED", default: null}
//   - {name: object, type: string, description: "Object entity id", example: "model:gpt-oss-120b", default: null}
//   - {name: limit, type: int, description: "Most claims to return", example: 50, default: 200, min: 1, max: 1000}
MATCH (anchor:Entity)
WHERE anchor.id = coalesce($subject, $object)
MATCH (anchor)<-[:SUBJECT|OBJECT]-(c:Claim)
WHERE $predicate IS NULL OR c.predicate = $predicate
MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity), (c)-[:FROM]->(a:Article)
WHERE (($subject IS NULL OR s.id = $subject) AND ($object IS NULL OR o.id = $object))
   OR (c.predicate IN ['PARTNERS_WITH', 'COMPETES_WITH']
       AND ($subject IS NULL OR o.id = $subject) AND ($object IS NULL OR s.id = $object))
RETURN c.id AS claim,
       s.id AS subject,
       s.name AS subject_name,
       c.predicate AS predicate,
       o.id AS object,
       o.name AS object_name,
       c.properties AS properties,
       coalesce(c.date, a.published) AS date,
       c.sentence AS sentence,
       c.start AS start,
       c.end AS end,
       c.confidence AS confidence,
       c.extractor AS extractor,
       a.id AS article,
       a.title AS title,
       a.url AS url,
       a.published AS published
ORDER BY date, claim
LIMIT $limit
