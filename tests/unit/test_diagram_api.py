"""The explorer's files and the diagram route's behaviour without a database."""

from __future__ import annotations

import re
import socket

from fastapi.testclient import TestClient
from neo4j import GraphDatabase

from stratgraph.api.app import create_app


def unreachable_client() -> TestClient:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return TestClient(create_app(driver_factory=lambda: GraphDatabase.driver(
        f"bolt://127.0.0.1:{port}", auth=("neo4j", "x"), connection_timeout=0.5,
        max_transaction_retry_time=0.0)))


def test_explorer_page_and_assets_are_served_without_neo4j() -> None:
    client = unreachable_client()
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'id="search-input"' in page.text
    # everything the page loads is local: no CDN, no external script or stylesheet
    for url in re.findall(r'(?:src|href)="([^"#]+)"', page.text):
        assert url.startswith("/"), url
        assert client.get(url).status_code == 200 if url.startswith("/static/") else True
    script = client.get("/static/app.js")
    assert script.status_code == 200 and "/diagrams/influence" in script.text
    assert "http://" not in script.text and "https://www.wikidata.org/wiki/" in script.text


def test_vocabulary_lists_labels_and_relations() -> None:
    body = unreachable_client().get("/diagrams/vocabulary").json()
    assert "Organization" in body["labels"] and "INFLUENCED" in body["influence"]
    assert "RELEASED" in body["relations"] and "RELEASED" not in body["influence"]


def test_diagram_with_neo4j_down_is_503_envelope() -> None:
    response = unreachable_client().get("/diagrams/influence", params={"focus": "OpenAI"})
    assert response.status_code == 503
    body = response.json()
    assert body["ok"] is False and body["code"] == "neo4j_unavailable"
