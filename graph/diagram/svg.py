"""Post-processing of Graphviz SVG so tooltips show everywhere.

Graphviz writes a node's or edge's `tooltip` as `xlink:title` on an inner `<a>`, but each
group also has a `<title>` child holding the DOT name (`org:openai->model:x`), and browsers
show the nearest `<title>`: the citation would be hidden behind an id. We copy the tooltip
into that `<title>`, so hovering shows the citation in any SVG viewer, inline or standalone.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)


def with_tooltips(svg: bytes | str) -> str:
    """The SVG text with each node/edge `<title>` set to its tooltip; no XML prolog."""
    raw = svg.encode("utf-8") if isinstance(svg, str) else svg
    root = ET.fromstring(raw)
    for group in root.iter(f"{{{SVG_NS}}}g"):
        classes = (group.get("class") or "").split()
        if not classes or classes[0] not in {"node", "edge"}:
            continue
        title = group.find(f"{{{SVG_NS}}}title")
        link = group.find(f".//{{{SVG_NS}}}a")
        tip = link.get(f"{{{XLINK_NS}}}title") if link is not None else None
        if title is not None and tip:
            # keep the DOT name (entity ids) for scripts and tests, show the tooltip to people
            group.set("data-name", title.text or "")
            title.text = tip
    return ET.tostring(root, encoding="unicode")
