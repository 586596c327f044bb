"""The `stratgraph` command: one Typer app, one sub-module per area.

Each area module exposes `register(app)`; keeping them apart lets the areas grow without
touching each other.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="stratgraph",
    help="A knowledge graph of AI lab strategy: extract cited facts from articles, load them "
    "into Neo4j, query them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_all() -> None:
    """Import every area module and let it add its commands."""
    from stratgraph.cli import areas

    for register in areas.REGISTRARS:
        register(app)


def main() -> None:
    """Console-script entry point."""
    _register_all()
    app()
