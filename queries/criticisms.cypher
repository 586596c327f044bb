// title: Who criticized whom
// description: >
//   Public criticism between actors (or of models, products, positions): the critic, the
//   target, how many claims report it and when. Give an entity to see only criticism it
//   made or received.
// tags: [influence, people, organizations]
// params:
//   - {name: entity, type: string, description: "Only criticism made or received by this entity id", example: "person:elon-musk", default: null}
MATCH (critic:Entity)-[r:CRITICIZED]->(target:Entity)
WHERE $entity IS NULL OR critic.id = $entity OR target.id = $entity
RETURN critic.id AS critic,
       critic.name AS critic_name,
       target.id AS target,
       target.name AS target_name,
       [label IN labels(target) WHERE label <> 'Entity'][0] AS target_type,
       r.claims AS claims,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen
ORDER BY first_seen, critic_name, target_name
