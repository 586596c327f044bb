// title: Who supports and who opposes a position
// description: >
//   Every actor with a stance on a policy position, with the stance, how many claims state
//   it, and when it was first and last seen: the two camps of a debate.
// tags: [stances, positions]
// params:
//   - {name: position, type: string, description: "Policy position id", example: "position:open-weights"}
MATCH (p:Entity {id: $position})<-[r:SUPPORTS|OPPOSES]-(actor:Entity)
RETURN actor.id AS actor,
       actor.name AS actor_name,
       [label IN labels(actor) WHERE label <> 'Entity'][0] AS type,
       type(r) AS stance,
       r.claims AS claims,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen
ORDER BY stance DESC, last_seen DESC, actor_name
