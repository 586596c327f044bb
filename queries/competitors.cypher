// title: Competitors of an organization
// description: >
//   Organizations stated to compete with the given one (the rivalry is symmetric, so either
//   side may have been named first), with how many claims and articles say so.
// tags: [organizations, network]
// params:
//   - {name: org, type: string, description: "Organization id", example: "org:openai"}
MATCH (o:Entity {id: $org})-[r:COMPETES_WITH]-(rival:Entity)
RETURN rival.id AS id,
       rival.name AS name,
       r.claims AS claims,
       r.articles AS articles,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen
ORDER BY claims DESC, name
