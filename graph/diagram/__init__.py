"""Influence diagrams: a networkx graph built from Neo4j, drawn as SVG, PNG, DOT, Mermaid, HTML.

    graph = influence_graph(driver, "OpenAI", depth=2)
    svg_bytes = render_graph(graph, "svg")

`influence_graph` resolves the focus (id, name or alias, any case or accents), reads the
claims around it, builds one edge per (subject, relation, object) with every citation, sizes
nodes by an influence score (PageRank over influence-bearing relations of the whole graph)
and prunes to `max_nodes`. `render_graph` turns the graph into bytes of the chosen format.
The CLI (`stratgraph diagram`) and the API (`GET /diagrams/influence`) are thin faces on these.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from neo4j import Driver

from stratgraph.graph.diagram.build import build_graph, influence_scores, prune
from stratgraph.graph.diagram.dot import GraphvizMissing, render, to_dot
from stratgraph.graph.diagram.html import to_html
from stratgraph.graph.diagram.mermaid import to_mermaid
from stratgraph.graph.diagram.query import (
    Focus,
    FocusNotFound,
    influence_edges,
    neighbourhood_claims,
    resolve_focus,
)
from stratgraph.graph.diagram.svg import with_tooltips
from stratgraph.graph.schema import Schema, get_schema

FORMATS = ("svg", "png", "dot", "mermaid", "html")
MEDIA_TYPES = {
    "svg": "image/svg+xml",
    "png": "image/png",
    "dot": "text/vnd.graphviz; charset=utf-8",
    "mermaid": "text/plain; charset=utf-8",
    "html": "text/html; charset=utf-8",
}
DEFAULT_MAX_NODES = 60
INFLUENCE = "influence"

__all__ = [
    "FORMATS",
    "MEDIA_TYPES",
    "Focus",
    "FocusNotFound",
    "GraphvizMissing",
    "influence_graph",
    "render_graph",
    "relation_types",
    "title_of",
]


def relation_types(names: Iterable[str] | None, schema: Schema) -> list[str] | None:
    """Validate `--relations`; the word `influence` stands for every influence-bearing type."""
    if not names:
        return None
    chosen: set[str] = set()
    for raw in names:
        for name in raw.split(","):
            name = name.strip()
            if not name:
                continue
            if name.lower() == INFLUENCE:
                chosen.update(r.type for r in schema.relations.values() if r.influence)
            elif name.upper() in schema.relations:
                chosen.add(name.upper())
            else:
                known = ", ".join(schema.relation_types)
                raise ValueError(f"unknown relation type {name!r} (known: {known}, or 'influence')")
    return sorted(chosen)


def influence_graph(
    driver: Driver,
    focus: str,
    depth: int = 1,
    since: str | None = None,
    until: str | None = None,
    relations: Iterable[str] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    schema: Schema | None = None,
    database: str | None = None,
) -> nx.MultiDiGraph:
    """The diagram's graph around `focus`; raises `FocusNotFound` or `ValueError`."""
    schema = schema or get_schema()
    if depth < 1:
        raise ValueError("depth must be at least 1")
    if max_nodes < 2:
        raise ValueError("max_nodes must be at least 2")
    types = relation_types(relations, schema)
    found = resolve_focus(driver, focus, schema, database)
    claims = neighbourhood_claims(
        driver, found.id, schema, depth=depth, relations=types, since=since, until=until,
        database=database,
    )
    scores = influence_scores(influence_edges(driver, schema, database))
    graph = build_graph(claims, schema, found.id, scores)
    if found.id not in graph:  # an entity without claims in the window still gets its node
        graph.add_node(found.id, name=found.name, type=found.type, aliases=[], wikidata=None,
                       distance=0, score=scores.get(found.id, 0.0), size=1.0)
    graph = prune(graph, max_nodes)
    graph.graph.update(
        focus_name=found.name, depth=depth, since=since, until=until, relations=types
    )
    return graph


def title_of(graph: nx.MultiDiGraph) -> str:
    name = graph.graph.get("focus_name") or graph.graph.get("focus") or "graph"
    return f"Influence diagram: {name}"


def summary_of(graph: nx.MultiDiGraph) -> str:
    """One line saying what the diagram covers (depth, window, counts)."""
    parts = [f"depth {graph.graph.get('depth', 1)}"]
    since, until = graph.graph.get("since"), graph.graph.get("until")
    if since or until:
        parts.append(f"claims dated {since or '…'} to {until or '…'}")
    if graph.graph.get("relations"):
        parts.append("relations " + ", ".join(graph.graph["relations"]))
    parts.append(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    if graph.graph.get("omitted"):
        parts.append(f"{graph.graph['omitted']} nodes left out")
    return " · ".join(parts)


def render_graph(graph: nx.MultiDiGraph, fmt: str, title: str | None = None) -> bytes:
    """The diagram in `fmt` (one of FORMATS) as bytes."""
    title = title or title_of(graph)
    if fmt == "mermaid":
        return to_mermaid(graph, title).encode("utf-8")
    dot_text = to_dot(graph, title)
    if fmt == "dot":
        return dot_text.encode("utf-8")
    if fmt == "png":
        return render(dot_text, "png")
    svg = with_tooltips(render(dot_text, "svg"))
    if fmt == "svg":
        return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + svg + "\n").encode("utf-8")
    if fmt == "html":
        return to_html(graph, title, svg, summary_of(graph)).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
