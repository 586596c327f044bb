// title: Influence paths between two actors
// description: >
//   The shortest chains of influence-bearing relations (INFLUENCED, LEADS, FOUNDED,
//   INVESTS_IN, ACQUIRED, CRITICIZED, SUPPORTS, OPPOSES) leading from one entity to another,
//   up to six steps. With directed=false the chains may also run against the arrows, which
//   finds actors linked through a shared position or investor.
// tags: [influence, network]
// params:
//   - {name: source, type: string, description: "Id of the entity the influence starts from", example: "org:meta"}
//   - {name: target, type: string, description: "Id of the entity it reaches", example: "org:openai"}
//   - {name: directed, type: bool, description: "Follow the relations' direction only", example: true, default: true}
MATCH (s:Entity {id: $source}), (t:Entity {id: $target})
WHERE s <> t
CALL (s, t) {
  MATCH path = allShortestPaths((s)-[:INFLUENCED|LEADS|FOUNDED|INVESTS_IN|ACQUIRED|CRITICIZED|SUPPORTS|OPPOSES*..6]->(t))
  WHERE $directed
  RETURN path
  UNION
  MATCH path = allShortestPaths((s)-[:INFLUENCED|LEADS|FOUNDED|INVESTS_IN|ACQUIRED|CRITICIZED|SUPPORTS|OPPOSES*..6]-(t))
  WHERE NOT $directed
  RETURN path
}
RETURN length(path) AS hops,
       [n IN nodes(path) | n.id] AS ids,
       [n IN nodes(path) | n.name] AS names,
       [r IN relationships(path) | type(r)] AS relations,
       [r IN relationships(path) | startNode(r).id] AS relation_sources
ORDER BY hops, names
LIMIT 50
