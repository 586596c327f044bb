// title: Timeline of an entity
// description: >
//   Every claim in which the entity is the subject or the object, in date order (the claim's
//   own date, else the article's publication date), with the sentence and the article.
// tags: [entities, timeline, provenance]
// params:
//   - {name: id, type: string, description: "Entity id", example: "org:openai"}
//   - {name: since, type: date, description: "Only claims dated on or after this date", example: "2020-01-01", default: null}
//   - {name: limit, type: int, description: "Most claims to return", example: 50, default: 200, min: 1, max: 1000}
MATCH (e:Entity {id: $id})<-[:SUBJECT|OBJECT]-(c:Claim)-[:FROM]->(a:Article)
MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
WITH c, a, s, o, coalesce(c.date, a.published) AS date
WHERE $since IS NULL OR date >= $since
RETURN date,
       s.id AS subject,
       s.name AS subject_name,
       c.predicate AS predicate,
       o.id AS object,
       o.name AS object_name,
       c.sentence AS sentence,
       a.id AS article,
       a.title AS title,
       a.url AS url
ORDER BY date, predicate, subject, object
LIMIT $limit
