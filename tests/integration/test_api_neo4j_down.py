"""Neo4j going away and coming back: 503 within 2 seconds, then recovery without a restart.

The app talks to the test server through a small TCP relay on its own port. Stopping the
relay (closing its listener and cutting every open connection) is, for the app, exactly Neo4j
dying; starting it again on the same port is Neo4j coming back. The shared test server itself
is never stopped. A "hung" mode accepts connections and never answers, like a frozen server.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from stratgraph.graph.server import free_port
from stratgraph.settings import Settings

pytestmark = pytest.mark.neo4j
LIMIT_S = 2.0


class Relay:
    """Forwards 127.0.0.1:port to the upstream Bolt address until stopped."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.port = free_port()
        self.hung = False
        self._listener: socket.socket | None = None
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        with self._lock:
            if self._listener is not None:
                try:  # on Linux only shutdown() wakes the thread blocked in accept()
                    self._listener.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                self._listener.close()
                self._listener = None
            for sock in self._sockets:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
            self._sockets.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            with self._lock:
                self._sockets.append(client)
            if self.hung:
                continue  # accept and never answer
            try:
                upstream = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._sockets.append(upstream)
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


@pytest.fixture()
def relay(neo4j_connection: object) -> Iterator[Relay]:
    host_port = neo4j_connection.uri.split("://", 1)[1]  # type: ignore[attr-defined]
    host, port = host_port.rsplit(":", 1)
    relay = Relay((host, int(port)))
    relay.start()
    try:
        yield relay
    finally:
        relay.stop()


def relayed_client(relay: Relay, settings_for: Callable[..., Settings]) -> TestClient:
    """The real app with its own driver (built from settings, as in production) via the relay."""
    from stratgraph.api.app import create_app

    settings = settings_for(neo4j_uri=f"bolt://127.0.0.1:{relay.port}")
    return TestClient(create_app(settings), raise_server_exceptions=False)


def timed(client: TestClient, method: str, url: str, **kwargs: object) -> tuple[int, dict, float]:
    started = time.monotonic()
    response = client.request(method, url, **kwargs)
    return response.status_code, response.json(), time.monotonic() - started


ROUTES = [
    ("GET", "/health", {}),
    ("GET", "/queries/entity_profile?id=org:openai", {}),
    ("GET", "/entities/org:openai", {}),
    ("POST", "/cypher", {"json": {"query": "MATCH (n:Person) RETURN count(n) AS n"}}),
]


def test_down_then_back_without_restart(relay: Relay, settings_for: Callable[..., Settings],
                                        fixture_graph: object) -> None:
    with relayed_client(relay, settings_for) as client:
        for method, url, kwargs in ROUTES:
            status, body, _ = timed(client, method, url, **kwargs)
            assert status == 200, (url, body)

        relay.stop()  # Neo4j "dies": listener closed, pooled connections cut
        for method, url, kwargs in ROUTES:
            status, body, elapsed = timed(client, method, url, **kwargs)
            assert status == 503, (url, body)
            assert body["ok"] is False and body["code"] == "neo4j_unavailable"
            assert "Neo4j" in body["error"] and "not reachable" in body["error"]
            assert elapsed < LIMIT_S, f"{url} took {elapsed:.2f}s to say 503"

        relay.start()  # Neo4j is back on the same address; the app is not restarted
        for method, url, kwargs in ROUTES:
            status, body, _ = timed(client, method, url, **kwargs)
            assert status == 200, (url, body)


def test_hung_server_answers_503_in_time(relay: Relay, settings_for: Callable[..., Settings]) -> None:
    relay.hung = True  # accepts TCP, never speaks Bolt: a frozen server
    with relayed_client(relay, settings_for) as client:
        status, body, elapsed = timed(client, "GET", "/health")
    assert status == 503 and body["code"] == "neo4j_unavailable"
    assert elapsed < LIMIT_S, f"took {elapsed:.2f}s"


def test_app_starts_while_neo4j_is_down_and_recovers(relay: Relay, settings_for: Callable[..., Settings],
                                                     fixture_graph: object) -> None:
    relay.stop()
    with relayed_client(relay, settings_for) as client:  # the app starts anyway
        status, body, elapsed = timed(client, "GET", "/queries/competitors?org=org:openai")
        assert status == 503 and elapsed < LIMIT_S
        assert client.get("/queries").status_code == 200  # the catalogue needs no database
        relay.start()
        status, body, _ = timed(client, "GET", "/queries/competitors?org=org:openai")
        assert status == 200 and body["row_count"] == 3
