"""The FastAPI application: `create_app()` wires settings, Neo4j, the registry and the areas.

    uvicorn --factory stratgraph.api.app:create_app     (or `stratgraph serve`)

The registry is loaded here, so a bad query file stops start-up. Neo4j is *not* contacted at
start-up: the API starts (and answers 503 with a clear message) while Neo4j is down, and
recovers by itself when it comes back.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI
from neo4j import AsyncDriver, Driver

from stratgraph.api.deps import Neo4jProvider, Runner
from stratgraph.api.errors import install_error_handlers
from stratgraph.api.routers import mount_routers
from stratgraph.queries.registry import Registry, get_registry
from stratgraph.settings import Settings, get_settings

DESCRIPTION = """
A knowledge graph of AI lab strategy: cited facts from news articles, in Neo4j.

* **Curated queries** (`/queries`): each documented below with its parameters; add
  `?format=csv` for CSV.
* **Your own Cypher** (`POST /cypher`): read-only, time-limited, row-capped.
* Every answer has one shape: `{ok, columns, rows, row_count, truncated}` on success,
  `{ok: false, status, code, error, detail?}` on failure.
"""


def create_app(
    settings: Settings | None = None,
    *,
    registry: Registry | None = None,
    driver: Driver | None = None,
    driver_factory: Callable[[], Driver] | None = None,
    async_driver_factory: Callable[[], AsyncDriver] | None = None,
) -> FastAPI:
    """Build the app. By default both drivers come from the settings (`graph.db`); tests may
    pass a ready sync `driver` (not closed by the app) or factories."""
    settings = settings or get_settings()
    registry = registry or get_registry()
    factory = (lambda: driver) if driver is not None else driver_factory
    provider = Neo4jProvider(settings, factory, async_driver_factory)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if driver is not None:
            provider._driver = None  # the caller's driver: the caller closes it
        await provider.aclose()

    app = FastAPI(
        title="stratgraph",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.registry = registry
    app.state.neo4j = provider
    app.state.runner = Runner(provider, settings)
    install_error_handlers(app)
    app.state.areas = mount_routers(app)
    return app
