"""The list of CLI areas; each module's `register(app)` adds its commands.

One line per area: adding an area never touches another area's module.
"""

from __future__ import annotations

from collections.abc import Callable

import typer

from stratgraph.cli import graph_cmd
from stratgraph.cli import ingest_cmd
from stratgraph.cli import diagram_cmd
from stratgraph.cli import export_cmd
from stratgraph.cli import extract_cmd
from stratgraph.cli import neo4j_cmd
from stratgraph.cli import query_cmd
from stratgraph.cli import serve_cmd

REGISTRARS: list[Callable[[typer.Typer], None]] = [
    graph_cmd.register,
    ingest_cmd.register,
    diagram_cmd.register,
    export_cmd.register,
    extract_cmd.register,
    neo4j_cmd.register,
    query_cmd.register,
    serve_cmd.register,
]
