// title: Stance timeline of an actor
// description: >
//   The policy positions an actor supported or opposed, dated, each with the sentence that
//   states it and the article it comes from: how a lab's or a person's stance evolved.
// tags: [stances, timeline, provenance]
// params:
//   - {name: actor, type: string, description: "Person or organization id", example: "org:openai"}
//   - {name: position, type: string, description: "Only this position id", example: "position:open-weights", default: null}
MATCH (actor:Entity {id: $actor})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(p:PolicyPosition)
WHERE c.predicate IN ['SUPPORTS', 'OPPOSES'] AND ($position IS NULL OR p.id = $position)
MATCH (c)-[:FROM]->(a:Article)
RETURN coalesce(c.date, a.published) AS date,
       c.predicate AS stance,
       p.id AS position,
       p.name AS position_name,
       c.sentence AS sentence,
       c.confidence AS confidence,
       a.id AS article,
       a.title AS title,
       a.url AS url
ORDER BY date, position, stance
