"""On the bundled sample facts (not our fixture), every curated query answers 200 with its
example parameters, and `stratgraph serve` really serves the app."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from stratgraph.graph.load_input import parse_lines
from stratgraph.graph.loader import load_batches
from stratgraph.graph.schema import get_schema
from stratgraph.graph.server import free_port
from stratgraph.queries.registry import get_registry

pytestmark = pytest.mark.neo4j
SAMPLES = Path(__file__).resolve().parents[2] / "graph" / "samples" / "facts.jsonl"


@pytest.fixture(scope="module")
def sample_client(neo4j_driver: Driver, settings_for) -> Iterator[TestClient]:  # noqa: ANN001
    from stratgraph.api.app import create_app

    with neo4j_driver.session() as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    with SAMPLES.open("rb") as handle:
        parsed = parse_lines([(SAMPLES.name, handle)], get_schema())
    report = load_batches(neo4j_driver, parsed.articles, get_schema())
    assert report.claims > 0
    with TestClient(create_app(settings_for()), raise_server_exceptions=False) as client:
        yield client


@pytest.mark.parametrize("name", sorted(get_registry()))
def test_every_query_answers_200_on_the_samples(name: str, sample_client: TestClient) -> None:
    query = get_registry()[name]
    params = {p.name: str(p.example).lower() if isinstance(p.example, bool) else str(p.example)
              for p in query.params}
    response = sample_client.get(f"/queries/{name}", params=params)
    assert response.status_code == 200, response.json()
    assert response.json()["ok"] is True


def test_serve_command_serves_the_api(neo4j_connection: object) -> None:
    uri, user, password = neo4j_connection  # type: ignore[misc]
    port = free_port()
    env = {**os.environ, "NEO4J_URI": uri, "NEO4J_USER": user, "NEO4J_PASSWORD": password}
    process = subprocess.Popen(
        [sys.executable, "-m", "stratgraph", "serve", "--host", "127.0.0.1", "--port", str(port),
         "--log-level", "warning"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.HTTPError:
                assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
                assert time.monotonic() < deadline, "stratgraph serve did not answer within 60 s"
                time.sleep(0.3)
        assert response.status_code == 200 and response.json()["neo4j"]["reachable"] is True
        assert httpx.get(f"http://127.0.0.1:{port}/docs", timeout=5).status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=30)
