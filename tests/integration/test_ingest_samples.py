"""`stratgraph ingest` of the bundled sample corpus: a cited, idempotent graph."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from stratgraph.graph.stats import graph_stats
from stratgraph.ingest.records import Record, read_inputs

pytestmark = pytest.mark.neo4j

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "ingest" / "samples").glob("*.txt"))


def run_ingest(connection: Any, *paths: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEO4J_URI": connection.uri, "NEO4J_USER": connection.user,
           "NEO4J_PASSWORD": connection.password}
    return subprocess.run([sys.executable, "-m", "stratgraph", "ingest", *paths], env=env,
                          capture_output=True, text=True, timeout=600)


def test_sample_corpus_ingests_into_a_cited_graph(
    neo4j_driver: Driver, clean_db: None, neo4j_connection: Any
) -> None:
    assert len(SAMPLES) >= 12
    done = run_ingest(neo4j_connection, *map(str, SAMPLES))
    assert done.returncode == 0, done.stderr
    stats = graph_stats(neo4j_driver)
    assert stats["labels"]["Article"] == len(SAMPLES)
    assert stats["labels"]["Claim"] >= 3 * len(SAMPLES)

    texts = {r.id: r.text for r in read_inputs(SAMPLES) if isinstance(r, Record)}
    assert len(texts) == len(SAMPLES)
    rows = neo4j_driver.execute_query(
        """
        MATCH (s:Entity)-[r]->(o:Entity)
        CALL (s, r, o) {
          MATCH (c:Claim {predicate: type(r)})-[:FROM]->(a:Article)
          WHERE ((c)-[:SUBJECT]->(s) AND (c)-[:OBJECT]->(o))
             OR ((c)-[:SUBJECT]->(o) AND (c)-[:OBJECT]->(s))
          RETURN collect({sentence: c.sentence, start: c.start, end: c.end, article: a.id}) AS claims
        }
        RETURN s.id AS s, type(r) AS type, o.id AS o, claims
        """
    ).records
    assert rows, "no aggregated relationship"
    for row in rows:
        assert row["claims"], f"{row['s']} -{row['type']}-> {row['o']} has no claim"
        for claim in row["claims"]:
            text = texts[claim["article"]]
            assert text[claim["start"]:claim["end"]] == claim["sentence"]

    again = run_ingest(neo4j_connection, *map(str, SAMPLES))
    assert again.returncode == 0, again.stderr
    assert graph_stats(neo4j_driver) == stats


def test_ingest_skips_bad_inputs_and_fails_only_when_nothing_loads(
    neo4j_driver: Driver, clean_db: None, neo4j_connection: Any, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    done = run_ingest(neo4j_connection, str(empty), str(binary), str(SAMPLES[0]))
    assert done.returncode == 0, done.stderr
    assert "empty.txt" in done.stderr and "blob.txt" in done.stderr
    assert graph_stats(neo4j_driver)["labels"]["Article"] == 1

    done = run_ingest(neo4j_connection, str(empty), str(binary))
    assert done.returncode == 1
    assert "no article could be processed" in done.stderr
    assert graph_stats(neo4j_driver)["labels"]["Article"] == 1
