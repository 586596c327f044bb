// title: Open-weight releases over time
// description: >
//   Models and products released with open weights (or open-sourced), across every lab, in
//   date order; optionally within a date window.
// tags: [models, open-weights, timeline]
// params:
//   - {name: since, type: date, description: "First date to include", example: "2023-01-01", default: null}
//   - {name: until, type: date, description: "Last date to include", example: "2025-12-31", default: null}
MATCH (o:Organization)-[r:RELEASED|OPEN_SOURCED]->(m:Entity)
WHERE type(r) = 'OPEN_SOURCED' OR r.open_weights = true
WITH o, m, min(r.first_seen) AS date, sum(r.claims) AS claims
WHERE ($since IS NULL OR date >= $since)
  AND ($until IS NULL OR date <= $until + '~')  // '~' sorts after digits: until 2025-12 keeps 2025-12-31
RETURN date,
       o.id AS organization,
       o.name AS organization_name,
       m.id AS model,
       m.name AS model_name,
       claims
ORDER BY date, organization_name, model_name
