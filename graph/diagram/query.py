"""Reading what a diagram needs from Neo4j: the focus entity, its claims, influence edges.

All reads run in read transactions. The neighbourhood is walked claim by claim rather than
over the aggregated relationships so that a date window (`since`/`until`) filters the actual
statements, and every edge keeps the sentences that support it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import ClientError

from stratgraph.graph.diagram.build import ClaimRow, EntityRow, entity_type
from stratgraph.graph.names import fold, fold_compact
from stratgraph.graph.schema import ENTITY_LABEL, Schema


class FocusNotFound(LookupError):
    """No entity matches the text given as focus; `suggestions` holds close names."""

    def __init__(self, text: str, suggestions: list[str]) -> None:
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no entity matches {text!r}.{hint}")
        self.text = text
        self.suggestions = suggestions


@dataclass(frozen=True)
class Focus:
    id: str
    name: str
    type: str


_RESOLVE = f"""
MATCH (e:{ENTITY_LABEL})
WHERE e.id = $text
   OR any(form IN split(coalesce(e.search_text, ''), ' | ') WHERE form IN $keys)
OPTIONAL MATCH (c:Claim)-[:SUBJECT|OBJECT]->(e)
WITH e, count(c) AS claims
RETURN e.id AS id, e.name AS name, labels(e) AS labels, claims,
       e.id = $text AS by_id, e.name = $text AS exact
ORDER BY by_id DESC, exact DESC, claims DESC, e.id
LIMIT 1
"""

_SUGGEST = f"""
CALL db.index.fulltext.queryNodes('entity_search', $terms) YIELD node, score
WHERE node:{ENTITY_LABEL}
RETURN node.name AS name ORDER BY score DESC LIMIT 5
"""


def _lucene_terms(text: str) -> str:
    """A fuzzy full-text query from the folded words (Lucene syntax characters dropped)."""
    words = [w for w in fold(text).split() if w]
    return " OR ".join(f"{w}~" for w in words)


def resolve_focus(driver: Driver, text: str, schema: Schema, database: str | None = None) -> Focus:
    """The entity named `text`: by id, canonical name or any alias, in any case or accents.

    When several entities share a name form (the organisation and its eponymous model, say),
    an exact canonical name wins, then the most-cited one.
    """
    keys = sorted({key for key in (fold(text), fold_compact(text)) if key})
    with driver.session(database=database, default_access_mode="READ") as session:
        record = session.execute_read(
            lambda tx: tx.run(_RESOLVE, text=text.strip(), keys=keys).single()
        )
        if record is None:
            suggestions: list[str] = []
            terms = _lucene_terms(text)
            if terms:
                try:
                    suggestions = session.execute_read(
                        lambda tx: [r["name"] for r in tx.run(_SUGGEST, terms=terms)]
                    )
                except ClientError:  # no full-text index (a foreign database): no suggestions
                    suggestions = []
            raise FocusNotFound(text, suggestions)
    return Focus(id=record["id"], name=record["name"], type=entity_type(record["labels"], schema))


# a claim date or publication date that starts with an ISO date (datetimes are cut to the date)
ISO_PATTERN = r"\d{4}(-\d{2}(-\d{2})?)?([T ].*)?"
_CLAIMS = f"""
UNWIND $frontier AS fid
MATCH (e:{ENTITY_LABEL} {{id: fid}})<-[:SUBJECT|OBJECT]-(c:Claim)
WHERE c.predicate IN $relations
MATCH (c)-[:SUBJECT]->(s:{ENTITY_LABEL}), (c)-[:OBJECT]->(o:{ENTITY_LABEL}),
      (c)-[:FROM]->(a:Article)
WITH DISTINCT c, s, o, a,
     coalesce(CASE WHEN c.date =~ $iso THEN split(split(c.date, 'T')[0], ' ')[0] END,
              CASE WHEN a.published =~ $iso THEN split(split(a.published, 'T')[0], ' ')[0] END) AS seen
WHERE ($since IS NULL OR (seen IS NOT NULL AND left(seen, size($since)) >= left($since, size(seen))))
  AND ($until IS NULL OR (seen IS NOT NULL AND left(seen, size($until)) <= left($until, size(seen))))
RETURN c {{.id, .predicate, .sentence, .date, .confidence, .extractor, .properties}} AS claim,
       s {{.id, .name, .aliases, .wikidata, labels: labels(s)}} AS subject,
       o {{.id, .name, .aliases, .wikidata, labels: labels(o)}} AS object,
       a {{.id, .title, .url, .published}} AS article
"""


def _claims_of(
    tx: ManagedTransaction, frontier: list[str], relations: list[str],
    since: str | None, until: str | None,
) -> list[Any]:
    result = tx.run(_CLAIMS, frontier=frontier, relations=relations, since=since, until=until,
                    iso=ISO_PATTERN)
    return list(result)


def _entity(row: dict[str, Any], schema: Schema) -> EntityRow:
    return EntityRow(
        id=row["id"],
        name=row.get("name") or row["id"],
        type=entity_type(row.get("labels") or [], schema),
        aliases=tuple(row.get("aliases") or ()),
        wikidata=row.get("wikidata"),
    )


def _claim(record: Any, schema: Schema) -> ClaimRow:
    claim, article = record["claim"], record["article"]
    return ClaimRow(
        id=claim["id"],
        predicate=claim["predicate"],
        subject=_entity(record["subject"], schema),
        object=_entity(record["object"], schema),
        sentence=claim.get("sentence") or "",
        date=claim.get("date"),
        confidence=claim.get("confidence"),
        extractor=claim.get("extractor"),
        article_id=article["id"],
        article_title=article.get("title"),
        article_url=article.get("url"),
        published=article.get("published"),
    )


def neighbourhood_claims(
    driver: Driver,
    focus: str,
    schema: Schema,
    depth: int = 1,
    relations: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    max_frontier: int = 400,
    database: str | None = None,
) -> list[ClaimRow]:
    """Every claim within `depth` hops of the focus (breadth first over claims).

    `max_frontier` bounds each hop: the nodes expanded next are the best-attested ones, so a
    hub two hops away cannot pull the whole graph into one diagram.
    """
    wanted = sorted(relations) if relations else list(schema.relation_types)
    seen_claims: dict[str, ClaimRow] = {}
    visited: set[str] = set()
    frontier = [focus]
    with driver.session(database=database, default_access_mode="READ") as session:
        for _ in range(max(depth, 1)):
            visited.update(frontier)
            records = session.execute_read(_claims_of, frontier, wanted, since, until)
            weight: dict[str, int] = {}
            for record in records:
                claim = _claim(record, schema)
                seen_claims.setdefault(claim.id, claim)
                for end in (claim.subject.id, claim.object.id):
                    if end not in visited:
                        weight[end] = weight.get(end, 0) + 1
            frontier = sorted(weight, key=lambda n: (-weight[n], n))[:max_frontier]
            if not frontier:
                break
    return sorted(seen_claims.values(), key=lambda c: c.id)


def _influence_edges(tx: ManagedTransaction, types: list[str]) -> list[tuple[str, str, float]]:
    result = tx.run(
        f"""
        MATCH (s:{ENTITY_LABEL})-[r]->(o:{ENTITY_LABEL})
        WHERE type(r) IN $types
        RETURN s.id AS s, o.id AS o, coalesce(r.claims, 1) AS w
        """,
        types=types,
    )
    return [(r["s"], r["o"], float(r["w"])) for r in result]


def influence_edges(
    driver: Driver, schema: Schema, database: str | None = None
) -> list[tuple[str, str, float]]:
    """Every aggregated influence-bearing relationship of the graph, weighted by claims.

    Scores are computed over the whole graph, not the diagram, so a node's size means the same
    thing whichever entity the diagram is centred on.
    """
    types = sorted(r.type for r in schema.relations.values() if r.influence)
    with driver.session(database=database, default_access_mode="READ") as session:
        return session.execute_read(_influence_edges, types)
