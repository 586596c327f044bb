"""`stratgraph export`: the graph as RDF, GraphML, GEXF or neo4j-admin CSV."""

from __future__ import annotations

import shlex
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

err = Console(stderr=True)


def export(
    fmt: Annotated[str, typer.Option("--format", "-F", help="turtle, trig, jsonld, graphml, gexf or csv.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write (a directory for csv).")],
    base: Annotated[str, typer.Option(help="Base IRI of the RDF resources and vocabulary.")] = "https://stratgraph.invalid/",
    provenance: Annotated[bool, typer.Option("--with-provenance", help="GraphML/GEXF: include articles and claims, not only entities.")] = False,
) -> None:
    """Export the whole graph for linked data (RDF), Gephi (GraphML/GEXF) or bulk import (CSV).

    RDF uses schema.org classes, PROV-O provenance and reified claims (TriG: one named graph
    per article); see graph/export/vocabulary.md. CSV follows `neo4j-admin database import`
    and comes with an import.sh holding the exact command.
    """
    from stratgraph.graph.db import connect
    from stratgraph.graph.export import FORMATS, export_dump, read_graph

    if fmt not in FORMATS:
        err.print(f"[red]error:[/] unknown format {fmt!r}; one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    if fmt == "csv" and output.exists() and not output.is_dir():
        err.print(f"[red]error:[/] {output} is a file; csv needs a directory")
        raise typer.Exit(2)
    started = time.perf_counter()
    with connect() as driver:
        dump = read_graph(driver)
    report = export_dump(dump, fmt, output, base=base, provenance=provenance)
    err.print(f"{report.summary()} in {time.perf_counter() - started:.2f} s", highlight=False)
    if report.csv is not None:
        command = " ".join(shlex.quote(a) for a in report.csv.import_args())
        err.print(f"import with: neo4j-admin {command}  (or sh {output / 'import.sh'})", highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(export)
