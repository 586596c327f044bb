"""Errors of the local Neo4j server, each worded to say what the user can do about it."""

from __future__ import annotations


class Neo4jServerError(RuntimeError):
    """Base class: anything that stops provisioning or running the local server."""


class JavaNotFoundError(Neo4jServerError):
    """No usable Java 17+ runtime (Neo4j 5.26 runs on Java 17 or 21)."""


class MavenError(Neo4jServerError):
    """Maven is missing or could not fetch the Neo4j jars from Maven Central."""


class NotInstalledError(Neo4jServerError):
    """The local server has not been installed yet (no jars or no password)."""


class StartError(Neo4jServerError):
    """The server did not answer on Bolt in time, or exited during start-up."""
