"""`GET /diagrams/influence` on a real Neo4j holding the diagram fixture."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from stratgraph.api.app import create_app

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_diagram_neo4j import load_fixture  # noqa: E402

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def client(neo4j_driver: Driver, api_settings: Any) -> Iterator[TestClient]:
    load_fixture(neo4j_driver)
    with TestClient(create_app(api_settings, driver=neo4j_driver)) as test_client:
        yield test_client


@pytest.mark.parametrize(("fmt", "media", "magic"), [
    ("svg", "image/svg+xml", b"<?xml"),
    ("png", "image/png", b"\x89PNG\r\n\x1a\n"),
    ("dot", "text/vnd.graphviz", b"digraph influence {"),
    ("mermaid", "text/plain", b"%% Influence diagram: OpenAI"),
    ("html", "text/html", b"<!DOCTYPE html>"),
])
def test_every_format(client: TestClient, fmt: str, media: str, magic: bytes) -> None:
    response = client.get("/diagrams/influence", params={"focus": "openia", "depth": 2, "format": fmt})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media)
    assert response.content.startswith(magic)


def test_svg_default_and_cited(client: TestClient) -> None:
    response = client.get("/diagrams/influence", params={"focus": "OpenAI"})
    root = ET.fromstring(response.content)
    titles = [g.find("{http://www.w3.org/2000/svg}title").text
              for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class", "").startswith("edge")]
    assert len(titles) == 11 and all("” — Fixture" in t for t in titles)


def test_json_format_lists_nodes_and_edges_with_citations(client: TestClient) -> None:
    body = client.get("/diagrams/influence", params={"focus": "org:openai", "format": "json",
                                                     "relations": "influence"}).json()
    assert body["ok"] is True and body["omitted"] == 0
    relations = {e["relation"] for e in body["edges"].values()}
    assert relations == {"LEADS", "INVESTS_IN", "SUPPORTS", "OPPOSES", "INFLUENCED", "CRITICIZED", "FOUNDED"}
    assert all(e["citations"] for e in body["edges"].values())


def test_unknown_focus_is_404_with_suggestions(client: TestClient) -> None:
    response = client.get("/diagrams/influence", params={"focus": "Microsfot"})
    assert response.status_code == 404
    body = response.json()
    assert body["ok"] is False and body["code"] == "not_found"
    assert body["detail"]["suggestions"] == ["Microsoft"]


@pytest.mark.parametrize(("params", "param"), [
    ({"focus": "OpenAI", "relations": "BOUGHT"}, "relations"),
    ({"focus": "OpenAI", "since": "last year"}, "since"),
    ({"focus": "OpenAI", "depth": 9}, "depth"),
    ({"focus": "OpenAI", "format": "gif"}, "format"),
])
def test_bad_parameters_are_422_in_the_envelope(client: TestClient, params: dict, param: str) -> None:
    response = client.get("/diagrams/influence", params=params)
    assert response.status_code == 422
    body = response.json()
    assert body["ok"] is False and body["code"] == "invalid_parameter"
    assert any(d["param"] == param for d in body["detail"])
