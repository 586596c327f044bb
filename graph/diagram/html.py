"""A self-contained interactive HTML page: the Graphviz SVG, its data, inline CSS and JS.

Nothing is fetched when the page opens (no CDN, no fonts, no scripts from elsewhere), so a
diagram mailed as a file or opened offline still pans, zooms, filters and shows citations.
The page's data (nodes and edges keyed by SVG element id, with every citation) is embedded as
JSON; the script (`assets/diagram.js`) is plain JavaScript written for this project.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import networkx as nx

from stratgraph.graph.diagram.dot import edge_ids, node_ids
from stratgraph.graph.diagram.style import Style, get_style

ASSETS = Path(__file__).resolve().parent / "assets"


def asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def diagram_data(graph: nx.MultiDiGraph, title: str, style: Style | None = None) -> dict[str, Any]:
    """What the page's script needs, keyed by the SVG ids (`n0`, `e0`, ...)."""
    style = style or get_style()
    focus = graph.graph.get("focus")
    nids = node_ids(graph)
    nodes = {}
    for node, nid in nids.items():
        data = graph.nodes[node]
        nodes[nid] = {
            "entity": node,
            "name": data["name"],
            "type": data["type"],
            "aliases": [a for a in data.get("aliases") or [] if a != data["name"]],
            "wikidata": data.get("wikidata"),
            "score": data.get("score", 0.0),
            "distance": data.get("distance", -1),
            "focus": node == focus,
        }
    edges = {}
    for (source, target, key), eid in edge_ids(graph).items():
        data = graph.edges[source, target, key]
        edges[eid] = {
            "source": nids[source],
            "target": nids[target],
            "relation": data["relation"],
            "influence": data["influence"],
            "count": data["count"],
            "articles": data["articles"],
            "first_seen": data.get("first_seen"),
            "last_seen": data.get("last_seen"),
            "citations": data["citations"],
        }
    present_types = sorted({d["type"] for _, d in graph.nodes(data=True)})
    present_relations = sorted({d["relation"]: d["influence"] for _, _, d in graph.edges(data=True)}.items())
    return {
        "title": title,
        "focus": nids.get(focus) if focus else None,
        "nodes": nodes,
        "edges": edges,
        "types": [
            {"type": t, "legend": style.for_type(t).legend, "color": style.for_type(t).color}
            for t in present_types
        ],
        "relations": [
            {"relation": r, "influence": inf, "color": style.edge_color(r, inf)}
            for r, inf in present_relations
        ],
    }


def script_json(value: Any) -> str:
    """JSON safe inside a `<script>` element (no `</script>` or `<!--` can close it)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def to_html(graph: nx.MultiDiGraph, title: str, svg: str, summary: str = "") -> str:
    """The complete page; `svg` is the Graphviz SVG (with tooltips, see `svg.with_tooltips`)."""
    page = asset("page.html")
    replacements = {
        "@@CSS@@": asset("diagram.css"),
        "@@JS@@": asset("diagram.js"),
        "@@TITLE@@": html.escape(title),
        "@@SUMMARY@@": html.escape(summary),
        "@@DATA@@": script_json(diagram_data(graph, title)),
        "@@SVG@@": svg,
    }
    # one pass, so text inside the SVG or data can never be taken for a placeholder
    out = []
    rest = page
    while "@@" in rest:
        before, _, after = rest.partition("@@")
        name, _, rest = after.partition("@@")
        out.append(before)
        out.append(replacements[f"@@{name}@@"])
    out.append(rest)
    return "".join(out)
