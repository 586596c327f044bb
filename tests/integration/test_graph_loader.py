"""The loader against a real Neo4j: idempotence, citations, rejection, aggregation."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from stratgraph.graph.load_input import parse_lines
from stratgraph.graph.loader import load_batches
from stratgraph.graph.schema import get_schema
from stratgraph.graph.stats import graph_stats

pytestmark = pytest.mark.neo4j

TEXT_A = "Le PDG d'OpenAI, Sam Altman, a lancé un sondage. OpenAI a publié gpt-oss-120b en open weight."
TEXT_B = "Mistral AI and OpenAI compete. OpenAI's CEO Sam Altman opposed closed models."


def ref(id_: str, name: str, type_: str) -> dict[str, str]:
    return {"id": id_, "name": name, "type": type_}


ALTMAN = ref("person:sam-altman", "Sam Altman", "Person")
OPENAI = ref("org:openai", "OpenAI", "Organization")
MISTRAL = ref("org:mistral-ai", "Mistral AI", "Organization")
GPT_OSS = ref("model:gpt-oss-120b", "gpt-oss-120b", "Model")
CLOSED = ref("position:closed-models", "closed models", "PolicyPosition")


def fact(article: str, text: str, sentence: str, predicate: str, s: dict, o: dict, **extra: Any) -> dict[str, Any]:
    start = text.index(sentence)
    return {
        "kind": "fact", "predicate": predicate, "subject": s, "object": o,
        "properties": extra.pop("properties", {}), "date": extra.pop("date", None),
        "confidence": extra.pop("confidence", 0.8),
        "evidence": {"article": article, "sentence": sentence, "start": start, "end": start + len(sentence)},
        "extractor": "test:fixture",
        "source": {"id": article, "title": f"Title of {article}", "published": extra.pop("published", "2025-08-05"), "lang": "en"},
    }


def entity(article: str, r: dict[str, str], *aliases: str) -> dict[str, Any]:
    return {"kind": "entity", "id": r["id"], "type": r["type"], "name": r["name"], "aliases": list(aliases), "article": article}


def fixture_lines() -> list[dict[str, Any]]:
    s_a1, s_a2 = TEXT_A.split(". ", 1)
    s_a1 += "."
    s_b1, s_b2 = TEXT_B.split(". ", 1)
    s_b1 += "."
    return [
        entity("a", OPENAI, "Openai", "OpenIA"),
        entity("a", ALTMAN, "Altman"),
        fact("a", TEXT_A, s_a1, "LEADS", ALTMAN, OPENAI, properties={"role": "PDG"}, date="2025-02-18"),
        fact("a", TEXT_A, s_a2, "RELEASED", OPENAI, GPT_OSS, properties={"open_weights": True}, date="2025-08-05"),
        entity("b", OPENAI, "OpenAI", "Open AI"),
        fact("b", TEXT_B, s_b1, "COMPETES_WITH", MISTRAL, OPENAI, published="2025-01-10"),
        fact("b", TEXT_B, s_b1, "COMPETES_WITH", OPENAI, MISTRAL, published="2025-01-10"),
        fact("b", TEXT_B, s_b2, "LEADS", ALTMAN, OPENAI, published="2025-01-10", confidence=0.95),
        fact("b", TEXT_B, s_b2, "OPPOSES", ALTMAN, CLOSED, published="2025-01-10"),
    ]


def load_rows(driver: Driver, rows: list[Any]) -> Any:
    payload = b"".join(json.dumps(r).encode() + b"\n" if not isinstance(r, bytes) else r + b"\n" for r in rows)
    parsed = parse_lines([("fixture.jsonl", io.BytesIO(payload))], get_schema())
    load_batches(driver, parsed.articles, get_schema())
    return parsed


def test_loading_twice_changes_no_count(neo4j_driver: Driver, clean_db: None) -> None:
    load_rows(neo4j_driver, fixture_lines())
    first = graph_stats(neo4j_driver)
    load_rows(neo4j_driver, fixture_lines())
    assert graph_stats(neo4j_driver) == first
    assert first["labels"]["Claim"] == 6
    assert first["labels"]["Article"] == 2
    assert first["relationships"]["LEADS"] == 1
    assert first["relationships"]["COMPETES_WITH"] == 1  # symmetric: one relationship


def test_every_aggregate_reaches_cited_claims(neo4j_driver: Driver, clean_db: None) -> None:
    load_rows(neo4j_driver, fixture_lines())
    records = neo4j_driver.execute_query(
        """
        MATCH (s:Entity)-[r]->(o:Entity)
        OPTIONAL MATCH (c:Claim {predicate: type(r)})-[:FROM]->(a:Article)
        WHERE ((c)-[:SUBJECT]->(s) AND (c)-[:OBJECT]->(o))
           OR ((c)-[:SUBJECT]->(o) AND (c)-[:OBJECT]->(s))
        RETURN type(r) AS type, r.claims AS declared, count(c) AS found,
               collect(c.sentence) AS sentences, collect(a.title) AS titles
        """
    ).records
    assert len(records) == 4
    for record in records:
        assert record["found"] >= 1 and record["found"] == record["declared"], record
        assert all(s in TEXT_A or s in TEXT_B for s in record["sentences"])
        assert all(t.startswith("Title of") for t in record["titles"])


def test_aggregate_properties_and_alias_accumulation(neo4j_driver: Driver, clean_db: None) -> None:
    load_rows(neo4j_driver, fixture_lines())
    leads = neo4j_driver.execute_query(
        "MATCH (:Person {id: 'person:sam-altman'})-[r:LEADS]->(:Organization {id: 'org:openai'}) RETURN r"
    ).records[0]["r"]
    assert leads["claims"] == 2 and leads["articles"] == 2
    assert leads["first_seen"] == "2025-01-10" and leads["last_seen"] == "2025-02-18"
    assert leads["confidence"] == pytest.approx(0.95)
    assert leads["role"] == "PDG"
    released = neo4j_driver.execute_query("MATCH ()-[r:RELEASED]->() RETURN r").records[0]["r"]
    assert released["open_weights"] is True
    openai = neo4j_driver.execute_query("MATCH (e:Entity:Organization {id: 'org:openai'}) RETURN e").records[0]["e"]
    assert openai["name"] == "OpenAI"
    assert set(openai["aliases"]) == {"OpenAI", "Openai", "OpenIA", "Open AI"}
    assert "openia" in openai["search_text"]
    hits = neo4j_driver.execute_query(
        "CALL db.index.fulltext.queryNodes('entity_search', 'openia') YIELD node RETURN node.id AS id"
    ).records
    assert [h["id"] for h in hits] == ["org:openai"]


def test_bad_article_is_not_written_but_others_are(neo4j_driver: Driver, clean_db: None) -> None:
    rows = fixture_lines()
    broken = dict(rows[3], confidence="high")  # article "a" now has a bad line
    parsed = load_rows(neo4j_driver, [*rows[:3], broken, *rows[4:]])
    assert [str(r).split(":")[1] for r in parsed.rejections] == ["4"]
    titles = [r["t"] for r in neo4j_driver.execute_query("MATCH (a:Article) RETURN a.title AS t").records]
    assert titles == ["Title of b"]
    assert not neo4j_driver.execute_query("MATCH (m:Model) RETURN m").records


def test_hostile_text_is_stored_as_data(neo4j_driver: Driver, clean_db: None) -> None:
    hostile = "x'}) WITH 1 AS x MATCH (n) DETACH DELETE n //"
    row = fact("h", hostile + " is here.", hostile + " is here.", "CRITICIZED", ALTMAN,
               ref("org:hostile", hostile, "Organization"))
    load_rows(neo4j_driver, [row])
    names = {r["n"] for r in neo4j_driver.execute_query("MATCH (e:Entity) RETURN e.name AS n").records}
    assert names == {"Sam Altman", hostile}


def test_cli_load_reports_file_and_line_and_keeps_the_graph(
    neo4j_driver: Driver, clean_db: None, neo4j_connection: Any, tmp_path: Path
) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text("".join(json.dumps(r) + "\n" for r in fixture_lines()), encoding="utf-8")
    env = {**os.environ, "NEO4J_URI": neo4j_connection.uri, "NEO4J_USER": neo4j_connection.user,
           "NEO4J_PASSWORD": neo4j_connection.password}
    command = [sys.executable, "-m", "stratgraph", "load"]
    done = subprocess.run([*command, str(good)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    before = graph_stats(neo4j_driver)

    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(fixture_lines()[0]) + "\n{broken\n", encoding="utf-8")
    done = subprocess.run([*command, str(bad)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert f"{bad}:2: not JSON" in done.stderr
    assert graph_stats(neo4j_driver) == before

    done = subprocess.run([*command, "-"], env=env, input=good.read_text(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert graph_stats(neo4j_driver) == before
