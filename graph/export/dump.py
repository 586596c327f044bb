"""The whole project graph read out of Neo4j once, as plain nodes and relationships.

Every exporter (RDF, GraphML/GEXF, neo4j-admin CSV) starts from this dump, so they all see the
same snapshot and none of them spells Cypher of its own. Nodes are identified by their `id`
property within a group (`Entity`, `Article`, `Claim`): ids are unique per group by the
loader's constraints, and the group tells the CSV export which ID space a node lives in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver, ManagedTransaction

from stratgraph.graph.schema import ENTITY_LABEL

GROUPS = (ENTITY_LABEL, "Article", "Claim")


@dataclass(frozen=True)
class Node:
    id: str
    group: str
    labels: tuple[str, ...]
    props: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Rel:
    type: str
    start: str
    start_group: str
    end: str
    end_group: str
    props: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass
class GraphDump:
    nodes: list[Node]
    rels: list[Rel]

    def by_group(self, group: str) -> list[Node]:
        return [n for n in self.nodes if n.group == group]

    def node_index(self) -> dict[tuple[str, str], Node]:
        return {(n.group, n.id): n for n in self.nodes}


def group_of(labels: list[str] | tuple[str, ...]) -> str:
    """Which of GROUPS a node belongs to (Claim and Article win over Entity)."""
    for group in ("Claim", "Article"):
        if group in labels:
            return group
    return ENTITY_LABEL


_IN_SCOPE = " OR ".join(f"n:{g}" for g in GROUPS)
_NODES = f"""
MATCH (n) WHERE {_IN_SCOPE}
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.id
"""
_RELS = f"""
MATCH (a)-[r]->(b)
WHERE ({_IN_SCOPE.replace('n:', 'a:')}) AND ({_IN_SCOPE.replace('n:', 'b:')})
RETURN type(r) AS type, a.id AS start, labels(a) AS start_labels,
       b.id AS end, labels(b) AS end_labels, properties(r) AS props
ORDER BY type, start, end
"""


def _read(tx: ManagedTransaction) -> GraphDump:
    nodes = []
    for record in tx.run(_NODES):
        labels = tuple(sorted(record["labels"]))
        props = dict(record["props"])
        nodes.append(Node(id=str(props.get("id")), group=group_of(labels), labels=labels, props=props))
    rels = [
        Rel(
            type=record["type"],
            start=record["start"],
            start_group=group_of(record["start_labels"]),
            end=record["end"],
            end_group=group_of(record["end_labels"]),
            props=dict(record["props"]),
        )
        for record in tx.run(_RELS)
    ]
    return GraphDump(nodes=nodes, rels=rels)


def read_graph(driver: Driver, database: str | None = None) -> GraphDump:
    """All entities, articles and claims with every relationship between them (one read tx)."""
    with driver.session(database=database, default_access_mode="READ") as session:
        return session.execute_read(_read)
