"""Typed dependencies: settings, the Neo4j driver, the query registry and the read-only runner.

Routes declare what they need as `Annotated[..., Depends(...)]` aliases (`SettingsDep`,
`RunnerDep`, ...); the objects live on `app.state`, put there by `create_app`, so tests swap
them by passing their own to `create_app` or through `app.dependency_overrides`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, Request
from neo4j import AsyncDriver, AsyncGraphDatabase, Driver

from stratgraph.queries import guard
from stratgraph.queries.errors import DatabaseUnavailable, QueryError
from stratgraph.queries.readonly import QueryResult, translate_error
from stratgraph.queries.readonly_async import run_read_only_async
from stratgraph.queries.registry import CuratedQuery, Registry
from stratgraph.settings import Settings

# Fail fast when Neo4j is away: a refused, silent or frozen server must not hold a request
# for the driver's defaults (30 s to connect, 60 s to acquire, which covers the Bolt
# handshake); 1.5 s to get a working connection keeps a 503 under 2 seconds.
DRIVER_OPTIONS: dict[str, Any] = {
    "connection_timeout": 1.0,
    "connection_acquisition_timeout": 1.5,
    "max_transaction_retry_time": 0.0,
    "keep_alive": True,
}
# A failure this quick is a stale pooled connection (Neo4j restarted): worth one retry.
FAST_FAILURE_S = 0.25


class Neo4jProvider:
    """Creates the drivers on first use and keeps them; Neo4j being down is not fatal.

    The async driver serves the read routes; the sync one (`driver()`) serves code written
    for it (the loader behind POST /articles, diagram builders). Driver objects reconnect by
    themselves when the server comes back, so the API recovers without a restart. If even
    creating one fails (no credentials yet for the local server), the next request retries.
    """

    def __init__(
        self,
        settings: Settings,
        factory: Callable[[], Driver] | None = None,
        async_factory: Callable[[], AsyncDriver] | None = None,
    ) -> None:
        self._settings = settings
        self._factory = factory or self._default_factory
        self._async_factory = async_factory or self._default_async_factory
        self._driver: Driver | None = None
        self._async_driver: AsyncDriver | None = None
        self._lock = threading.Lock()

    def _default_factory(self) -> Driver:
        from stratgraph.graph.db import connect

        return connect(self._settings, **DRIVER_OPTIONS)

    def _default_async_factory(self) -> AsyncDriver:
        from stratgraph.graph.db import connection

        uri, user, password = connection(self._settings)
        return AsyncGraphDatabase.driver(uri, auth=(user, password), **DRIVER_OPTIONS)

    def _create(self, factory: Callable[[], Any]) -> Any:
        try:
            return factory()
        except Exception as exc:  # noqa: BLE001 - any setup failure means "unavailable"
            raise DatabaseUnavailable(
                f"Neo4j is not reachable: cannot set up the connection ({exc})"
            ) from exc

    def driver(self) -> Driver:
        """The sync driver (created on first call)."""
        if self._driver is None:
            with self._lock:
                if self._driver is None:
                    self._driver = self._create(self._factory)
        return self._driver

    def async_driver(self) -> AsyncDriver:
        """The async driver (created on first call, inside the app's event loop)."""
        if self._async_driver is None:
            self._async_driver = self._create(self._async_factory)
        return self._async_driver

    async def aclose(self) -> None:
        if self._async_driver is not None:
            await self._async_driver.close()
            self._async_driver = None
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._driver is not None:
                self._driver.close()
                self._driver = None


class Runner:
    """Runs Cypher read-only with the settings' timeout, row cap and database."""

    def __init__(self, provider: Neo4jProvider, settings: Settings) -> None:
        self.provider = provider
        self.settings = settings

    async def run(self, text: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Read-only run; one retry when the connection broke at once (stale after a restart)."""
        guard.check_text(guard.strip_statement(text))  # refuse before touching Neo4j at all
        for attempt in (1, 2):
            started = time.monotonic()
            try:
                return await run_read_only_async(
                    self.provider.async_driver(),
                    text,
                    params,
                    timeout=self.settings.query_timeout,
                    row_cap=self.settings.row_cap,
                    database=self.settings.neo4j_database,
                )
            except DatabaseUnavailable:
                if attempt == 2 or time.monotonic() - started > FAST_FAILURE_S:
                    raise
            except QueryError:
                raise
            except Exception as exc:  # noqa: BLE001
                raise translate_error(exc) from exc
        raise AssertionError("unreachable")

    async def run_curated(self, query: CuratedQuery, given: dict[str, Any]) -> QueryResult:
        """Validate `given` against the query's declared parameters, then run it."""
        return await self.run(query.cypher, query.bind(given))


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_registry(request: Request) -> Registry:
    return request.app.state.registry


def get_runner(request: Request) -> Runner:
    return request.app.state.runner


def get_provider(request: Request) -> Neo4jProvider:
    return request.app.state.neo4j


SettingsDep = Annotated[Settings, Depends(get_settings)]
RegistryDep = Annotated[Registry, Depends(get_registry)]
RunnerDep = Annotated[Runner, Depends(get_runner)]
ProviderDep = Annotated[Neo4jProvider, Depends(get_provider)]
