"""Smoke test of the benchmark's building blocks (the benchmark itself is not a test)."""

from __future__ import annotations

import asyncio
import io
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.api import QUERIES, Workload, drive, percentile  # noqa: E402
from bench.graphgen import contract_lines  # noqa: E402

from stratgraph.graph.load_input import parse_lines  # noqa: E402
from stratgraph.graph.schema import get_schema  # noqa: E402


def test_generated_lines_pass_the_contract_and_cover_the_schema() -> None:
    lines = list(contract_lines(400, seed=1))
    payload = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
    parsed = parse_lines([("bench", io.BytesIO(payload))], get_schema())
    assert not parsed.rejections, [str(r) for r in parsed.rejections[:3]]
    assert sum(len(a.facts) for a in parsed.articles) == 400
    predicates = {f.predicate for a in parsed.articles for f in a.facts}
    assert predicates == set(get_schema().relation_types)
    for article in parsed.articles:  # offsets point into the article text (sentences joined)
        text = " ".join(dict.fromkeys(f.evidence.sentence for f in article.facts))
        for fact in article.facts:
            assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.sentence


def test_percentiles() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0 and percentile(values, 99) == 99.0
    random.shuffle(values)
    assert percentile(values, 50) == 50.0


def test_drive_shares_requests_among_clients() -> None:
    workload = Workload({name: [{"id": "x"}] for name in QUERIES})
    calls: list[str] = []

    async def call(name: str, params: dict) -> bool:
        calls.append(name)
        ok = len(calls) % 10 != 0  # every tenth request "fails"
        await asyncio.sleep(0)
        return ok

    run = asyncio.run(drive(call, workload, clients=8, requests=100, interval_ms=0))
    assert len(calls) == 100 and run.errors == 10 and len(run.all) == 90
    assert set(run.latencies) <= set(QUERIES)
