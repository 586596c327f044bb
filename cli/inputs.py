"""Reading article inputs for the commands that extract (`extract`, `ingest`).

Both report each unreadable input on stderr the same way and go on with the others.
"""

from __future__ import annotations

from collections.abc import Iterable

import typer

from stratgraph.ingest.records import ErrorReport, Record, read_inputs


class SkipLog:
    """Collects per-article problems and tells the user about each as it happens."""

    def __init__(self) -> None:
        self.reports: list[ErrorReport] = []

    def __call__(self, report: ErrorReport) -> None:
        self.reports.append(report)
        typer.echo(f"warning: skipped {report}", err=True)

    def __len__(self) -> int:
        return len(self.reports)


def read_records(paths: Iterable[str], skipped: SkipLog) -> list[Record]:
    """Every readable article named by `paths`; the others go to `skipped`."""
    records: list[Record] = []
    for item in read_inputs(paths):
        if isinstance(item, ErrorReport):
            skipped(item)
        else:
            records.append(item)
    return records
