"""Which Neo4j to talk to: the user's own (NEO4J_URI) or the local server, and how to say so.

Every part of stratgraph that needs a database asks `resolve_connection()`; only the local
server's lifecycle commands ever start a process, and never when the user named a server.
"""

from __future__ import annotations

import shlex
from urllib.parse import urlsplit
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import neo4j

    from stratgraph.graph.server.local import LocalNeo4j

ENV_KEYS = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD")
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}


class Neo4jConnection(NamedTuple):
    """Where a Neo4j server answers and how to log in; unpacks as (uri, user, password)."""

    uri: str
    user: str
    password: str

    def driver(self, **config: Any) -> neo4j.Driver:
        """A Python driver for this connection (the caller closes it)."""
        from neo4j import GraphDatabase

        return GraphDatabase.driver(self.uri, auth=(self.user, self.password), **config)


def _settings(settings: Any) -> Any:
    if settings is None:
        from stratgraph.settings import get_settings

        return get_settings()
    return settings


def uses_external_server(settings: Any = None, local: LocalNeo4j | None = None) -> bool:
    """True when NEO4J_URI names a server that is not this project's local one.

    A NEO4J_URI exported from `stratgraph neo4j env` points at the local server itself; that
    case is *not* external, so start/stop keep working after `eval "$(stratgraph neo4j env)"`.
    """
    settings = _settings(settings)
    if not settings.neo4j_uri:
        return False
    if local is None:
        from stratgraph.graph.server.local import LocalNeo4j

        local = LocalNeo4j.from_settings(settings)
    return not owns_uri(local, settings.neo4j_uri, settings.neo4j_password)


def owns_uri(local: LocalNeo4j, uri: str, password: str | None = None) -> bool:
    """Whether `uri` (and password, if given) designates this project's local server."""
    if not local.password_file.is_file():
        return False
    parts = urlsplit(uri)
    if parts.scheme not in {"bolt", "neo4j"} or parts.hostname not in LOOPBACK_NAMES:
        return False
    if (parts.port or 7687) != local.running_ports()[0]:
        return False
    return password is None or password == local.password()


def resolve_connection(
    settings: Any = None, *, start: bool = False, timeout: float | None = None
) -> Neo4jConnection:
    """The user's NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD when NEO4J_URI is set, else the local
    server's credentials.

    With NEO4J_URI set nothing is ever started. Otherwise `start=True` starts the local
    server (installing it first if needed) and waits for Bolt; by default it only reads the
    credentials, raising NotInstalledError when there are none yet.
    """
    settings = _settings(settings)
    if settings.neo4j_uri:
        return Neo4jConnection(
            settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password or ""
        )
    from stratgraph.graph.server.local import LocalNeo4j

    local = LocalNeo4j.from_settings(settings)
    if start:
        local.start(timeout=settings.neo4j_start_timeout if timeout is None else timeout)
    return local.credentials()


def format_env(connection: Neo4jConnection, *, export: bool = True) -> str:
    """Shell lines that set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, quoted for `eval`.

    `export` makes them reach programs started from that shell (cypher-shell, python, the
    stratgraph CLI itself); NEO4J_USERNAME is added for cypher-shell, which reads that name.
    """
    prefix = "export " if export else ""
    values = {
        "NEO4J_URI": connection.uri,
        "NEO4J_USER": connection.user,
        "NEO4J_PASSWORD": connection.password,
        "NEO4J_USERNAME": connection.user,
    }
    return "".join(f"{prefix}{key}={shlex.quote(value)}\n" for key, value in values.items())


def parse_env(text: str) -> dict[str, str]:
    """Read back `format_env` output (either form) the way a POSIX shell would."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        words = shlex.split(line, comments=True)
        if words and words[0] == "export":
            words = words[1:]
        for word in words:
            key, sep, value = word.partition("=")
            if sep:
                values[key] = value
    return values
