"""Counts by label and relationship type: the first thing to look at after a load."""

from __future__ import annotations

from neo4j import Driver

from stratgraph.graph.schema import (
    ENTITY_LABEL,
    PROVENANCE_LABELS,
    PROVENANCE_RELATIONS,
    Schema,
    get_schema,
)


def graph_stats(
    driver: Driver, schema: Schema | None = None, database: str | None = None
) -> dict[str, dict[str, int]]:
    """`{"labels": {...}, "relationships": {...}}` for every label and type of the schema.

    Each count is a `MATCH (n:Label) RETURN count(n)` that Neo4j answers from its count store,
    so stats stay instant on large graphs; names come from the schema, not from input.
    """
    schema = schema or get_schema()
    labels = (ENTITY_LABEL, *schema.labels, *PROVENANCE_LABELS)
    types = (*schema.relation_types, *PROVENANCE_RELATIONS)
    label_query = " UNION ALL ".join(
        f"MATCH (n:{label}) RETURN '{label}' AS name, count(n) AS n" for label in labels
    )
    type_query = " UNION ALL ".join(
        f"MATCH ()-[r:{rel}]->() RETURN '{rel}' AS name, count(r) AS n" for rel in types
    )
    with driver.session(database=database, default_access_mode="READ") as session:
        label_counts = {r["name"]: r["n"] for r in session.run(label_query)}
        type_counts = {r["name"]: r["n"] for r in session.run(type_query)}
    return {"labels": label_counts, "relationships": type_counts}
