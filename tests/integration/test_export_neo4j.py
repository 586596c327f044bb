"""Exports of a real graph: RDF parses back, GraphML/GEXF read back, and a CSV round trip
through `neo4j-admin database import full` into an empty database gives the same counts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from neo4j import Driver, GraphDatabase
from rdflib import RDF, Dataset, Graph

from stratgraph.graph.export import export_dump, read_graph
from stratgraph.graph.export.rdf import Vocabulary, statement_count
from stratgraph.graph.server import LocalNeo4j
from stratgraph.graph.server.local import NEO4J_ADMIN

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_diagram_neo4j import load_fixture  # noqa: E402

pytestmark = pytest.mark.neo4j

COUNTS = """
CALL () { MATCH (n) UNWIND labels(n) AS label RETURN label AS name, count(*) AS n
          UNION ALL
          MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS n }
RETURN name, n ORDER BY name
"""
PROPERTIES = """
MATCH (n) WITH sum(size(keys(n))) AS np
MATCH ()-[r]->() RETURN np, sum(size(keys(r))) AS rp
"""


def counts(driver: Driver) -> dict[str, int]:
    with driver.session() as session:
        result = {r["name"]: r["n"] for r in session.run(COUNTS)}
        props = session.run(PROPERTIES).single()
    result["(node properties)"] = props["np"]
    result["(relationship properties)"] = props["rp"]
    return result


@pytest.fixture(scope="module")
def driver(neo4j_driver: Driver) -> Driver:
    load_fixture(neo4j_driver)
    return neo4j_driver


@pytest.mark.parametrize(("fmt", "rdflib_format"), [
    ("turtle", "turtle"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_rdf_export_parses_back(driver: Driver, tmp_path: Path, fmt: str, rdflib_format: str) -> None:
    dump = read_graph(driver)
    out = tmp_path / f"graph.{fmt}"
    report = export_dump(dump, fmt, out)
    parsed: Graph = Dataset() if fmt == "trig" else Graph()
    parsed.parse(out, format=rdflib_format)
    assert statement_count(parsed) == report.statements
    statements = set(parsed.subjects(RDF.type, RDF.Statement)) if fmt != "trig" else {
        s for s, _, _, _ in parsed.quads((None, RDF.type, RDF.Statement, None))}
    assert len(statements) == 16  # one reified statement per claim of the fixture
    if fmt == "trig":
        graphs = {g.identifier for g in parsed.graphs()} - {parsed.default_graph.identifier}
        vocab = Vocabulary()
        assert vocab.article_graph("fx-deepseek") in graphs and len(graphs) == 5


def test_graphml_and_gexf_hold_entities_and_aggregates(driver: Driver, tmp_path: Path) -> None:
    dump = read_graph(driver)
    entities = len(dump.by_group("Entity"))
    aggregates = sum(1 for r in dump.rels if r.start_group == r.end_group == "Entity")
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        export_dump(dump, fmt, out)
        graph = reader(out)
        assert (graph.number_of_nodes(), graph.number_of_edges()) == (entities, aggregates) == (14, 15)
        assert graph.nodes["org:openai"]["label"] == "OpenAI"


def test_csv_round_trip_through_neo4j_admin_import(
    driver: Driver, spare_neo4j: LocalNeo4j, tmp_path: Path
) -> None:
    """Export CSV, `neo4j-admin database import full` into an empty stopped server, compare."""
    before = counts(driver)
    report = export_dump(read_graph(driver), "csv", tmp_path / "csv")
    assert report.csv is not None
    spare_neo4j.stop()
    done = spare_neo4j._java(NEO4J_ADMIN, *report.csv.import_args("neo4j"), timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "IMPORT DONE" in done.stdout + done.stderr
    spare_neo4j.start(timeout=180)
    uri, user, password = spare_neo4j.credentials()
    with GraphDatabase.driver(uri, auth=(user, password)) as imported:
        after = counts(imported)
        with imported.session() as session:
            openai = session.run(
                "MATCH (e:Entity:Organization {id: 'org:openai'}) RETURN e.aliases AS a, e.wikidata AS w"
            ).single()
            invest = session.run(
                "MATCH (:Entity {id: 'org:microsoft'})-[r:INVESTS_IN]->(:Entity {id: 'org:openai'}) "
                "RETURN r.claims AS claims, r.first_seen AS first"
            ).single()
    assert after == before
    assert before["Claim"] == 16 and before["Article"] == 5 and before["MENTIONS"] > 0
    assert sorted(openai["a"]) == sorted(["OpenAI", "Openai", "OpenIA", "Open AI"])
    assert openai["w"] == "Q21708200"
    assert (invest["claims"], invest["first"]) == (2, "2019")  # numbers stay numbers


def test_cli_export_writes_files(driver: Driver, neo4j_connection: object, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    uri, user, password = neo4j_connection  # type: ignore[misc]
    for key, value in (("NEO4J_URI", uri), ("NEO4J_USER", user), ("NEO4J_PASSWORD", password)):
        monkeypatch.setenv(key, value)
    out = tmp_path / "graph.ttl"
    done = subprocess.run([sys.executable, "-m", "stratgraph", "export", "--format", "turtle", "-o", str(out)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "RDF statements" in done.stderr and out.stat().st_size > 1000
    csv_dir = tmp_path / "csv"
    done = subprocess.run([sys.executable, "-m", "stratgraph", "export", "-F", "csv", "-o", str(csv_dir)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "neo4j-admin database import full" in done.stderr
    assert (csv_dir / "entities.csv").is_file() and (csv_dir / "import.sh").is_file()
