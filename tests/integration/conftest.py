"""Fixtures for the curated queries, the API and the read-only guard against a real Neo4j.

`fixture_graph` empties the test database and loads `tests/data/curated_graph.jsonl` through
the real loader, once per test module (other modules may empty the database between ours).
`fingerprint` hashes every node and relationship with all properties: equal fingerprints
before and after a hostile query prove that nothing was written.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from stratgraph.graph.load_input import parse_lines
from stratgraph.graph.loader import LoadReport, load_batches
from stratgraph.graph.schema import get_schema
from stratgraph.settings import Settings

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "curated_graph.jsonl"


def load_fixture_graph(driver: Driver) -> LoadReport:
    """Empty the database, then load the fixture file through the loader."""
    with driver.session() as session:  # relationships first: hubs of a big graph stay cheap
        for statement in (
            "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
            "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS",
        ):
            session.run(statement).consume()
    with FIXTURE.open("rb") as handle:
        parsed = parse_lines([(FIXTURE.name, handle)], get_schema())
    assert not parsed.rejections, [str(r) for r in parsed.rejections]
    return load_batches(driver, parsed.articles, get_schema())


def graph_fingerprint(driver: Driver) -> str:
    """SHA-256 of every node (labels, properties) and relationship (type, ends, properties).

    Element ids are left out of the node part on purpose: they are internal. Relationships
    are described by their end nodes' stable `id` (or, for nodes without one, their sorted
    properties), so the dump is canonical whatever the storage order.
    """
    with driver.session() as session:
        nodes = session.run(
            "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
        ).data()
        rels = session.run(
            "MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(a) AS a, properties(b) AS b, "
            "properties(r) AS props"
        ).data()
        schema = session.run("SHOW INDEXES YIELD name, type, labelsOrTypes, properties").data()
        constraints = session.run("SHOW CONSTRAINTS YIELD name").data()

    def canon(value: Any) -> str:
        return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)

    parts = sorted(canon({"labels": sorted(n["labels"]), "props": n["props"]}) for n in nodes)
    parts += sorted(canon(r) for r in rels)
    parts += sorted(canon(s) for s in schema) + sorted(canon(c) for c in constraints)
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


@pytest.fixture(scope="module")
def fixture_graph(neo4j_driver: Driver) -> LoadReport:
    return load_fixture_graph(neo4j_driver)


@pytest.fixture(scope="module")
def fingerprint(neo4j_driver: Driver) -> Callable[[], str]:
    """Call it to hash the whole graph now."""
    return lambda: graph_fingerprint(neo4j_driver)


def make_settings(connection: Any, **overrides: Any) -> Settings:
    """Settings pointing at the test server, independent of the developer's environment."""
    values: dict[str, Any] = {
        "neo4j_uri": connection.uri,
        "neo4j_user": connection.user,
        "neo4j_password": connection.password,
        "neo4j_database": "neo4j",
        "query_timeout": 5.0,
        "row_cap": 1000,
        "stratgraph_api_key": None,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture(scope="module")
def settings_for(neo4j_connection: Any) -> Callable[..., Settings]:
    """`settings_for(query_timeout=1.0, ...)`: test-server settings with some overrides."""
    return lambda **overrides: make_settings(neo4j_connection, **overrides)


@pytest.fixture(scope="module")
def api_settings(neo4j_connection: Any) -> Settings:
    return make_settings(neo4j_connection)


@pytest.fixture(scope="module")
def client(api_settings: Settings, neo4j_driver: Driver, fixture_graph: LoadReport) -> Iterator[TestClient]:
    """The app on the shared test driver, over the fixture graph."""
    from stratgraph.api.app import create_app

    app = create_app(api_settings, driver=neo4j_driver)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
