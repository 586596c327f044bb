"""Export writers on a hand-made dump: CSV layout and typing, RDF round trips, GraphML/GEXF."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib import namespace

from stratgraph.graph.export import export_dump
from stratgraph.graph.export.csv_admin import FALLBACK_DELIMITER, column_types, write_csv
from stratgraph.graph.export.dump import GraphDump, Node, Rel
from stratgraph.graph.export.rdf import Vocabulary, build_rdf, date_literal, statement_count
from stratgraph.graph.schema import get_schema


def sample_dump(alias: str = "Open AI") -> GraphDump:
    openai = Node("org:openai", "Entity", ("Entity", "Organization"), {
        "id": "org:openai", "name": "OpenAI", "aliases": ["OpenAI", alias, "OpenIA"],
        "wikidata": "Q21708200", "search_text": "openai | open ai"})
    model = Node("model:gpt-oss-120b", "Entity", ("Entity", "Model"), {
        "id": "model:gpt-oss-120b", "name": "gpt-oss-120b", "aliases": ["gpt-oss-120b"]})
    article = Node("art/1 é", "Article", ("Article",), {
        "id": "art/1 é", "title": 'A "quoted", title', "published": "2025-08", "lang": "fr",
        "url": "https://example.test/a?b=1"})
    claim = Node("claim:abc", "Claim", ("Claim",), {
        "id": "claim:abc", "predicate": "RELEASED", "sentence": "OpenAI a publié\nles poids.",
        "start": 0, "end": 27, "confidence": 0.9, "date": "2025-08-05", "extractor": "rule:x",
        "properties": '{"open_weights": true}', "open_weights": True, "role": None})
    empty = Node("claim:def", "Claim", ("Claim",), {
        "id": "claim:def", "predicate": "RELEASED", "sentence": "", "start": 1, "end": 1,
        "confidence": 1, "date": None, "extractor": "rule:x", "properties": "{}"})
    rels = [
        Rel("RELEASED", "org:openai", "Entity", "model:gpt-oss-120b", "Entity",
            {"claims": 2, "articles": 1, "confidence": 0.9, "first_seen": "2025-08",
             "last_seen": "2025-08-05", "open_weights": True}),
        Rel("MENTIONS", "art/1 é", "Article", "org:openai", "Entity", {}),
        Rel("SUBJECT", "claim:abc", "Claim", "org:openai", "Entity", {}),
        Rel("OBJECT", "claim:abc", "Claim", "model:gpt-oss-120b", "Entity", {}),
        Rel("FROM", "claim:abc", "Claim", "art/1 é", "Article", {}),
        Rel("SUBJECT", "claim:def", "Claim", "org:openai", "Entity", {}),
        Rel("OBJECT", "claim:def", "Claim", "model:gpt-oss-120b", "Entity", {}),
        Rel("FROM", "claim:def", "Claim", "art/1 é", "Article", {}),
    ]
    return GraphDump(nodes=[openai, model, article, claim, empty], rels=rels)


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_headers_follow_neo4j_admin_layout(tmp_path: Path) -> None:
    export = write_csv(sample_dump(), tmp_path)
    assert [p.name for p in export.node_files] == ["entities.csv", "articles.csv", "claims.csv"]
    entities = read_rows(tmp_path / "entities.csv")
    # search_text too: a re-imported database must serve the same full-text search
    assert entities[0] == ["id:ID(Entity)", ":LABEL", "aliases:string[]", "name", "search_text", "wikidata"]
    assert entities[1][:2] == ["org:openai", "Entity;Organization"]
    claims = read_rows(tmp_path / "claims.csv")
    assert claims[0] == ["id:ID(Claim)", ":LABEL", "confidence:double", "date", "end:long",
                         "extractor", "open_weights:boolean", "predicate", "properties",
                         "role", "sentence", "start:long"]
    released = read_rows(tmp_path / "rel_released_entity_entity.csv")
    assert released[0][:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    assert "claims:long" in released[0] and "open_weights:boolean" in released[0]
    subject = read_rows(tmp_path / "rel_subject_claim_entity.csv")
    assert subject[0] == [":START_ID(Claim)", ":END_ID(Entity)", ":TYPE"]
    assert len(subject) == 3
    assert export.nodes == 5 and export.relationships == 8


def test_csv_quoting_keeps_empty_strings_and_drops_nulls(tmp_path: Path) -> None:
    write_csv(sample_dump(), tmp_path)
    raw = (tmp_path / "claims.csv").read_text(encoding="utf-8")
    # the empty sentence is a quoted empty string; the missing date/role are bare empty fields
    assert ',"",' in raw
    assert 'OpenAI a publié\nles poids.' in raw  # multi-line field, quoted
    rows = read_rows(tmp_path / "claims.csv")
    header = rows[0]
    second = dict(zip(header, rows[2], strict=True))
    assert second["date"] == "" and second["confidence:double"] == "1"
    assert (tmp_path / "import.sh").read_text().count("--nodes=") == 3


def test_csv_array_delimiter_falls_back_when_values_contain_it(tmp_path: Path) -> None:
    export = write_csv(sample_dump(alias="Open; AI"), tmp_path)
    assert export.array_delimiter == FALLBACK_DELIMITER
    assert "--array-delimiter=U+001F" in export.import_args()
    row = read_rows(tmp_path / "entities.csv")[1]
    assert row[1] == f"Entity{FALLBACK_DELIMITER}Organization"
    assert row[2].split(FALLBACK_DELIMITER) == ["OpenAI", "Open; AI", "OpenIA"]


def test_column_types_widen_mixed_numbers() -> None:
    types = column_types([{"a": 1, "b": "x"}, {"a": 0.5, "b": 2}], skip=set())
    assert types == {"a": "double", "b": "string"}


@pytest.mark.parametrize(("value", "datatype"), [
    ("2025-08-05", namespace.XSD.date), ("2025-08", namespace.XSD.gYearMonth), ("2025", namespace.XSD.gYear), ("soon", None)])
def test_dates_typed_by_precision(value: str, datatype: URIRef | None) -> None:
    assert date_literal(value).datatype == datatype


@pytest.mark.parametrize(("fmt", "rdflib_format"), [
    ("turtle", "turtle"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_rdf_parses_back_to_the_same_number_of_statements(tmp_path: Path, fmt: str, rdflib_format: str) -> None:
    dump = sample_dump()
    out = tmp_path / f"graph.{fmt}"
    report = export_dump(dump, fmt, out)
    parsed: Graph = Dataset() if fmt == "trig" else Graph()
    parsed.parse(out, format=rdflib_format)
    assert report.statements is not None and report.statements > 40
    assert statement_count(parsed) == report.statements


def test_rdf_claims_are_reified_with_provenance() -> None:
    vocab = Vocabulary()
    graph = build_rdf(sample_dump(), get_schema(), named_graphs=False)
    claim = vocab.claim("claim:abc")
    assert (claim, RDF.type, RDF.Statement) in graph
    assert (claim, RDF.subject, vocab.entity("org:openai")) in graph
    assert (claim, RDF.predicate, vocab.sg.RELEASED) in graph
    assert (claim, namespace.PROV.wasDerivedFrom, vocab.article("art/1 é")) in graph
    assert (claim, vocab.sg.sentence, Literal("OpenAI a publié\nles poids.", lang="fr")) in graph
    assert (vocab.entity("org:openai"), RDF.type, namespace.SDO.Organization) in graph
    assert (vocab.entity("org:openai"), namespace.SDO.alternateName, Literal("OpenIA")) in graph
    assert (vocab.entity("org:openai"), vocab.sg.RELEASED, vocab.entity("model:gpt-oss-120b")) in graph
    # the relation property documents itself from the schema file
    assert (vocab.sg.RELEASED, vocab.sg.influence, Literal(False)) in graph
    assert len(list(graph.subjects(RDF.type, RDF.Statement))) == 2


def test_trig_has_one_named_graph_per_article() -> None:
    vocab = Vocabulary()
    dataset = build_rdf(sample_dump(), get_schema(), named_graphs=True)
    assert isinstance(dataset, Dataset)
    named = [g for g in dataset.graphs() if g.identifier == vocab.article_graph("art/1 é")]
    assert len(named) == 1
    graph = named[0]
    assert (vocab.entity("org:openai"), vocab.sg.RELEASED, vocab.entity("model:gpt-oss-120b")) in graph
    assert (vocab.claim("claim:abc"), RDF.type, RDF.Statement) in graph
    assert (vocab.article_graph("art/1 é"), namespace.PROV.wasDerivedFrom, vocab.article("art/1 é")) in \
        dataset.default_graph


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_read_back(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"g.{fmt}"
    report = export_dump(sample_dump(), fmt, out)
    graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert (report.nodes, report.relationships) == (2, 1)
    assert graph.number_of_nodes() == 2 and graph.number_of_edges() == 1
    source, target, data = next(iter(graph.edges(data=True)))
    assert data["relation"] == "RELEASED" and int(data["claims"]) == 2
    full = export_dump(sample_dump(), fmt, tmp_path / f"full.{fmt}", provenance=True)
    assert (full.nodes, full.relationships) == (5, 8)
