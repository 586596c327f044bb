"""Batch extraction on every core, order preserved.

Extraction is CPU-bound pure Python, so processes (not threads) share the work; chunks amortize
the pickling, and `imap` keeps the input order so output stays byte-identical to a serial run.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from typing import Any

from stratgraph.ingest.pipeline import extract_or_explain
from stratgraph.ingest.records import ErrorReport, Record

PARALLEL_FROM = 40
"""Below this many articles a second process costs more (start-up, model loading) than it saves."""
CHUNK = 4
"""Articles per task: small, so that the workers finish together (with 32, the last chunk left
one core idle for a second or two of a 20-second batch); the pickling it adds is negligible."""


def _warm() -> None:
    from stratgraph.ingest import language
    from stratgraph.ingest.kb import get_kb

    get_kb()
    language.detect("warm up the detector")


def extract_parallel(
    records: list[Record],
    on_error: Callable[[ErrorReport], None] | None = None,
    workers: int = 0,
    progress: bool = True,
) -> Iterator[dict[str, Any]]:
    """Contract lines for `records` in order; per-article failures go to `on_error`."""
    from stratgraph.cli.progress import progress_bar

    workers = workers or os.cpu_count() or 1
    if len(records) < PARALLEL_FROM:
        workers = 1
    with progress_bar("extracting", len(records)) if progress else _null() as advance:
        if workers == 1:
            results = map(extract_or_explain, records)
            yield from _emit(records, results, on_error, advance)
            return
        ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
        _warm()
        chunk = max(1, min(CHUNK, len(records) // (workers * 4) or 1))
        with ctx.Pool(workers) as pool:
            results = pool.imap(extract_or_explain, records, chunksize=chunk)
            yield from _emit(records, results, on_error, advance)


def _emit(records, results, on_error, advance) -> Iterator[dict[str, Any]]:
    for record, (lines, error) in zip(records, results):
        advance(1)
        if error is not None:
            if on_error is not None:
                on_error(ErrorReport(record.origin, error))
            continue
        yield from lines or ()


class _null:
    def __enter__(self):
        return lambda n: None

    def __exit__(self, *exc):
        return False
