// title: Stance changes
// description: >
//   Actors that supported a policy position and later opposed it, or the reverse: each
//   change with the stance and citation before and after, ordered by the date of the change.
//   Claims without any date cannot be ordered and are left out.
// tags: [stances, timeline, provenance]
// params:
//   - {name: actor, type: string, description: "Only this actor id", example: "org:openai", default: null}
//   - {name: position, type: string, description: "Only this position id", example: "position:open-weights", default: null}
MATCH (actor:Entity)-[:SUPPORTS]->(p:PolicyPosition)<-[:OPPOSES]-(actor)
WHERE ($actor IS NULL OR actor.id = $actor) AND ($position IS NULL OR p.id = $position)
MATCH (actor)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(p), (c)-[:FROM]->(a:Article)
WHERE c.predicate IN ['SUPPORTS', 'OPPOSES'] AND coalesce(c.date, a.published) IS NOT NULL
WITH actor, p, c, a, coalesce(c.date, a.published) AS date
ORDER BY date, c.id
WITH actor, p, collect({stance: c.predicate, date: date, sentence: c.sentence, article: a.id}) AS stances
UNWIND range(1, size(stances) - 1) AS i
WITH actor, p, stances[i - 1] AS before, stances[i] AS after
WHERE before.stance <> after.stance AND before.date < after.date
RETURN actor.id AS actor,
       actor.name AS actor_name,
       p.id AS position,
       p.name AS position_name,
       before.stance AS from_stance,
       before.date AS from_date,
       before.sentence AS from_sentence,
       before.article AS from_article,
       after.stance AS to_stance,
       after.date AS to_date,
       after.sentence AS to_sentence,
       after.article AS to_article
ORDER BY to_date, actor_name, position_name
