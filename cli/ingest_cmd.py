"""`stratgraph ingest PATH...`: extract and load in one step.

The same as `stratgraph extract PATH... | stratgraph load -`, without the JSON round trip, with
progress bars for both halves and one summary at the end.
"""

from __future__ import annotations

from typing import Annotated

import typer

from stratgraph.cli.inputs import SkipLog, read_records
from stratgraph.cli.progress import progress_bar


def ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Article files (.txt .md .html .json .jsonl), directories, URLs, or - for stdin.")],
    workers: Annotated[int, typer.Option(help="Extraction processes (0 = one per core).")] = 0,
) -> None:
    """Extract cited facts from articles and load them into Neo4j (idempotently).

    Articles that cannot be read or extracted are reported on stderr and skipped; the command
    fails only when no article could be processed.
    """
    from stratgraph.graph.db import connect
    from stratgraph.graph.load_input import parse_rows
    from stratgraph.graph.loader import load_batches
    from stratgraph.graph.schema import get_schema
    from stratgraph.ingest.batch import extract_parallel

    skipped = SkipLog()
    records = read_records(paths, skipped)
    lines = list(extract_parallel(records, on_error=skipped, workers=workers))
    schema = get_schema()
    parsed = parse_rows(lines, "extraction", schema)
    for rejection in parsed.rejections:  # an extractor bug, not a user error: say so plainly
        typer.echo(f"warning: extraction produced an invalid line, {rejection}", err=True)
    if not parsed.articles:
        typer.echo(f"error: no article could be processed ({len(skipped)} skipped)", err=True)
        raise typer.Exit(1)
    with connect() as driver, progress_bar("loading", len(parsed.articles)) as advance:
        report = load_batches(driver, parsed.articles, schema, progress=advance)
    typer.echo(
        f"ingested {report.articles} articles: {report.claims} cited claims, "
        f"{report.entities} entity records; {len(skipped)} inputs skipped",
        err=True,
    )


def register(app: typer.Typer) -> None:
    app.command()(ingest)
