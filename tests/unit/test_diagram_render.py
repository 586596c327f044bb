"""Rendering: SVG/PNG through Graphviz, Mermaid, the self-contained HTML page.

Needs the `dot` binary (scripts/setup_system.sh installs Debian's graphviz).
"""

from __future__ import annotations

import json
import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from stratgraph.graph.diagram import GraphvizMissing, render_graph
from stratgraph.graph.diagram.build import ClaimRow, EntityRow, build_graph, influence_scores, prune
from stratgraph.graph.diagram.offline import claims_from_jsonl, neighbourhood
from stratgraph.graph.schema import get_schema

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "diagram_fixture.jsonl"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    schema = get_schema()
    claims = claims_from_jsonl(str(FIXTURE), schema)
    scores = influence_scores(
        [(c.subject.id, c.object.id, 1.0) for c in claims if schema.relations[c.predicate].influence]
    )
    built = build_graph(neighbourhood(claims, "org:openai", schema, depth=2), schema, "org:openai", scores)
    built.graph["focus_name"] = "OpenAI"
    return built


def svg_groups(svg: bytes, kind: str) -> dict[str, ET.Element]:
    """`g.node` or `g.edge` groups by their DOT name (entity ids, `a->b` for edges)."""
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return {
        g.get("data-name"): g
        for g in root.iter(f"{SVG}g")
        if (g.get("class") or "").split()[:1] == [kind]
    }


def test_svg_is_xml_with_every_node_and_cited_edge(graph: nx.MultiDiGraph) -> None:
    svg = render_graph(graph, "svg")
    nodes = svg_groups(svg, "node")
    assert set(nodes) == set(graph)
    assert "focus" in nodes["org:openai"].get("class", "")
    edges = [g for g in ET.fromstring(svg).iter(f"{SVG}g") if (g.get("class") or "").startswith("edge")]
    assert len(edges) == graph.number_of_edges()
    by_title = {g.find(f"{SVG}title").text for g in edges}
    for source, target, key, data in graph.edges(keys=True, data=True):
        expected = [t for t in by_title if t.startswith(
            f"{graph.nodes[source]['name']} {key} {graph.nodes[target]['name']} ·")]
        assert len(expected) == 1, (source, key, target)
        for cite in data["citations"]:
            assert cite["sentence"] in expected[0] and cite["title"] in expected[0]


def test_svg_edge_classes_mark_relation_and_influence(graph: nx.MultiDiGraph) -> None:
    edges = svg_groups(render_graph(graph, "svg"), "edge")
    assert edges["org:deepseek->org:openai"].get("class") in {
        "edge INFLUENCED influence", "edge COMPETES_WITH"}
    classes = {g.get("class") for g in edges.values()}
    assert "edge RELEASED" in classes and "edge LEADS influence" in classes


def test_png_has_png_signature(graph: nx.MultiDiGraph) -> None:
    png = render_graph(graph, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


def test_dot_lists_every_edge_with_label(graph: nx.MultiDiGraph) -> None:
    dot = render_graph(graph, "dot").decode()
    assert dot.startswith("digraph influence {")
    assert '"org:microsoft" -> "org:openai"' in dot
    assert 'label="INVESTS_IN ×2\\n2019 – 2023-01-23"' in dot


# --- Mermaid: a strict parser for the flowchart subset we emit -------------------------------
_NODE = re.compile(r'^    (n\d+)(\[/|\(\[|\{\{|\(\(|\[|\(|\{)"([^"\n]*)"(/\]|\]\)|\}\}|\)\)|\]|\)|\})$')
_EDGE = re.compile(r'^    (n\d+) (-->|==>|-\.->|<-->|<==>|<-\.->)\|"([^"\n]*)"\| (n\d+)$')
_CLASSDEF = re.compile(r"^    classDef \w+ [\w:#,.%-]+$")
_CLASS = re.compile(r"^    class n\d+(,n\d+)* \w+$")
_PAIRS = {"[": "]", "(": ")", "([": "])", "{{": "}}", "((": "))", "{": "}", "[/": "/]"}


def parse_mermaid(text: str) -> tuple[dict[str, str], list[tuple[str, str, str, str]]]:
    """(nodes id -> label, edges (src, arrow, label, dst)); raises on any unknown line."""
    lines = text.splitlines()
    body = [line for line in lines if not line.startswith("%%")]
    assert body[0] == "flowchart LR", body[0]
    nodes: dict[str, str] = {}
    edges = []
    for line in body[1:]:
        if m := _NODE.match(line):
            assert _PAIRS[m.group(2)] == m.group(4), line
            nodes[m.group(1)] = m.group(3)
        elif m := _EDGE.match(line):
            assert m.group(1) in nodes and m.group(4) in nodes, line
            edges.append((m.group(1), m.group(2), m.group(3), m.group(4)))
        else:
            assert _CLASSDEF.match(line) or _CLASS.match(line), f"not a flowchart line: {line!r}"
    return nodes, edges


def test_mermaid_parses_as_flowchart_with_expected_edges(graph: nx.MultiDiGraph) -> None:
    text = render_graph(graph, "mermaid").decode()
    nodes, edges = parse_mermaid(text)
    assert sorted(nodes.values()) == sorted(d["name"] for _, d in graph.nodes(data=True))
    named = {(nodes[s], label.split()[0], nodes[t], arrow) for s, arrow, label, t in edges}
    assert ("Microsoft", "INVESTS_IN", "OpenAI", "-->") in named
    assert ("OpenAI", "RELEASED", "gpt-oss-120b", "-.->") in named  # not influence: dotted
    assert ("DeepSeek", "COMPETES_WITH", "OpenAI", "<-.->") in named  # symmetric
    assert len(edges) == graph.number_of_edges()
    assert "%% edge" in text and "Microsoft said it would invest billions more in OpenAI." in text


def test_html_is_self_contained_and_carries_the_data(graph: nx.MultiDiGraph) -> None:
    page = render_graph(graph, "html").decode()
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=|@import|url\(\s*['\"]?https?:", page)
    assert "<svg" in page and "sgDiagram" in page
    raw = re.search(r"<script type=\"application/json\" data-sg-data>(.*?)</script>", page, re.S)
    assert raw is not None
    data = json.loads(raw.group(1))
    assert {n["entity"] for n in data["nodes"].values()} == set(graph)
    assert len(data["edges"]) == graph.number_of_edges()
    cited = [e for e in data["edges"].values() if e["relation"] == "INVESTS_IN"][0]
    assert len(cited["citations"]) == 2


def test_hostile_text_survives_dot_svg_and_html() -> None:
    schema = get_schema()
    odd = EntityRow("org:odd", 'Evil "Corp" \\ <b>&amp; Ünïcode', "Organization")
    other = EntityRow("org:x", "X", "Organization")
    sentence = 'He said "no" \\n to <script>alert(1)</script> & left.\nSecond line'
    claim = ClaimRow("c1", "ACQUIRED", odd, other, sentence, "2024", 0.7, "rule", "art",
                     "Title </script><!-- x")
    graph = build_graph([claim], schema, "org:odd")
    svg = render_graph(graph, "svg")
    nodes = svg_groups(svg, "node")
    texts = ["".join(t.itertext()) for t in nodes["org:odd"].iter(f"{SVG}text")]
    assert 'Evil "Corp" \\ <b>&amp;' in " ".join(texts)
    edge = next(iter(svg_groups(svg, "edge").values()))
    assert 'He said "no" \\n to <script>alert(1)</script> & left. Second line' in \
        edge.find(f"{SVG}title").text.replace("\n", " ")
    page = render_graph(graph, "html").decode()
    assert "<script>alert(1)</script>" not in page
    assert page.count("</script>") == 2  # the data block and the code block, nothing injected
    nodes_m, _ = parse_mermaid(render_graph(graph, "mermaid").decode())
    assert len(nodes_m) == 2


def _big_graph(n_nodes: int = 70, n_claims: int = 140, seed: int = 7) -> nx.MultiDiGraph:
    schema = get_schema()
    rnd = random.Random(seed)
    kinds = [("Organization", "org"), ("Person", "person"), ("Model", "model"),
             ("Product", "product"), ("PolicyPosition", "position")]
    ents = [EntityRow("org:hub", "Hub Lab", "Organization")]
    for i in range(n_nodes):
        label, prefix = rnd.choice(kinds)
        name = f"{label} number {i} with a long name" if i % 5 == 0 else f"{label[:3]} {i}"
        ents.append(EntityRow(f"{prefix}:e{i}", name, label))
    claims = []
    for i in range(n_claims):
        s, o = rnd.sample(ents, 2)
        if i < 50:
            s, o = (ents[0], o) if i % 2 else (s, ents[0])
        fits = [r.type for r in schema.relations.values() if r.allows(s.type, o.type)]
        if fits and s.id != o.id:
            claims.append(ClaimRow(f"c{i}", rnd.choice(fits), s, o, f"Sentence {i}.",
                                   f"202{rnd.randint(0, 5)}-0{rnd.randint(1, 9)}", 0.8, "x", f"a{i % 9}"))
    scores = influence_scores([(c.subject.id, c.object.id, 1.0) for c in claims
                               if schema.relations[c.predicate].influence])
    return prune(build_graph(claims, schema, "org:hub", scores), 60)


def _boxes(svg: bytes) -> dict[str, tuple[float, float, float, float]]:
    """Bounding box of each node's outline (ellipse or polygon points)."""
    boxes = {}
    for name, group in svg_groups(svg, "node").items():
        xs: list[float] = []
        ys: list[float] = []
        for shape in group.iter():
            if shape.tag == f"{SVG}ellipse":
                cx, cy, rx, ry = (float(shape.get(k)) for k in ("cx", "cy", "rx", "ry"))
                xs += [cx - rx, cx + rx]
                ys += [cy - ry, cy + ry]
            elif shape.tag in {f"{SVG}polygon", f"{SVG}polyline"}:
                for point in shape.get("points").split():
                    x, y = point.split(",")
                    xs.append(float(x))
                    ys.append(float(y))
        boxes[name] = (min(xs), min(ys), max(xs), max(ys))
    return boxes


def test_sixty_nodes_render_without_overlapping_nodes() -> None:
    graph = _big_graph()
    assert graph.number_of_nodes() == 60
    svg = render_graph(graph, "svg")
    boxes = list(_boxes(svg).items())
    assert len(boxes) == 60
    for i, (a, (ax0, ay0, ax1, ay1)) in enumerate(boxes):
        for b, (bx0, by0, bx1, by1) in boxes[i + 1:]:
            overlap = min(ax1, bx1) - max(ax0, bx0) > 0.5 and min(ay1, by1) - max(ay0, by0) > 0.5
            assert not overlap, f"{a} overlaps {b}"
    # the legend names every type present and says what size and width mean
    text = " ".join(ET.fromstring(svg).itertext())
    assert "node size: influence score" in text and "policy position" in text


def test_missing_graphviz_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, graph: nx.MultiDiGraph) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(GraphvizMissing, match="setup_system.sh"):
        render_graph(graph, "svg")
    assert render_graph(graph, "mermaid").startswith(b"%% Influence diagram: OpenAI")
