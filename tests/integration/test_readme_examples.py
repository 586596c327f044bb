"""The README's example Cypher runs: every query of its ```cypher block, through the read-only
guard, on the curated fixture graph, and returns rows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from neo4j import Driver

from stratgraph.queries.readonly import run_read_only

pytestmark = pytest.mark.neo4j

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_queries() -> list[str]:
    blocks = re.findall(r"```cypher\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert blocks, "the README has no ```cypher block"
    statements = []
    for block in blocks:
        code = "\n".join(line for line in block.splitlines() if not line.strip().startswith("//"))
        statements += [s.strip() for s in code.split(";") if s.strip()]
    return statements


def test_readme_has_five_examples() -> None:
    assert len(readme_queries()) >= 5


@pytest.mark.parametrize("number", range(5))
def test_readme_example_runs_read_only_and_answers(
    number: int, neo4j_driver: Driver, fixture_graph: object
) -> None:
    query = readme_queries()[number]
    result = run_read_only(neo4j_driver, query, {}, timeout=5.0, row_cap=100)
    assert result.rows, f"README example {number + 1} returned nothing:\n{query}"
