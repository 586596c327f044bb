"""`stratgraph queries`, `stratgraph query NAME`, `stratgraph cypher "..."`: the curated
catalogue and read-only Cypher from the shell, through the same guard as the API."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

err = Console(stderr=True)

FORMATS = ("table", "json", "csv")
ParamOption = Annotated[
    list[str] | None,
    typer.Option("--param", "-p", help="A parameter as name=value; repeat for several."),
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")]


def _pairs(values: list[str] | None, *, parse_json: bool) -> dict[str, Any]:
    """`name=value` pairs; with `parse_json`, values that are JSON (5, true, [..]) are typed."""
    params: dict[str, Any] = {}
    for item in values or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            err.print(f"[red]error:[/] --param {item!r}: expected name=value")
            raise typer.Exit(2)
        parsed: Any = value
        if parse_json:
            try:
                parsed = json.loads(value)
            except ValueError:
                parsed = value
        params[name.strip()] = parsed
    return params


def _print(result: Any, fmt: str) -> None:
    from stratgraph.api.render import to_csv
    from stratgraph.queries.values import cell_text

    if fmt == "json":
        typer.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    elif fmt == "csv":
        sys.stdout.write(to_csv(result))
    else:
        table = Table(show_lines=False)
        for column in result.columns:
            table.add_column(column, overflow="fold")
        for row in result.rows:
            table.add_row(*(cell_text(row.get(c)) for c in result.columns))
        Console().print(table)
        err.print(f"{len(result.rows)} rows{' (truncated at the row cap)' if result.truncated else ''}")


def _run(text: str, params: dict[str, Any], fmt: str) -> None:
    from stratgraph.graph.db import connect
    from stratgraph.queries.errors import QueryError
    from stratgraph.queries.readonly import run_read_only
    from stratgraph.settings import get_settings

    if fmt not in FORMATS:
        err.print(f"[red]error:[/] --format must be one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    settings = get_settings()
    try:
        with connect(settings, connection_timeout=2.0) as driver:
            result = run_read_only(driver, text, params, timeout=settings.query_timeout,
                                   row_cap=settings.row_cap, database=settings.neo4j_database)
    except QueryError as exc:
        err.print(f"[red]error ({exc.code}):[/] {exc.message}", highlight=False)
        raise typer.Exit(1) from exc
    except Exception as exc:  # noqa: BLE001 - e.g. no local server installed yet
        err.print(f"[red]error:[/] cannot reach Neo4j: {exc}", highlight=False)
        raise typer.Exit(1) from exc
    _print(result, fmt)


def queries(
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or markdown.")] = "table",
    tag: Annotated[str | None, typer.Option(help="Only queries with this tag.")] = None,
) -> None:
    """The catalogue of curated queries, with their parameters."""
    from stratgraph.queries.catalogue import catalogue_markdown
    from stratgraph.queries.registry import Registry, get_registry

    registry = get_registry()
    if tag:
        registry = Registry([q for q in registry.values() if tag in q.tags])
    if fmt == "markdown":
        sys.stdout.write(catalogue_markdown(registry))
    elif fmt == "json":
        typer.echo(json.dumps(registry.catalogue(), ensure_ascii=False, indent=2))
    elif fmt == "table":
        table = Table()
        for column in ("name", "title", "parameters", "tags"):
            table.add_column(column, overflow="fold")
        for q in registry.values():
            params = ", ".join(f"{p.name}{'' if p.required else '?'}: {p.type}" for p in q.params)
            table.add_row(q.name, q.title, params, ", ".join(q.tags))
        Console().print(table)
    else:
        err.print("[red]error:[/] --format must be table, json or markdown")
        raise typer.Exit(2)


def query(
    name: Annotated[str, typer.Argument(help="Curated query name (see `stratgraph queries`).")],
    param: ParamOption = None,
    fmt: FormatOption = "table",
) -> None:
    """Run a curated query: `stratgraph query stance_timeline --param actor=org:openai`."""
    from stratgraph.queries.params import ParamError
    from stratgraph.queries.registry import UnknownQuery, get_registry

    try:
        curated = get_registry()[name]
        values = curated.bind(_pairs(param, parse_json=False))
    except UnknownQuery as exc:
        err.print(f"[red]error:[/] {exc}; `stratgraph queries` lists them", highlight=False)
        raise typer.Exit(2) from exc
    except ParamError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    _run(curated.cypher, values, fmt)


def cypher(
    text: Annotated[str, typer.Argument(help="One Cypher read statement.")],
    param: ParamOption = None,
    fmt: FormatOption = "table",
) -> None:
    """Run your own read-only Cypher (same guard, time limit and row cap as POST /cypher).

    Parameter values are read as JSON when they parse (5, true, ["a"]), else as text."""
    _run(text, _pairs(param, parse_json=True), fmt)


def register(app: typer.Typer) -> None:
    app.command()(queries)
    app.command()(query)
    app.command()(cypher)
