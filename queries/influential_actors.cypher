// title: Most influential actors
// description: >
//   Actors ranked by their reach over influence-bearing relations (INFLUENCED, LEADS,
//   FOUNDED, INVESTS_IN, ACQUIRED, CRITICIZED, SUPPORTS, OPPOSES): score = entities reached
//   directly + half of those reached in exactly two steps; ties broken by claim count.
// tags: [influence, ranking]
// params:
//   - {name: type, type: label, description: "Only actors of this type", example: "Person", default: null}
//   - {name: limit, type: int, description: "How many actors to rank", example: 10, default: 20, min: 1, max: 1000}
MATCH (a:Entity)-[r:INFLUENCED|LEADS|FOUNDED|INVESTS_IN|ACQUIRED|CRITICIZED|SUPPORTS|OPPOSES]->(b:Entity)
WHERE $type IS NULL OR $type IN labels(a)
WITH a, count(DISTINCT b) AS direct, sum(r.claims) AS claims, collect(DISTINCT type(r)) AS via
WITH a, direct, claims, via,
     COUNT {
       MATCH (a)-[:INFLUENCED|LEADS|FOUNDED|INVESTS_IN|ACQUIRED|CRITICIZED|SUPPORTS|OPPOSES]->()
             -[:INFLUENCED|LEADS|FOUNDED|INVESTS_IN|ACQUIRED|CRITICIZED|SUPPORTS|OPPOSES]->(c)
       WHERE c <> a
       RETURN DISTINCT c
     } AS indirect
RETURN a.id AS id,
       a.name AS name,
       [label IN labels(a) WHERE label <> 'Entity'][0] AS type,
       direct + 0.5 * indirect AS score,
       direct,
       indirect,
       claims,
       via
ORDER BY score DESC, claims DESC, name
LIMIT $limit
