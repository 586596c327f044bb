"""GraphML and GEXF through networkx, for Gephi, Cytoscape, yEd and friends.

By default the exported graph is what those tools are for: entities and the aggregated
relationships between them, with their counts and dates (`claims`, `first_seen`, ...). With
`provenance=True` articles and claims come along with MENTIONS, SUBJECT, OBJECT and FROM, so
every edge can be traced to its sentence inside the tool. GEXF also carries Gephi's `viz`
colours (by entity type, as in diagrams) and sizes (influence score).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from stratgraph.graph.diagram.build import influence_scores
from stratgraph.graph.diagram.style import get_style
from stratgraph.graph.export.dump import GraphDump, Node
from stratgraph.graph.schema import Schema


def _attr(value: Any) -> Any:
    """GraphML/GEXF hold scalars only: lists become `; `-joined text, None is dropped."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _node_type(node: Node) -> str:
    others = [label for label in node.labels if label not in {"Entity"}]
    return others[0] if others else node.group


def _key(node_group: str, node_id: str) -> str:
    """Node keys: entity ids as they are, articles and claims prefixed by their group."""
    return node_id if node_group == "Entity" else f"{node_group.lower()}:{node_id}"


def to_networkx(dump: GraphDump, schema: Schema, provenance: bool = False) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(name="stratgraph")
    groups = {"Entity", "Article", "Claim"} if provenance else {"Entity"}
    for node in dump.nodes:
        if node.group not in groups:
            continue
        attrs = {
            k: _attr(v) for k, v in node.props.items()
            if v is not None and k not in {"search_text", "id"}
        }
        name = node.props.get("name") or node.props.get("title") or node.props.get("predicate") or node.id
        attrs.update(type=_node_type(node), label=str(name), stratgraph_id=node.id)
        graph.add_node(_key(node.group, node.id), **attrs)
    for number, rel in enumerate(dump.rels):
        start, end = _key(rel.start_group, rel.start), _key(rel.end_group, rel.end)
        if start not in graph or end not in graph:
            continue
        attrs = {k: _attr(v) for k, v in rel.props.items() if v is not None}
        relation = schema.relations.get(rel.type)
        # `type` and `id` mean something else to GEXF (edge direction, edge id): avoid them
        attrs.update(
            relation=rel.type,
            label=rel.type,
            influence=bool(relation and relation.influence),
            weight=float(rel.props.get("claims") or 1),
        )
        graph.add_edge(start, end, key=f"e{number}", **attrs)
    return graph


def _add_viz(graph: nx.MultiDiGraph) -> None:
    """Gephi's colour and size for each node, and influence scores as an attribute."""
    style = get_style()
    edges = [
        (s, t, float(d.get("weight", 1.0)))
        for s, t, d in graph.edges(data=True)
        if d.get("influence")
    ]
    scores = influence_scores(edges, [n for n, d in graph.nodes(data=True) if d.get("type") != "Claim"])
    top = max(scores.values(), default=0.0) or 1.0
    for node, data in graph.nodes(data=True):
        color = style.for_type(str(data.get("type"))).color.lstrip("#")
        score = scores.get(node, 0.0)
        data["influence_score"] = score
        data["viz"] = {
            "color": {"r": int(color[0:2], 16), "g": int(color[2:4], 16), "b": int(color[4:6], 16), "a": 1.0},
            "size": 5.0 + 25.0 * (score / top) ** 0.5,
        }


def write_graphml(dump: GraphDump, schema: Schema, path: Path, provenance: bool = False) -> nx.MultiDiGraph:
    graph = to_networkx(dump, schema, provenance)
    nx.write_graphml(graph, path, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return graph


def write_gexf(dump: GraphDump, schema: Schema, path: Path, provenance: bool = False) -> nx.MultiDiGraph:
    graph = to_networkx(dump, schema, provenance)
    _add_viz(graph)
    nx.write_gexf(graph, path, encoding="utf-8", prettyprint=True, version="1.2draft")
    return graph
