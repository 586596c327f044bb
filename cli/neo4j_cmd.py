"""`stratgraph neo4j install|start|stop|status|env`: the local Neo4j server's lifecycle.

Messages for people go to stderr; stdout carries only results (`status`, `env`), so
`eval "$(stratgraph neo4j env)"` and pipes stay clean. When NEO4J_URI names the user's own
server, start and stop do nothing and say so; status and env describe that server.
"""

from __future__ import annotations

import json
import time
from typing import Any

import typer

from stratgraph.graph.server import (
    LocalNeo4j,
    Neo4jConnection,
    Neo4jServerError,
    format_env,
    resolve_connection,
    uses_external_server,
)

neo4j_app = typer.Typer(
    help="Provision and run a local Neo4j Community 5.26 (from Maven Central), or report the "
    "server NEO4J_URI names.",
    no_args_is_help=True,
)


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _settings() -> Any:
    from stratgraph.settings import get_settings

    return get_settings()


def _fail(exc: Exception) -> typer.Exit:
    _err(f"error: {exc}")
    return typer.Exit(code=1)


@neo4j_app.command()
def install() -> None:
    """Fetch Neo4j's jars with Maven (first time only), write neo4j.conf, set a password."""
    settings = _settings()
    local = LocalNeo4j.from_settings(settings)
    if uses_external_server(settings, local):
        _err(f"note: NEO4J_URI={settings.neo4j_uri} is set, so stratgraph will use that server; "
             "installing the local one anyway.")
    started = time.monotonic()
    try:
        local.install()
    except Neo4jServerError as exc:
        raise _fail(exc) from None
    _err(f"Neo4j {local.installed_version()} installed in {local.neo4j_home} "
         f"({time.monotonic() - started:.1f} s). Next: stratgraph neo4j start")


@neo4j_app.command()
def start(
    timeout: float = typer.Option(
        None, help="Seconds to wait for Bolt (default: NEO4J_START_TIMEOUT, 120)."
    ),
) -> None:
    """Start the local server (installing it if needed) and wait until Bolt answers."""
    settings = _settings()
    local = LocalNeo4j.from_settings(settings)
    if uses_external_server(settings, local):
        _err(f"NEO4J_URI={settings.neo4j_uri} is set: using your server, not starting one.")
        return
    was_running = local.pid() is not None
    started = time.monotonic()
    try:
        local.start(timeout=settings.neo4j_start_timeout if timeout is None else timeout)
    except Neo4jServerError as exc:
        raise _fail(exc) from None
    status = local.status()
    verb = "already running" if was_running else f"up in {time.monotonic() - started:.1f} s"
    _err(f"Neo4j {status['version']} {verb}: {status['uri']} (pid {status['pid']})")
    if status.get("browser_url"):
        _err(f"Browser: {status['browser_url']}")
    _err('Connect: eval "$(stratgraph neo4j env)"')


@neo4j_app.command()
def stop() -> None:
    """Stop the local server cleanly (no-op when it is not running)."""
    settings = _settings()
    local = LocalNeo4j.from_settings(settings)
    if uses_external_server(settings, local):
        _err(f"NEO4J_URI={settings.neo4j_uri} is set: that is your server, leaving it alone.")
        return
    if local.pid() is None:
        _err("Neo4j is not running.")
        return
    try:
        local.stop()
    except Neo4jServerError as exc:
        raise _fail(exc) from None
    _err("Neo4j stopped.")


def _external_status(connection: Neo4jConnection) -> dict[str, Any]:
    """Ask the user's server for its version; `up` is whether a login and query worked."""
    info: dict[str, Any] = {"mode": "external", "uri": connection.uri, "up": False,
                            "state": "down", "version": None, "edition": None}
    try:
        with connection.driver(connection_timeout=5.0) as driver:
            records, _, _ = driver.execute_query(
                "CALL dbms.components() YIELD versions, edition "
                "RETURN versions[0] AS version, edition"
            )
        info.update(up=True, state="up", version=records[0]["version"],
                    edition=records[0]["edition"])
    except Exception as exc:  # noqa: BLE001 - report any failure as "down, because ..."
        info["error"] = f"{type(exc).__name__}: {exc}"
    return info


@neo4j_app.command()
def status(
    as_json: bool = typer.Option(False, "--json", help="Print the status as JSON."),
) -> None:
    """Say whether the server is up, its version and ports. Exit code 0 when up, 3 when down."""
    settings = _settings()
    local = LocalNeo4j.from_settings(settings)
    if uses_external_server(settings, local):
        info = _external_status(resolve_connection(settings))
    else:
        info = local.status()
    if as_json:
        typer.echo(json.dumps(info, indent=2))
    elif info["mode"] == "external":
        line = f"Neo4j (your server, NEO4J_URI) {info['state']}: {info['uri']}"
        if info["up"]:
            line += f", version {info['version']} {info['edition']}"
        typer.echo(line)
        if "error" in info:
            typer.echo(f"  {info['error']}")
    else:
        typer.echo(f"Neo4j (local) {info['state']}: version {info['version'] or 'not installed'}"
                   f" {info['edition']}, bolt {info['bolt_port']}, http {info['http_port']}"
                   + (f", pid {info['pid']}" if info["pid"] else ""))
        typer.echo(f"  uri {info['uri']}  home {info['home']}")
        if info["up"] and info.get("browser_url"):
            typer.echo(f"  browser {info['browser_url']}")
    raise typer.Exit(code=0 if info["up"] else 3)


@neo4j_app.command()
def env(
    export: bool = typer.Option(
        True, "--export/--no-export", help="Prefix each line with `export` (default)."
    ),
) -> None:
    """Print NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD lines for `eval "$(stratgraph neo4j env)"`."""
    try:
        connection = resolve_connection(_settings())
    except Neo4jServerError as exc:
        raise _fail(exc) from None
    typer.echo(format_env(connection, export=export), nl=False)


def register(app: typer.Typer) -> None:
    """Add the `neo4j` command group to the stratgraph app."""
    app.add_typer(neo4j_app, name="neo4j")
