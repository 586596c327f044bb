"""Shared fixtures: a real Neo4j for tests marked `neo4j`, and nothing for the others.

Without NEO4J_URI the suite starts a dedicated, throw-away server: its own home in a temp
folder, the project's jars reused through a symlink (installed on first need), and two free
ports on 127.0.0.1, so several people can run the tests at once on one machine next to their
own `stratgraph neo4j start` on 7687. It is stopped and deleted at the end of the session.
With NEO4J_URI set, `neo4j_connection` uses that server instead (and `clean_db` empties it:
point it at a scratch database).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver

from stratgraph.graph.server import LocalNeo4j, Neo4jConnection, StartError, free_port
from stratgraph.settings import Settings
from stratgraph.graph.server.osutil import pid_alive

DB_FIXTURES = {"neo4j_connection", "neo4j_driver", "clean_db", "local_neo4j", "spare_neo4j"}
TEST_HOME_PREFIX = "stratgraph-neo4j-test-"
OWNER_FILE = "owner.pid"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that asks for the database is a `neo4j` test, marked or not.

    Keeps `pytest -m "not neo4j"` free of any server even when a marker was forgotten.
    """
    for item in items:
        if DB_FIXTURES.intersection(getattr(item, "fixturenames", ())) and not item.get_closest_marker("neo4j"):
            item.add_marker(pytest.mark.neo4j)


def _shared_lib() -> Path:
    """The jars of the project's own local server (`.stratgraph/neo4j/lib` by default)."""
    return LocalNeo4j.from_settings(Settings()).lib_dir


def _reap_orphans() -> None:
    """Stop and delete test servers whose pytest process died without cleaning up."""
    for home in Path(tempfile.gettempdir()).glob(TEST_HOME_PREFIX + "*"):
        try:
            owner = int((home / OWNER_FILE).read_text().strip())
        except (OSError, ValueError):
            continue
        if pid_alive(owner):
            continue
        with contextlib.suppress(Exception):
            LocalNeo4j(home, quiet=True).stop(timeout=30)
        shutil.rmtree(home, ignore_errors=True)


class ThrowawayServer:
    """A LocalNeo4j in a fresh temp home on free ports; `close()` stops and deletes it."""

    def __init__(self, heap: str = "512m", pagecache: str = "256m") -> None:
        self.heap = heap
        self.pagecache = pagecache
        self.home = Path(tempfile.mkdtemp(prefix=TEST_HOME_PREFIX))
        (self.home / OWNER_FILE).write_text(str(os.getpid()))
        try:
            self.server = self._start()
        except BaseException:
            self.close()
            raise

    def _start(self) -> LocalNeo4j:
        last: StartError | None = None
        for _attempt in range(3):
            bolt = free_port()
            http = free_port()
            while http == bolt:
                http = free_port()
            server = LocalNeo4j(self.home, bolt, http, self.heap, self.pagecache,
                                lib_dir=_shared_lib(), quiet=True)
            try:
                server.start(timeout=180)
                return server
            except StartError as exc:
                # Another process may have taken a port between free_port() and the bind.
                server.stop()
                last = exc
                if "already" not in str(exc) and "Address already in use" not in str(exc):
                    break
        assert last is not None
        raise last

    def close(self) -> None:
        server = getattr(self, "server", None)
        try:
            if server is not None:
                server.stop()
        finally:
            shutil.rmtree(self.home, ignore_errors=True)


@pytest.fixture(scope="session")
def local_neo4j() -> Iterator[LocalNeo4j]:
    """The dedicated test server, started once per session (ignores NEO4J_URI)."""
    _reap_orphans()
    instance = ThrowawayServer()
    try:
        yield instance.server
    finally:
        instance.close()


@pytest.fixture()
def spare_neo4j() -> Iterator[LocalNeo4j]:
    """A second, short-lived server for tests that stop it; stopped and deleted afterwards."""
    instance = ThrowawayServer(heap="256m", pagecache="64m")
    try:
        yield instance.server
    finally:
        instance.close()


@pytest.fixture(scope="session")
def neo4j_connection(request: pytest.FixtureRequest) -> Neo4jConnection:
    """(uri, user, password): the user's NEO4J_URI server if set, else the test server."""
    settings = Settings()
    if settings.neo4j_uri:
        return Neo4jConnection(settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password or "")
    server: LocalNeo4j = request.getfixturevalue("local_neo4j")
    return server.credentials()


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_connection: Neo4jConnection) -> Iterator[Driver]:
    """A neo4j.Driver on `neo4j_connection`, verified, closed at the end of the session."""
    driver = neo4j_connection.driver()
    driver.verify_connectivity()
    try:
        yield driver
    finally:
        driver.close()


@pytest.fixture()
def clean_db(neo4j_driver: Driver) -> None:
    """Delete every node and relationship of the default database before the test.

    Constraints and indexes stay: they are schema, created idempotently by the loader. One
    transaction is enough for test-sized graphs and works on any Neo4j 5 (no CALL syntax).
    """
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
