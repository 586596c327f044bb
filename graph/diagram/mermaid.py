"""Mermaid flowchart text, for pasting an influence diagram into Markdown (GitHub, GitLab...).

Mermaid has no per-edge tooltip, so each edge's citations follow as `%%` comments keyed by
the edge number: the file stays a valid flowchart and still carries its evidence. Node shapes
and colours follow the same style file as the Graphviz output.
"""

from __future__ import annotations

import re

import networkx as nx

from stratgraph.graph.diagram.dot import date_span, node_ids
from stratgraph.graph.diagram.style import Style, get_style

# Mermaid shape syntax: (open, close) around the quoted label.
SHAPES = {
    "rect": ("[", "]"),
    "round": ("(", ")"),
    "stadium": ("([", "])"),
    "hexagon": ("{{", "}}"),
    "rhombus": ("{", "}"),
    "circle": ("((", "))"),
    "parallelogram": ("[/", "/]"),
}
_UNSAFE = re.compile(r'["\n\r|<>#;`]')


def text(value: str) -> str:
    """Label text safe inside Mermaid quotes: quotes and pipes become entity codes."""
    codes = {'"': "#quot;", "|": "#124;", "<": "#lt;", ">": "#gt;", "#": "#35;", ";": "#59;", "`": "#96;"}
    return _UNSAFE.sub(lambda m: codes.get(m.group(0), " "), value)


def comment(value: str) -> str:
    """One-line comment text (Mermaid comments end at the line break)."""
    return " ".join(value.split())


def to_mermaid(graph: nx.MultiDiGraph, title: str, style: Style | None = None) -> str:
    style = style or get_style()
    focus = graph.graph.get("focus")
    ids = node_ids(graph)
    lines = [f"%% {comment(title)}", "flowchart LR"]
    for node in sorted(graph):
        data = graph.nodes[node]
        opening, closing = SHAPES[style.for_type(data["type"]).mermaid]
        lines.append(f'    {ids[node]}{opening}"{text(data["name"])}"{closing}')
    citations: list[str] = []
    for number, (source, target, key) in enumerate(sorted(graph.edges(keys=True))):
        data = graph.edges[source, target, key]
        label = text(f"{data['relation']} {date_span(data)}")
        if data["count"] > 1:
            label += f" ×{data['count']}"
        if data["symmetric"]:
            arrow = "<==>" if data["count"] > 2 else "<-->"
        else:
            arrow = "==>" if data["count"] > 2 else "-->"
        if not data["influence"]:
            arrow = "-.->" if not data["symmetric"] else "<-.->"
        lines.append(f'    {ids[source]} {arrow}|"{label}"| {ids[target]}')
        for cite in data["citations"]:
            when = f" ({cite['date']})" if cite.get("date") else ""
            citations.append(
                f"%% edge {number} {source} {key} {target}: "
                f"\"{comment(cite['sentence'])}\" — {comment(cite['title'])}{when}"
            )
    for label, look in sorted(style.types.items()):
        lines.append(f"    classDef {label} fill:{look.color},stroke:#444444,color:#000000")
    lines.append("    classDef focus stroke-width:3px")
    by_type: dict[str, list[str]] = {}
    for node in sorted(graph):
        by_type.setdefault(graph.nodes[node]["type"], []).append(ids[node])
    for label, members in sorted(by_type.items()):
        if label in style.types:
            lines.append(f"    class {','.join(members)} {label}")
    if focus in ids:
        lines.append(f"    class {ids[focus]} focus")
    lines.append("%% citations (one line per claim):")
    lines.extend(citations)
    return "\n".join(lines) + "\n"
