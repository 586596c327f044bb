// title: People of an organization
// description: >
//   Who leads, works for, left or founded an organization, with the role where stated and
//   the dates the relation was first and last seen in the articles.
// tags: [organizations, people]
// params:
//   - {name: org, type: string, description: "Organization id", example: "org:openai"}
MATCH (o:Entity {id: $org})<-[r:LEADS|WORKS_FOR|LEFT|FOUNDED]-(p:Entity)
RETURN p.id AS id,
       p.name AS name,
       [label IN labels(p) WHERE label <> 'Entity'][0] AS type,
       type(r) AS relation,
       r.role AS role,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY relation, first_seen, name
