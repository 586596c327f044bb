// title: Entities co-mentioned with one
// description: >
//   Entities that appear in the same articles as the given one, ranked by the number of
//   articles they share: a quick map of who and what an actor is discussed with.
// tags: [entities, articles]
// params:
//   - {name: id, type: string, description: "Entity id", example: "org:openai"}
//   - {name: type, type: label, description: "Only co-mentioned entities of this type", example: "Person", default: null}
//   - {name: limit, type: int, description: "Most entities to return", example: 10, default: 25, min: 1, max: 1000}
MATCH (e:Entity {id: $id})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other:Entity)
WHERE other <> e AND ($type IS NULL OR $type IN labels(other))
RETURN other.id AS id,
       other.name AS name,
       [label IN labels(other) WHERE label <> 'Entity'][0] AS type,
       count(DISTINCT a) AS shared_articles
ORDER BY shared_articles DESC, name
LIMIT $limit
