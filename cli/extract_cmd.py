"""`stratgraph extract PATH...`: articles in, JSON Lines (the extraction contract) out.

stdout carries only contract lines; every warning, per-article error and the progress bar go
to stderr, so the output pipes straight into `stratgraph load` or a file.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from stratgraph.ingest.batch import extract_parallel
from stratgraph.cli.inputs import SkipLog, read_records


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    paths: Annotated[list[str], typer.Argument(
        help="Article files (.txt .md .html .json .jsonl), directories, URLs, or - for stdin.")],
    output_format: Annotated[str, typer.Option(
        "--format", help="Output format; only jsonl (the extraction contract).")] = "jsonl",
    workers: Annotated[int, typer.Option(
        help="Processes for large batches (0 = one per core).")] = 0,
    progress: Annotated[bool, typer.Option(
        help="Progress bar on stderr (drawn only when stderr is a terminal).")] = True,
) -> None:
    """Extract entities and cited facts from articles as JSON Lines on stdout."""
    if output_format != "jsonl":
        typer.echo(f"error: unsupported format {output_format!r} (only jsonl)", err=True)
        raise typer.Exit(2)
    errors = SkipLog()
    good = read_records(paths, errors)
    read_errors = len(errors)
    out = sys.stdout
    for line in extract_parallel(good, on_error=errors, workers=workers, progress=progress):
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    out.flush()
    processed = len(good) - (len(errors) - read_errors)
    if processed <= 0:
        typer.echo(f"error: no article could be processed ({len(errors)} skipped)", err=True)
        raise typer.Exit(1)
    if errors:
        typer.echo(f"{processed} article(s) extracted, {len(errors)} skipped", err=True)
