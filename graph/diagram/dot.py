"""Graphviz rendering: DOT text from the influence graph, SVG and PNG through the `dot` binary.

Graphviz's `dot` layout never overlaps node or edge labels (labels become virtual nodes in the
layered layout), which is what keeps a 50-node diagram readable. Every edge and its label get
a `tooltip`, which Graphviz writes into the SVG as `xlink:title`: hovering an edge in any
browser shows its citations. Node and edge `class` attributes (entity type, relation type,
`influence`) let the HTML page filter them with CSS.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import textwrap
from typing import Any

import networkx as nx

from stratgraph.graph.diagram.style import Style, get_style

MAX_TOOLTIP_CITATIONS = 5
RENDER_TIMEOUT = 120.0


class GraphvizMissing(RuntimeError):
    """The Graphviz `dot` program is not installed."""


def quote(text: str) -> str:
    """A DOT double-quoted string (an escString: backslash sequences are doubled).

    Graphviz decodes HTML entities in every string (`&amp;` would print as `&`), so each `&`
    is written as `&amp;` and comes out as the text had it.
    """
    escaped = (
        text.replace("&", "&amp;")
        .replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\r", "")
        .replace("\n", "\\n")
    )
    return f'"{escaped}"'


def attrs(values: dict[str, Any]) -> str:
    """`[key="value", ...]`; HTML-like labels (`<...>`) are passed through unquoted."""
    parts = []
    for key, value in values.items():
        if value is None:
            continue
        if isinstance(value, str) and value.startswith("<<") and value.endswith(">>"):
            parts.append(f"{key}={value}")
        else:
            parts.append(f"{key}={quote(str(value))}")
    return "[" + ", ".join(parts) + "]"


def wrap(name: str, width: int = 22) -> str:
    """Long names on several lines so nodes stay compact."""
    return "\n".join(textwrap.wrap(name, width=width, break_long_words=False)) or name


def date_span(data: dict[str, Any]) -> str:
    first, last = data.get("first_seen"), data.get("last_seen")
    if not first:
        return "undated"
    return first if first == last or not last else f"{first} – {last}"


def edge_label(data: dict[str, Any]) -> str:
    """`RELATION (claims)` on the first line, its date or date span on the second."""
    count = data["count"]
    head = data["relation"] + (f" ×{count}" if count > 1 else "")
    return f"{head}\n{date_span(data)}"


def edge_tooltip(graph: nx.MultiDiGraph, source: str, target: str, data: dict[str, Any]) -> str:
    """The citations of an edge as plain text: sentence, article title, date."""
    nodes = graph.nodes
    articles = data["articles"]
    lines = [
        f"{nodes[source]['name']} {data['relation']} {nodes[target]['name']} · "
        f"{data['count']} claim{'s' * (data['count'] != 1)} in {articles} "
        f"article{'s' * (articles != 1)}"
    ]
    citations = data["citations"]
    for cite in citations[:MAX_TOOLTIP_CITATIONS]:
        when = f" ({cite['date']})" if cite.get("date") else ""
        lines.append(f"“{cite['sentence']}” — {cite['title']}{when}")
    if len(citations) > MAX_TOOLTIP_CITATIONS:
        lines.append(f"… and {len(citations) - MAX_TOOLTIP_CITATIONS} more")
    return "\n".join(lines)


def node_tooltip(node: str, data: dict[str, Any]) -> str:
    lines = [f"{data['name']} ({data['type']})", node, f"influence score {data.get('score', 0.0):.4f}"]
    aliases = [a for a in data.get("aliases") or [] if a != data["name"]]
    if aliases:
        lines.append("also: " + ", ".join(aliases[:8]))
    if data.get("wikidata"):
        lines.append(f"Wikidata {data['wikidata']}")
    return "\n".join(lines)


def legend(graph: nx.MultiDiGraph, style: Style, title: str) -> str:
    """An HTML-like table used as the graph label: title, one cell per type present, key."""
    types = sorted({data["type"] for _, data in graph.nodes(data=True)})
    cells = "".join(
        f'<td bgcolor="{style.for_type(t).color}" border="1">&nbsp;{html.escape(style.for_type(t).legend)}'
        f" ({html.escape(style.for_type(t).shape)})&nbsp;</td>"
        for t in types
    )
    key = (
        "node size: influence score (PageRank over influence-bearing relations) · "
        "edge width: number of claims · hover an edge for its citations"
    )
    omitted = graph.graph.get("omitted") or 0
    if omitted:
        key += f" · {omitted} more nodes left out (raise --max-nodes)"
    span = max(len(types), 1)
    return (
        '<<table border="0" cellspacing="4" cellpadding="2">'
        f'<tr><td colspan="{span}"><font point-size="18"><b>{html.escape(title)}</b></font></td></tr>'
        f"<tr>{cells or '<td></td>'}</tr>"
        f'<tr><td colspan="{span}"><font point-size="10">{html.escape(key)}</font></td></tr>'
        "</table>>"
    )


def node_ids(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Stable DOM-safe ids (`n0`, `n1`, ...) by sorted entity id."""
    return {node: f"n{i}" for i, node in enumerate(sorted(graph))}


def edge_ids(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], str]:
    keys = sorted(graph.edges(keys=True))
    return {key: f"e{i}" for i, key in enumerate(keys)}


def to_dot(graph: nx.MultiDiGraph, title: str, style: Style | None = None) -> str:
    """The whole diagram as DOT text (deterministic: sorted nodes and edges)."""
    style = style or get_style()
    focus = graph.graph.get("focus")
    font = style.fontname
    lines = [
        "digraph influence {",
        "  " + "graph " + attrs(
            {
                "rankdir": "LR",
                "newrank": "true",
                "nodesep": "0.25",
                "ranksep": "0.9",
                "fontname": font,
                "bgcolor": "white",
                "labelloc": "t",
                "label": legend(graph, style, title),
                "pad": "0.3",
                "outputorder": "edgesfirst",
            }
        ),
        "  node " + attrs({"fontname": font, "style": "filled", "penwidth": "1", "color": "#444444"}),
        "  edge " + attrs({"fontname": font, "fontsize": "9", "arrowsize": "0.7"}),
    ]
    nids = node_ids(graph)
    for node in sorted(graph):
        data = graph.nodes[node]
        look = style.for_type(data["type"])
        size = data.get("size", 0.0)
        is_focus = node == focus
        lines.append(
            f"  {quote(node)} "
            + attrs(
                {
                    "id": nids[node],
                    "class": f"{data['type']}{' focus' if is_focus else ''}",
                    "label": wrap(data["name"]),
                    "shape": look.shape,
                    "fillcolor": look.color,
                    "fontsize": f"{10 + 12 * size:.1f}",
                    "margin": f"{0.08 + 0.12 * size:.2f},{0.04 + 0.06 * size:.2f}",
                    "penwidth": "3" if is_focus else None,
                    "tooltip": node_tooltip(node, data),
                }
            )
        )
    eids = edge_ids(graph)
    for source, target, key in sorted(graph.edges(keys=True)):
        data = graph.edges[source, target, key]
        tooltip = edge_tooltip(graph, source, target, data)
        color = style.edge_color(data["relation"], data["influence"])
        lines.append(
            f"  {quote(source)} -> {quote(target)} "
            + attrs(
                {
                    "id": eids[(source, target, key)],
                    "class": f"{data['relation']}{' influence' if data['influence'] else ''}",
                    "label": edge_label(data),
                    "color": color,
                    "fontcolor": color,
                    "penwidth": f"{min(1.0 + 1.2 * (data['count'] - 1), 7.0):.1f}",
                    "dir": "none" if data["symmetric"] else None,
                    "style": None if data["influence"] else "dashed",
                    "tooltip": tooltip,
                    "labeltooltip": tooltip,
                }
            )
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def dot_binary() -> str:
    found = shutil.which("dot")
    if not found:
        raise GraphvizMissing(
            "Graphviz `dot` is not installed: run scripts/setup_system.sh "
            "(or `apt-get install graphviz`)"
        )
    return found


def render(dot_text: str, fmt: str) -> bytes:
    """Run `dot -T<fmt>` on the text; `fmt` is `svg` or `png`."""
    if fmt not in {"svg", "png"}:
        raise ValueError(f"Graphviz format {fmt!r} is not supported here")
    args = [dot_binary(), f"-T{fmt}"]
    if fmt == "png":
        args.append("-Gdpi=110")
    done = subprocess.run(
        args, input=dot_text.encode("utf-8"), capture_output=True, timeout=RENDER_TIMEOUT, check=False
    )
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(f"dot failed ({done.returncode}): {message}")
    return done.stdout
