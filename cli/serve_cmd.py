"""`stratgraph serve`: the HTTP API with uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer


def serve(
    host: Annotated[str, typer.Option(help="Interface to bind; 127.0.0.1 keeps it local.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
    reload: Annotated[bool, typer.Option(help="Reload on code changes (development).")] = False,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the API (curated queries, entities, facts, /cypher, /docs) with uvicorn.

    Starts even when Neo4j is down: requests then answer 503 until it is back."""
    import uvicorn

    uvicorn.run(
        "stratgraph.api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        reload=reload,
        log_level=log_level,
    )


def register(app: typer.Typer) -> None:
    app.command()(serve)
