"""Provisioning and lifecycle of a local Neo4j Community 5.26 server built from Maven Central.

Public API:
    LocalNeo4j           install / start / stop / status / credentials of the local server
    resolve_connection   the user's NEO4J_URI server or the local one, as a Neo4jConnection
    Neo4jConnection      (uri, user, password) named tuple with a `.driver()` helper
    uses_external_server whether NEO4J_URI names someone else's server
    format_env           `export NEO4J_URI=...` lines for `eval`
"""

from stratgraph.graph.server.connection import (
    Neo4jConnection,
    format_env,
    parse_env,
    resolve_connection,
    uses_external_server,
)
from stratgraph.graph.server.errors import (
    JavaNotFoundError,
    MavenError,
    Neo4jServerError,
    NotInstalledError,
    StartError,
)
from stratgraph.graph.server.local import LocalNeo4j
from stratgraph.graph.server.osutil import free_port

__all__ = [
    "JavaNotFoundError",
    "LocalNeo4j",
    "MavenError",
    "Neo4jConnection",
    "Neo4jServerError",
    "NotInstalledError",
    "StartError",
    "format_env",
    "free_port",
    "parse_env",
    "resolve_connection",
    "uses_external_server",
]
