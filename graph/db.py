"""One way to get a Neo4j driver: the user's server when NEO4J_URI is set, else the local one."""

from __future__ import annotations

from neo4j import Driver, GraphDatabase

from stratgraph.settings import Settings, get_settings


def connection(settings: Settings | None = None) -> tuple[str, str, str]:
    """(uri, user, password) of the server every command should use."""
    from stratgraph.graph.server import resolve_connection

    return resolve_connection(settings or get_settings())


def connect(settings: Settings | None = None, **driver_options: object) -> Driver:
    """A driver for `connection()`; the caller closes it."""
    uri, user, password = connection(settings)
    return GraphDatabase.driver(uri, auth=(user, password), **driver_options)
