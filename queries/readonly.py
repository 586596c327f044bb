"""Running Cypher read-only, with a time limit and a row cap: the one path every query takes.

Curated queries, `POST /cypher`, `stratgraph query` and `stratgraph cypher` all call
`run_read_only`. It opens a READ transaction with the configured timeout, asks Neo4j for the
plan of the text (`EXPLAIN`, not executed) and lets `guard` judge it, then runs the text and
reads at most `row_cap + 1` rows to tell whether the answer was cut.

The plan verdict depends only on the text, so it is cached per text: a curated query pays for
its EXPLAIN once per process, not once per request.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver
from neo4j.exceptions import (
    AuthError,
    ClientError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from stratgraph.queries import guard
from stratgraph.queries.errors import (
    DatabaseUnavailable,
    QueryError,
    QueryFailed,
    QueryRefused,
    QueryTimeout,
)
from stratgraph.queries.values import to_plain

TX_METADATA = {"app": "stratgraph", "mode": "read-only"}


@dataclass
class QueryResult:
    """The success shape of every query: columns, rows (dicts in column order), truncated."""

    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = False
    elapsed_ms: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": True,
            "columns": self.columns,
            "rows": self.rows,
            "row_count": len(self.rows),
            "truncated": self.truncated,
            "elapsed_ms": round(self.elapsed_ms, 2),
            **self.extra,
        }


class _VerdictCache:
    """Bounded map text -> refusal message (None = allowed), safe across threads."""

    def __init__(self, size: int = 512) -> None:
        self._size = size
        self._items: OrderedDict[tuple[str | None, str], str | None] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str | None, str]) -> tuple[bool, str | None]:
        with self._lock:
            if key not in self._items:
                return False, None
            self._items.move_to_end(key)
            return True, self._items[key]

    def put(self, key: tuple[str | None, str], verdict: str | None) -> None:
        with self._lock:
            self._items[key] = verdict
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


VERDICTS = _VerdictCache()


def translate_error(exc: Exception) -> QueryError:
    """One place that turns driver and server errors into the query layer's errors."""
    if isinstance(exc, QueryError):
        return exc
    if isinstance(exc, AuthError):
        return DatabaseUnavailable(f"Neo4j refused the credentials: {exc.message}")
    if isinstance(exc, (ServiceUnavailable, SessionExpired, OSError)):
        return DatabaseUnavailable(
            "Neo4j is not reachable; start it (`stratgraph neo4j start`) or check NEO4J_URI. "
            f"({type(exc).__name__}: {exc})"
        )
    if isinstance(exc, Neo4jError):
        code = exc.code or ""
        message = exc.message or str(exc)
        if "TransactionTimedOut" in code or ("Terminated" in code and "timeout" in message.lower()):
            return QueryTimeout("the query ran longer than the time limit and was stopped")
        if code.endswith("AccessMode") or "ForbiddenDueToTransactionType" in code:
            return QueryRefused(f"Neo4j refused a write in a read-only transaction: {message}")
        if isinstance(exc, ClientError) and ".Security." not in code:
            return QueryFailed(message, detail={"neo4j_code": code})
        return DatabaseUnavailable(f"Neo4j could not answer: {message}", detail={"neo4j_code": code})
    if isinstance(exc, DriverError):
        return DatabaseUnavailable(f"Neo4j driver error: {exc}")
    return QueryFailed(f"the query failed: {exc}")


def run_read_only(
    driver: Driver,
    text: str,
    params: dict[str, Any] | None = None,
    *,
    timeout: float,
    row_cap: int,
    database: str | None = None,
) -> QueryResult:
    """Run `text` read-only; raise a `QueryError` subclass when refused or failing.

    `timeout` is seconds (Neo4j stops the transaction after it); `row_cap` is the most rows
    returned (`truncated` tells when more existed).
    """
    statement = guard.strip_statement(text)
    guard.check_text(statement)
    params = params or {}
    started = time.perf_counter()
    try:
        with driver.session(
            database=database, default_access_mode="READ", notifications_min_severity="OFF"
        ) as session:
            with session.begin_transaction(timeout=timeout, metadata=TX_METADATA) as tx:
                key = (database, statement)
                known, refusal = VERDICTS.get(key)
                if not known:
                    refusal = _plan_verdict(tx, statement, params)
                    VERDICTS.put(key, refusal)
                if refusal is not None:
                    raise QueryRefused(refusal)
                result = tx.run(statement, params)  # type: ignore[arg-type]
                columns = list(result.keys())
                rows: list[dict[str, Any]] = []
                truncated = False
                for record in result:
                    if len(rows) >= row_cap:
                        truncated = True
                        break
                    rows.append({key: to_plain(value) for key, value in zip(columns, record.values())})
                # leaving the block rolls the transaction back: nothing it did is kept
    except Exception as exc:  # noqa: BLE001 - every failure becomes one QueryError
        raise translate_error(exc) from exc
    elapsed = (time.perf_counter() - started) * 1000
    return QueryResult(columns=columns, rows=rows, truncated=truncated, elapsed_ms=elapsed)


def _plan_verdict(tx: Any, statement: str, params: dict[str, Any]) -> str | None:
    """None when Neo4j plans `statement` as an allowed read, else the refusal message."""
    try:
        summary = tx.run("EXPLAIN " + statement, params).consume()  # type: ignore[arg-type]
    except Neo4jError as exc:
        raise translate_error(exc) from exc
    try:
        guard.check_plan(summary.query_type, summary.plan)
    except QueryRefused as exc:
        return exc.message
    return None
