"""Writes validated extraction output into Neo4j: entities, articles, claims, aggregates.

Idempotent by construction: every node is MERGEd on a stable id (entities by their typed id,
articles by their id, claims by a hash of article, predicate, ends and offsets), and each
aggregated relationship is recomputed from its claims rather than incremented, so loading the
same input twice changes no count. Labels and relationship types are interpolated only from
the validated schema, never from input text.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from neo4j import Driver, ManagedTransaction

from stratgraph.graph.contract import FactLine
from stratgraph.graph.load_input import ArticleBatch, claim_id
from stratgraph.graph.names import search_text
from stratgraph.graph.schema import ENTITY_LABEL, Schema

ARTICLES_PER_TRANSACTION = 50


@dataclass
class LoadReport:
    articles: int = 0
    entities: int = 0
    claims: int = 0


def ensure_schema(driver: Driver, schema: Schema, database: str | None = None) -> None:
    """Create constraints and indexes (IF NOT EXISTS) and wait until they are online."""
    with driver.session(database=database) as session:
        for statement in schema.constraint_statements():
            session.run(statement).consume()
        session.run("CALL db.awaitIndexes(60)").consume()


def _entity_rows(batch: ArticleBatch) -> dict[str, dict[str, Any]]:
    """Entities of one article by id, including those only named as a fact's end."""
    rows: dict[str, dict[str, Any]] = {}

    def add(ref_id: str, label: str, name: str, aliases: Iterable[str], wikidata: str | None) -> None:
        row = rows.setdefault(
            ref_id, {"id": ref_id, "label": label, "name": name, "aliases": [], "wikidata": None}
        )
        for alias in [name, *aliases]:
            if alias not in row["aliases"]:
                row["aliases"].append(alias)
        row["wikidata"] = row["wikidata"] or wikidata

    for entity in batch.entities:
        add(entity.id, entity.type, entity.name, entity.aliases, entity.wikidata)
    for fact in batch.facts:
        for ref in (fact.subject, fact.object):
            if ref.id not in rows:
                add(ref.id, ref.type, ref.name, [], None)
    return rows


def _claim_row(fact: FactLine, schema: Schema) -> dict[str, Any]:
    declared = schema.relations[fact.predicate].properties
    return {
        "id": claim_id(fact),
        "predicate": fact.predicate,
        "subject": fact.subject.id,
        "object": fact.object.id,
        "article": fact.evidence.article,
        "props": {
            "sentence": fact.evidence.sentence,
            "start": fact.evidence.start,
            "end": fact.evidence.end,
            "extractor": fact.extractor,
            "confidence": fact.confidence,
            "date": fact.date,
            "properties": json.dumps(fact.properties, sort_keys=True, ensure_ascii=False),
            # Declared relation properties (role, open_weights) also as real claim properties,
            # so aggregates and queries can read them without parsing JSON.
            **{key: fact.properties.get(key) for key in declared},
        },
    }


def _write_entities(tx: ManagedTransaction, rows: list[dict[str, Any]], schema: Schema) -> None:
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_label[row["label"]].append(row)
    for label, group in sorted(by_label.items()):
        assert label in schema.entities  # validated upstream; never input text
        tx.run(
            f"""
            UNWIND $rows AS row
            MERGE (e:{ENTITY_LABEL} {{id: row.id}})
              ON CREATE SET e.name = row.name
            SET e:{label},
                e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases |
                                   CASE WHEN a IN acc THEN acc ELSE acc + a END),
                e.wikidata = coalesce(e.wikidata, row.wikidata)
            """,
            rows=group,
        ).consume()
    # search_text depends on the accumulated aliases: recompute from what is now stored.
    result = tx.run(
        f"MATCH (e:{ENTITY_LABEL}) WHERE e.id IN $ids RETURN e.id AS id, e.name AS name, e.aliases AS aliases",
        ids=[row["id"] for row in rows],
    )
    updates = [
        {"id": r["id"], "text": search_text(r["name"], list(r["aliases"] or []))} for r in result
    ]
    tx.run(
        f"UNWIND $rows AS row MATCH (e:{ENTITY_LABEL} {{id: row.id}}) SET e.search_text = row.text",
        rows=updates,
    ).consume()


def _write_articles(tx: ManagedTransaction, batches: list[ArticleBatch]) -> None:
    rows = []
    for batch in batches:
        meta = batch.source.model_dump(exclude={"id"}, exclude_none=True) if batch.source else {}
        rows.append({"id": batch.id, "meta": meta})
    tx.run(
        "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.meta",
        rows=rows,
    ).consume()
    mentions = [
        {"article": batch.id, "entity": entity_id}
        for batch in batches
        for entity_id in _entity_rows(batch)
    ]
    tx.run(
        f"""
        UNWIND $rows AS row
        MATCH (a:Article {{id: row.article}}), (e:{ENTITY_LABEL} {{id: row.entity}})
        MERGE (a)-[:MENTIONS]->(e)
        """,
        rows=mentions,
    ).consume()


def _write_claims(tx: ManagedTransaction, rows: list[dict[str, Any]]) -> None:
    tx.run(
        f"""
        UNWIND $rows AS row
        MATCH (s:{ENTITY_LABEL} {{id: row.subject}}), (o:{ENTITY_LABEL} {{id: row.object}}),
              (a:Article {{id: row.article}})
        MERGE (c:Claim {{id: row.id}})
        SET c += row.props, c.predicate = row.predicate
        MERGE (c)-[:SUBJECT]->(s)
        MERGE (c)-[:OBJECT]->(o)
        MERGE (c)-[:FROM]->(a)
        """,
        rows=rows,
    ).consume()


def _write_aggregates(tx: ManagedTransaction, rows: list[dict[str, Any]], schema: Schema) -> None:
    """(Re)compute each touched `(s)-[TYPE]->(o)` from all of its claims."""
    pairs: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in rows:
        pairs[row["predicate"]].add((row["subject"], row["object"]))
    for predicate, ends in sorted(pairs.items()):
        relation = schema.relations[predicate]
        if relation.symmetric:  # one relationship per pair, whichever way the text put it
            ends = {tuple(sorted(pair)) for pair in ends}  # type: ignore[misc]
            claim_match = "(c)-[:SUBJECT|OBJECT]->(s), (c)-[:SUBJECT|OBJECT]->(o)"
        else:
            claim_match = "(c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)"
        extra = "".join(
            f", r.{key} = {_aggregate_expression(kind, key)}"
            for key, kind in sorted(relation.properties.items())
        )
        tx.run(
            f"""
            UNWIND $pairs AS pair
            MATCH (s:{ENTITY_LABEL} {{id: pair[0]}}), (o:{ENTITY_LABEL} {{id: pair[1]}})
            MERGE (s)-[r:{predicate}]->(o)
            WITH s, o, r
            MATCH (c:Claim {{predicate: $predicate}})-[:FROM]->(a:Article),
                  {claim_match}
            WITH r, c, a, coalesce(c.date, a.published) AS seen
            WITH r, collect(c) AS claims, count(DISTINCT a) AS articles,
                 min(seen) AS first_seen, max(seen) AS last_seen,
                 max(c.confidence) AS confidence
            SET r.claims = size(claims), r.articles = articles, r.confidence = confidence,
                r.first_seen = first_seen, r.last_seen = last_seen
                {extra}
            """,
            pairs=[list(pair) for pair in sorted(ends)],
            predicate=predicate,
        ).consume()


def _aggregate_expression(kind: str, key: str) -> str:
    """How a declared claim property rolls up onto the aggregated relationship."""
    if kind.startswith("bool"):
        # true if any claim says true, false if all that say something say false, else null
        return (
            f"CASE WHEN any(x IN claims WHERE x.{key} = true) THEN true "
            f"WHEN any(x IN claims WHERE x.{key} = false) THEN false ELSE null END"
        )
    return f"head([x IN claims WHERE x.{key} IS NOT NULL | x.{key}])"


def load_batches(
    driver: Driver,
    batches: list[ArticleBatch],
    schema: Schema,
    database: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> LoadReport:
    """Write articles in transactions of ARTICLES_PER_TRANSACTION; all of a chunk or none."""
    report = LoadReport()
    ensure_schema(driver, schema, database)
    with driver.session(database=database) as session:
        for start in range(0, len(batches), ARTICLES_PER_TRANSACTION):
            chunk = batches[start : start + ARTICLES_PER_TRANSACTION]
            entity_rows: dict[str, dict[str, Any]] = {}
            for batch in chunk:
                for entity_id, row in _entity_rows(batch).items():
                    merged = entity_rows.setdefault(entity_id, {**row, "aliases": []})
                    merged["aliases"] += [a for a in row["aliases"] if a not in merged["aliases"]]
                    merged["wikidata"] = merged["wikidata"] or row["wikidata"]
            claim_rows = [_claim_row(f, schema) for batch in chunk for f in batch.facts]

            def work(tx: ManagedTransaction) -> None:
                _write_entities(tx, list(entity_rows.values()), schema)
                _write_articles(tx, chunk)
                _write_claims(tx, claim_rows)
                _write_aggregates(tx, claim_rows, schema)

            session.execute_write(work)
            report.articles += len(chunk)
            report.entities += len(entity_rows)
            report.claims += len(claim_rows)
            if progress:
                progress(len(chunk))
    return report

