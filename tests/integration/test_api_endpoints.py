"""Every endpoint against the fixture graph in a real Neo4j: answers, shapes, CSV, errors."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from stratgraph.queries.registry import get_registry
from stratgraph.settings import Settings

pytestmark = pytest.mark.neo4j


def ok(response) -> dict:  # noqa: ANN001
    body = response.json()
    assert response.status_code == 200, body
    assert body["ok"] is True and isinstance(body["rows"], list) and "truncated" in body
    assert body["row_count"] == len(body["rows"])
    for row in body["rows"]:
        assert list(row) == body["columns"]
    return body


def http_params(name: str) -> dict[str, str]:
    return {p.name: str(p.example).lower() if isinstance(p.example, bool) else str(p.example)
            for p in get_registry()[name].params}


@pytest.mark.parametrize("name", sorted(get_registry()))
def test_every_curated_query_answers_with_its_examples(name: str, client: TestClient) -> None:
    body = ok(client.get(f"/queries/{name}", params=http_params(name)))
    assert body["rows"], f"{name}: no rows with the example parameters"
    assert body["query"] == name


def test_curated_query_as_csv(client: TestClient) -> None:
    response = client.get("/queries/competitors", params={"org": "org:openai", "format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["X-Truncated"] == "false"
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["id", "name", "claims", "articles", "first_seen", "last_seen"]
    assert {r[0] for r in rows[1:]} == {"org:anthropic", "org:deepseek", "org:mistral-ai"}


def test_csv_of_lists_and_unicode(client: TestClient) -> None:
    response = client.get("/entities", params={"search": "deepseek", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows[0]["id"] == "org:deepseek" and "深度求索" in rows[0]["aliases"]


def test_entities_search_profile_timeline(client: TestClient) -> None:
    found = ok(client.get("/entities", params={"search": "OpenIA"}))
    assert found["rows"][0]["id"] == "org:openai"
    people = ok(client.get("/entities", params={"search": "bubeck", "type": "Person"}))
    assert [r["id"] for r in people["rows"]] == ["person:sebastien-bubeck"]
    profile = ok(client.get("/entities/org:openai"))
    assert profile["rows"][0]["wikidata"] == "Q21708200"
    timeline = ok(client.get("/entities/person:sebastien-bubeck/timeline"))
    assert [(r["predicate"], r["object"]) for r in timeline["rows"]] == [
        ("WORKS_FOR", "org:microsoft"), ("LEFT", "org:microsoft"), ("WORKS_FOR", "org:openai")]
    assert all(r["sentence"] and r["url"] for r in timeline["rows"])
    later = ok(client.get("/entities/person:sebastien-bubeck/timeline", params={"since": "2030"}))
    assert later["rows"] == []  # an entity without claims in the window: 200, not 404


def test_unknown_entities_are_404(client: TestClient) -> None:
    for url in ("/entities/org:nobody", "/entities/org:nobody/timeline"):
        body = client.get(url).json()
        assert (body["status"], body["code"]) == (404, "not_found"), url


def test_facts_with_citations(client: TestClient) -> None:
    body = ok(client.get("/facts", params={"subject": "org:openai", "predicate": "released",
                                          "object": "model:o3-mini"}))
    (row,) = body["rows"]
    assert row["sentence"] == "OpenAI released O3-MinI, without open weights."
    assert row["article"] == "openai-o3-mini" and row["url"].endswith("/openai-o3-mini")
    assert row["start"] == 0 and row["end"] == len(row["sentence"])
    by_object = ok(client.get("/facts", params={"object": "org:openai", "predicate": "INVESTS_IN"}))
    assert {r["subject"] for r in by_object["rows"]} == {"org:microsoft", "person:elon-musk"}
    bad = client.get("/facts", params={"subject": "org:openai", "predicate": "LIKES"}).json()
    assert (bad["status"], bad["detail"][0]["param"]) == (422, "predicate")


def test_cypher_reads_with_params_nodes_and_paths(client: TestClient) -> None:
    body = ok(client.post("/cypher", json={
        "query": "MATCH p = (person:Person)-[:LEADS]->(o:Organization {id: $org}) RETURN person, p",
        "params": {"org": "org:openai"}}))
    (row,) = body["rows"]
    assert row["person"]["labels"] == ["Entity", "Person"]
    assert row["person"]["properties"]["id"] == "person:sam-altman"
    assert [r["type"] for r in row["p"]["relationships"]] == ["LEADS"]
    as_csv = client.post("/cypher?format=csv", json={"query": "RETURN 1 AS one, 'é' AS accent"})
    assert as_csv.text == "one,accent\n1,é\n"


def test_cypher_errors_are_400_with_neo4j_message(client: TestClient) -> None:
    body = client.post("/cypher", json={"query": "MATCH (n RETURN n"}).json()
    assert (body["status"], body["code"]) == (400, "cypher_error")
    assert body["detail"]["neo4j_code"].endswith("SyntaxError")
    missing = client.post("/cypher", json={"query": "RETURN $x AS x"}).json()
    assert missing["status"] == 400 and "x" in missing["error"]


def test_health_reports_neo4j(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["ok"] is True and body["neo4j"]["reachable"] is True
    assert body["queries"] == len(get_registry())


def test_optional_parameters_take_their_defaults(client: TestClient) -> None:
    # position omitted: every position of the actor, in date order
    body = ok(client.get("/queries/stance_timeline", params={"actor": "org:meta"}))
    assert [r["stance"] for r in body["rows"]] == ["SUPPORTS", "OPPOSES"]
    limited = ok(client.get("/queries/entity_articles", params={"id": "org:openai", "limit": "2"}))
    assert limited["row_count"] == 2 and limited["truncated"] is False  # LIMIT is not the cap


def test_articles_ingest_with_the_key(settings_for, neo4j_driver: Driver, fixture_graph: object) -> None:  # noqa: ANN001
    from stratgraph.api.app import create_app

    settings: Settings = settings_for(stratgraph_api_key="test-key")
    text = "OpenAI released gpt-oss-120b with open weights. Sam Altman is the CEO of OpenAI."
    payload = {"articles": [{"id": "api-posted-1", "title": "Posted", "published": "2025-08-06",
                             "lang": "en", "text": text}]}
    with TestClient(create_app(settings, driver=neo4j_driver), raise_server_exceptions=False) as client:
        first = ok(client.post("/articles", json=payload, headers={"X-API-Key": "test-key"}))
        assert first["rows"][0]["article"] == "api-posted-1"
        assert first["rows"][0]["status"] == "loaded" and first["rows"][0]["facts"] >= 1
        with neo4j_driver.session() as session:
            count = "MATCH (:Article {id: 'api-posted-1'})<-[:FROM]-(c:Claim) RETURN count(c) AS n"
            claims = session.run(count).single()["n"]
            assert claims >= 1
            # posting the same article again changes nothing (idempotent loader)
            ok(client.post("/articles", json=payload, headers={"Authorization": "Bearer test-key"}))
            assert session.run(count).single()["n"] == claims
        evidence = ok(client.get("/facts", params={"subject": "org:openai", "object": "model:gpt-oss-120b"}))
        assert "api-posted-1" in {r["article"] for r in evidence["rows"]}
        empty = ok(client.post("/articles", json={"articles": [{"text": "  "}]},
                               headers={"X-API-Key": "test-key"}))
        assert empty["rows"][0]["status"] == "rejected" and empty["rows"][0]["message"]
