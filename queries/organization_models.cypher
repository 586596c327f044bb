// title: Models and products of an organization
// description: >
//   What an organization develops, released or open-sourced, in the order first seen, with
//   whether the weights are open (true, false, or null when no article says).
// tags: [organizations, models, open-weights]
// params:
//   - {name: org, type: string, description: "Organization id", example: "org:openai"}
MATCH (o:Entity {id: $org})-[r:DEVELOPS|RELEASED|OPEN_SOURCED]->(m:Entity)
WITH m, collect(type(r)) AS relations, collect(r.open_weights) AS flags,
     min(r.first_seen) AS first_seen, max(r.last_seen) AS last_seen, sum(r.claims) AS claims
RETURN m.id AS id,
       m.name AS name,
       [label IN labels(m) WHERE label <> 'Entity'][0] AS type,
       relations,
       CASE WHEN 'OPEN_SOURCED' IN relations OR true IN flags THEN true
            WHEN false IN flags THEN false
            ELSE null END AS open_weights,
       first_seen,
       last_seen,
       claims
ORDER BY first_seen, name
