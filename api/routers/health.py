"""`GET /health`: is the API up, and can it reach Neo4j?"""

from __future__ import annotations

import time

from fastapi import APIRouter
from fastapi.responses import Response

from stratgraph.api.deps import RegistryDep, RunnerDep, SettingsDep
from stratgraph.api.errors import error_response
from stratgraph.api.render import FastJSON
from stratgraph.queries.errors import QueryError

router = APIRouter(tags=["health"])


@router.get("/health", summary="API and Neo4j reachability", response_class=FastJSON,
            responses={503: {"description": "Neo4j is not reachable (error envelope)."}})
async def health(runner: RunnerDep, registry: RegistryDep, settings: SettingsDep) -> Response:
    """200 with Neo4j's round-trip time when a read succeeds; 503 (envelope) otherwise."""
    started = time.perf_counter()
    try:
        await runner.run("RETURN 1 AS ok")
    except QueryError as exc:
        return error_response(503, "neo4j_unavailable", exc.message,
                              {"neo4j": {"reachable": False, "database": settings.neo4j_database}})
    latency = (time.perf_counter() - started) * 1000
    return FastJSON({
        "ok": True,
        "status": "ok",
        "neo4j": {"reachable": True, "database": settings.neo4j_database,
                  "latency_ms": round(latency, 2)},
        "queries": len(registry),
        "query_timeout_s": settings.query_timeout,
        "row_cap": settings.row_cap,
    })
