// title: Entity profile
// description: >
//   One entity at a glance: canonical name, type, every alias seen (any language), Wikidata
//   id, how many articles mention it, how many claims it is the subject or object of, and
//   how many aggregated relations it takes part in.
// tags: [entities]
// params:
//   - {name: id, type: string, description: "Entity id, e.g. org:openai or person:sam-altman", example: "org:openai"}
MATCH (e:Entity {id: $id})
RETURN e.id AS id,
       e.name AS name,
       [label IN labels(e) WHERE label <> 'Entity'][0] AS type,
       e.aliases AS aliases,
       e.wikidata AS wikidata,
       COUNT { (:Article)-[:MENTIONS]->(e) } AS articles,
       COUNT { (e)<-[:SUBJECT]-(:Claim) } AS claims_as_subject,
       COUNT { (e)<-[:OBJECT]-(:Claim) } AS claims_as_object,
       COUNT { (e)-[r]-(:Entity) WHERE NOT type(r) IN ['MENTIONS', 'SUBJECT', 'OBJECT', 'FROM'] } AS relations
