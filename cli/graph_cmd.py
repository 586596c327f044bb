"""`stratgraph load` and `stratgraph stats`: put extraction output into Neo4j, count it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from stratgraph.cli.progress import progress_bar

err = Console(stderr=True, soft_wrap=True)


def load(
    files: Annotated[list[str], typer.Argument(help="JSON Lines files of the extraction contract; `-` reads stdin.")],
) -> None:
    """Load extraction output (entity and fact lines) into Neo4j, idempotently.

    A line that breaks the contract is reported as file:line with the reason, and nothing of
    its article is written; the other articles still load. Exits 1 if any line was rejected.
    """
    from stratgraph.graph.db import connect
    from stratgraph.graph.load_input import iter_streams, parse_lines
    from stratgraph.graph.loader import load_batches
    from stratgraph.graph.schema import get_schema

    for name in files:
        if name != "-" and not Path(name).is_file():
            err.print(f"[red]error:[/] {name}: no such file")
            raise typer.Exit(2)
    schema = get_schema()
    parsed = parse_lines(iter_streams(files, sys.stdin.buffer), schema)
    for rejection in parsed.rejections:
        err.print(f"rejected {rejection}", highlight=False, markup=False)
    with connect() as driver, progress_bar("loading articles", len(parsed.articles)) as advance:
        report = load_batches(driver, parsed.articles, schema, progress=advance)
    err.print(
        f"loaded {report.articles} articles, {report.entities} entity records, "
        f"{report.claims} claims; {len(parsed.rejections)} lines rejected",
        highlight=False,
    )
    if parsed.rejections:
        raise typer.Exit(1)


def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Counts of nodes by label and relationships by type."""
    from stratgraph.graph.db import connect
    from stratgraph.graph.stats import graph_stats

    with connect() as driver:
        counts = graph_stats(driver)
    if as_json:
        typer.echo(json.dumps(counts, indent=2))
        return
    console = Console()
    for title, key in (("Nodes by label", "labels"), ("Relationships by type", "relationships")):
        table = Table(title=title)
        table.add_column("name")
        table.add_column("count", justify="right")
        for name, count in counts[key].items():
            table.add_row(name, str(count))
        console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(load)
    app.command()(stats)
