"""`run_read_only_async`: the same read-only path as `readonly.run_read_only`, on the async
driver, for the API (no thread per request: 32 concurrent clients share one event loop).

Same layers, same verdict cache, same errors; only the I/O is awaited.
"""

from __future__ import annotations

import time
from typing import Any

from neo4j import AsyncDriver
from neo4j.exceptions import Neo4jError

from stratgraph.queries import guard
from stratgraph.queries.errors import QueryRefused
from stratgraph.queries.readonly import TX_METADATA, VERDICTS, QueryResult, translate_error
from stratgraph.queries.values import to_plain


async def run_read_only_async(
    driver: AsyncDriver,
    text: str,
    params: dict[str, Any] | None = None,
    *,
    timeout: float,
    row_cap: int,
    database: str | None = None,
) -> QueryResult:
    """Run `text` read-only on the async driver; raise a `QueryError` subclass on refusal."""
    statement = guard.strip_statement(text)
    guard.check_text(statement)
    params = params or {}
    started = time.perf_counter()
    try:
        async with driver.session(
            database=database, default_access_mode="READ", notifications_min_severity="OFF"
        ) as session:
            tx = await session.begin_transaction(timeout=timeout, metadata=TX_METADATA)
            try:
                key = (database, statement)
                known, refusal = VERDICTS.get(key)
                if not known:
                    refusal = await _plan_verdict(tx, statement, params)
                    VERDICTS.put(key, refusal)
                if refusal is not None:
                    raise QueryRefused(refusal)
                result = await tx.run(statement, params)  # type: ignore[arg-type]
                columns = list(result.keys())
                rows: list[dict[str, Any]] = []
                truncated = False
                async for record in result:
                    if len(rows) >= row_cap:
                        truncated = True
                        break
                    rows.append({k: to_plain(v) for k, v in zip(columns, record.values())})
            finally:
                await tx.close()  # rolls back: nothing the transaction did is kept
    except Exception as exc:  # noqa: BLE001 - every failure becomes one QueryError
        raise translate_error(exc) from exc
    elapsed = (time.perf_counter() - started) * 1000
    return QueryResult(columns=columns, rows=rows, truncated=truncated, elapsed_ms=elapsed)


async def _plan_verdict(tx: Any, statement: str, params: dict[str, Any]) -> str | None:
    try:
        result = await tx.run("EXPLAIN " + statement, params)
        summary = await result.consume()
    except Neo4jError as exc:
        raise translate_error(exc) from exc
    try:
        guard.check_plan(summary.query_type, summary.plan)
    except QueryRefused as exc:
        return exc.message
    return None
