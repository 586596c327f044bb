// title: Articles mentioning an entity
// description: >
//   The source articles that mention an entity, newest first, with their title, URL,
//   language, and how many claims each contributes about the entity.
// tags: [entities, articles, provenance]
// params:
//   - {name: id, type: string, description: "Entity id", example: "org:openai"}
//   - {name: limit, type: int, description: "Most articles to return", example: 20, default: 100, min: 1, max: 1000}
MATCH (e:Entity {id: $id})<-[:MENTIONS]-(a:Article)
RETURN a.id AS article,
       a.title AS title,
       a.url AS url,
       a.published AS published,
       a.lang AS lang,
       COUNT { (a)<-[:FROM]-(c:Claim) WHERE (c)-[:SUBJECT|OBJECT]->(e) } AS claims
ORDER BY published DESC, article
LIMIT $limit
