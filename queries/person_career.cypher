// title: Career of a person
// description: >
//   The organizations a person leads, works for, left or founded, in date order, with role
//   and how many claims support each relation.
// tags: [people, organizations]
// params:
//   - {name: person, type: string, description: "Person id", example: "person:sam-altman"}
MATCH (p:Entity {id: $person})-[r:LEADS|WORKS_FOR|LEFT|FOUNDED]->(o:Entity)
RETURN o.id AS organization,
       o.name AS organization_name,
       type(r) AS relation,
       r.role AS role,
       r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       r.claims AS claims
ORDER BY first_seen, relation, organization_name
