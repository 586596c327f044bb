// title: Search entities by name or alias
// description: >
//   Finds entities whose name or any alias matches the search text, in any language and
//   whatever the case, accents or punctuation ("openia", "Deepseek", "O3-MinI" all work).
//   Each word matches as a prefix. Optionally restricted to one entity type.
// tags: [entities, search]
// params:
//   - {name: q, type: search, description: "Name or alias to look for", example: "openai"}
//   - {name: type, type: label, description: "Only entities of this type", example: "Organization", default: null}
//   - {name: limit, type: int, description: "Most results to return", example: 10, default: 20, min: 1, max: 1000}
CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score
WHERE $type IS NULL OR $type IN labels(node)
RETURN node.id AS id,
       node.name AS name,
       [label IN labels(node) WHERE label <> 'Entity'][0] AS type,
       node.aliases AS aliases,
       node.wikidata AS wikidata,
       score
ORDER BY round(score, 1) DESC, name
LIMIT $limit
