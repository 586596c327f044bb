"""Influence diagrams read from a real Neo4j loaded with tests/data/diagram_fixture.jsonl."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from neo4j import Driver

from stratgraph.graph.diagram import FocusNotFound, influence_graph, render_graph
from stratgraph.graph.load_input import parse_lines
from stratgraph.graph.loader import load_batches
from stratgraph.graph.schema import get_schema

pytestmark = pytest.mark.neo4j

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "diagram_fixture.jsonl"
SVG = "{http://www.w3.org/2000/svg}"
DEPTH1 = {
    "org:openai", "person:sam-altman", "org:microsoft", "model:gpt-oss-120b",
    "position:open-weights", "org:deepseek", "person:elon-musk", "product:chatgpt",
    "person:ilya-sutskever",
}


def load_fixture(driver: Driver) -> None:
    """Empty the database and load the diagram fixture (5 articles, 16 claims)."""
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    with FIXTURE.open("rb") as stream:
        parsed = parse_lines([(str(FIXTURE), stream)], get_schema())
    assert not parsed.rejections
    load_batches(driver, parsed.articles, get_schema())


@pytest.fixture(scope="module")
def driver(neo4j_driver: Driver) -> Driver:
    load_fixture(neo4j_driver)
    return neo4j_driver


@pytest.mark.parametrize("text", ["OpenAI", "openia", "OPEN AI", "Ópenai", "org:openai"])
def test_focus_resolves_any_spelling(driver: Driver, text: str) -> None:
    graph = influence_graph(driver, text)
    assert graph.graph["focus"] == "org:openai" and graph.graph["focus_name"] == "OpenAI"


def test_unknown_focus_raises_with_suggestions(driver: Driver) -> None:
    with pytest.raises(FocusNotFound) as caught:
        influence_graph(driver, "Microsfot")
    assert "no entity matches 'Microsfot'" in str(caught.value)
    assert "Microsoft" in caught.value.suggestions


def test_depth_one_nodes_and_edges_match_the_fixture(driver: Driver) -> None:
    graph = influence_graph(driver, "OpenAI", depth=1)
    assert set(graph) == DEPTH1
    edges = {(s, k, o) for s, o, k in graph.edges(keys=True)}
    assert edges == {
        ("person:sam-altman", "LEADS", "org:openai"),
        ("org:microsoft", "INVESTS_IN", "org:openai"),
        ("org:openai", "RELEASED", "model:gpt-oss-120b"),
        ("org:openai", "SUPPORTS", "position:open-weights"),
        ("org:openai", "OPPOSES", "position:open-weights"),
        ("org:openai", "DEVELOPS", "product:chatgpt"),
        ("org:deepseek", "INFLUENCED", "org:openai"),
        ("org:deepseek", "COMPETES_WITH", "org:openai"),
        ("person:elon-musk", "CRITICIZED", "org:openai"),
        ("person:elon-musk", "FOUNDED", "org:openai"),
        ("person:ilya-sutskever", "LEFT", "org:openai"),
    }
    invest = graph.edges["org:microsoft", "org:openai", "INVESTS_IN"]
    assert invest["count"] == 2
    assert {c["title"] for c in invest["citations"]} == {"Fixture: Microsoft adds to its OpenAI stake"}
    assert all(c["url"] == "https://news.fixture.test/microsoft-stake" for c in invest["citations"])


def test_depth_two_adds_second_hop_only(driver: Driver) -> None:
    graph = influence_graph(driver, "OpenAI", depth=2)
    assert set(graph) == DEPTH1 | {"org:xai", "org:ssi", "model:deepseek-r1"}


def test_window_and_relation_filters(driver: Driver) -> None:
    recent = influence_graph(driver, "OpenAI", since="2025-01-01")
    assert {k for _, _, k in recent.edges(keys=True)} == {
        "RELEASED", "SUPPORTS", "DEVELOPS", "INFLUENCED", "COMPETES_WITH"}
    old = influence_graph(driver, "OpenAI", until="2019-12")
    assert old.edges["org:microsoft", "org:openai", "INVESTS_IN"]["count"] == 1
    influence = influence_graph(driver, "OpenAI", relations=["influence"])
    assert all(d["influence"] for _, _, d in influence.edges(data=True))
    assert "model:gpt-oss-120b" not in influence


def test_scores_come_from_the_whole_graph(driver: Driver) -> None:
    graph = influence_graph(driver, "OpenAI", depth=2)
    scores = {n: d["score"] for n, d in graph.nodes(data=True)}
    # Musk acts on OpenAI (founded, criticized) and founded xAI: he outranks xAI, which acts on none
    assert scores["person:elon-musk"] > scores["org:xai"]
    assert graph.nodes["model:gpt-oss-120b"]["size"] == 0.0


def test_focus_without_claims_in_window_still_drawn(driver: Driver) -> None:
    graph = influence_graph(driver, "OpenAI", since="2030")
    assert set(graph) == {"org:openai"}
    assert render_graph(graph, "svg").startswith(b"<?xml")


def test_openai_svg_has_six_or_more_nodes_with_cited_edges(driver: Driver) -> None:
    graph = influence_graph(driver, "OpenAI", depth=2)
    root = ET.fromstring(render_graph(graph, "svg"))
    nodes = [g for g in root.iter(f"{SVG}g") if g.get("class", "").startswith("node")]
    edges = [g for g in root.iter(f"{SVG}g") if g.get("class", "").startswith("edge")]
    assert len(nodes) >= 6
    assert len(edges) == graph.number_of_edges()
    for edge in edges:
        tip = edge.find(f"{SVG}title").text
        assert "“" in tip and "” — Fixture" in tip  # a quoted sentence and its article title


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "stratgraph", *args], capture_output=True,
                          text=True, timeout=120, check=False)


def test_cli_writes_every_format(driver: Driver, neo4j_connection: object, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    uri, user, password = neo4j_connection  # type: ignore[misc]
    monkeypatch.setenv("NEO4J_URI", uri)
    monkeypatch.setenv("NEO4J_USER", user)
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    for fmt in ("svg", "png", "dot", "mermaid", "html"):
        out = tmp_path / f"openai.{fmt}"
        done = run_cli("diagram", "--focus", "openai", "--depth", "2", "--format", fmt, "-o", str(out))
        assert done.returncode == 0, done.stderr
        assert "12 nodes, 14 edges" in done.stderr
        assert out.stat().st_size > 500
    missing = run_cli("diagram", "--focus", "Nobody At All", "-o", str(tmp_path / "x.svg"))
    assert missing.returncode == 1 and "no entity matches 'Nobody At All'" in missing.stderr
    assert not (tmp_path / "x.svg").exists()
