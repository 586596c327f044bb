"""Why a query did not answer, as exception classes that each face (HTTP, CLI) maps once.

Each class carries a stable machine-readable `code`; the API turns codes into HTTP statuses in
one table (`api/errors.py`), so the queries layer never speaks HTTP.
"""

from __future__ import annotations

from typing import Any


class QueryError(Exception):
    """Base: a query could not be answered; `message` is meant for the person who asked."""

    code = "query_error"

    def __init__(self, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class QueryRefused(QueryError):
    """The guard refused the query: it could write, reach outside the graph, or administer."""

    code = "read_only"


class QueryTimeout(QueryError):
    """Neo4j cut the query off after the configured transaction timeout."""

    code = "timeout"


class QueryFailed(QueryError):
    """Neo4j rejected the query itself (syntax, types, missing parameter...)."""

    code = "cypher_error"


class DatabaseUnavailable(QueryError):
    """Neo4j cannot be reached (down, restarting, wrong address or credentials)."""

    code = "neo4j_unavailable"
