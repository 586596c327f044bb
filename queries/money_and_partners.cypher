// title: Investment and partnership network
// description: >
//   An organization's investors, its investments, its partners and acquisitions, with the
//   direction of each tie (out = the organization invests or acquires, in = it receives,
//   both = a symmetric partnership) and when each was seen.
// tags: [organizations, money, network]
// params:
//   - {name: org, type: string, description: "Organization id", example: "org:microsoft"}
MATCH (o:Entity {id: $org})-[r:INVESTS_IN|PARTNERS_WITH|ACQUIRED]-(other:Entity)
RETURN type(r) AS relation,
       CASE WHEN type(r) = 'PARTNERS_WITH' THEN 'both'
            WHEN startNode(r) = o THEN 'out'
            ELSE 'in' END AS direction,
       other.id AS id,
       other.name AS name,
       [label IN labels(other) WHERE label <> 'Entity'][0] AS type,
       r.claims AS claims,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen
ORDER BY relation, direction, first_seen, name
