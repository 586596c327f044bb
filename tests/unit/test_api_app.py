"""The API without a database: envelope on every failure, catalogue, OpenAPI, API-key gate.

Neo4j is unreachable here by construction (the driver factory fails), which is itself the
first thing to pin: the app starts, answers what needs no database, and says 503 for the rest.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from stratgraph.api.app import create_app
from stratgraph.queries.registry import get_registry
from stratgraph.settings import Settings


def no_driver():  # noqa: ANN201
    raise ConnectionRefusedError("nothing listens there")


def make_client(**settings: object) -> TestClient:
    app = create_app(Settings(_env_file=None, **settings), driver_factory=no_driver,  # type: ignore[call-arg]
                     async_driver_factory=no_driver)

    @app.get("/boom", include_in_schema=False)
    def boom() -> None:
        raise RuntimeError("a bug")

    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture()
def client() -> Iterator[TestClient]:
    with make_client() as c:
        yield c


def assert_envelope(response, status: int, code: str) -> dict:  # noqa: ANN001
    body = response.json()
    assert response.status_code == status, body
    assert body["ok"] is False and body["status"] == status and body["code"] == code
    assert isinstance(body["error"], str) and body["error"]
    assert set(body) <= {"ok", "status", "code", "error", "detail"}
    return body


def test_health_says_503_quickly_when_neo4j_cannot_be_reached(client: TestClient) -> None:
    started = time.monotonic()
    response = client.get("/health")
    assert time.monotonic() - started < 2.0
    body = assert_envelope(response, 503, "neo4j_unavailable")
    assert body["detail"]["neo4j"]["reachable"] is False
    assert response.headers["Retry-After"]


def test_query_routes_say_503_when_neo4j_is_down(client: TestClient) -> None:
    assert_envelope(client.get("/queries/entity_profile?id=org:openai"), 503, "neo4j_unavailable")
    assert_envelope(client.post("/cypher", json={"query": "MATCH (n) RETURN n"}), 503, "neo4j_unavailable")
    assert_envelope(client.get("/entities/org:openai"), 503, "neo4j_unavailable")


def test_catalogue_needs_no_database(client: TestClient) -> None:
    body = client.get("/queries").json()
    assert body["ok"] is True and body["truncated"] is False
    assert body["columns"] == ["name", "title", "description", "tags", "params"]
    assert [row["name"] for row in body["rows"]] == sorted(get_registry())
    for row in body["rows"]:
        assert row["description"] and row["tags"]
        for param in row["params"]:
            assert {"name", "type", "example", "default", "required"} <= set(param)
            assert param["example"] is not None
    stances = client.get("/queries?tag=stances").json()["rows"]
    assert stances and all("stances" in row["tags"] for row in stances)


def test_every_failure_uses_the_envelope(client: TestClient) -> None:
    assert_envelope(client.get("/no/such/route"), 404, "not_found")
    assert_envelope(client.delete("/queries"), 405, "method_not_allowed")
    assert_envelope(client.get("/queries/no_such_query"), 404, "unknown_query")
    body = assert_envelope(client.get("/queries/entity_profile"), 422, "invalid_parameter")
    assert body["detail"] == [{"param": "id", "message": "required"}]
    body = assert_envelope(client.get("/queries/search_entities?q=x&limit=lots"), 422, "invalid_parameter")
    assert body["detail"][0]["param"] == "limit"
    assert_envelope(client.get("/queries/entity_profile?id=x&format=xml"), 422, "invalid_parameter")
    assert_envelope(client.get("/queries/entity_profile?id=x&typo=1"), 422, "invalid_parameter")
    assert_envelope(client.get("/entities"), 422, "invalid_parameter")  # search is required
    assert_envelope(client.get("/entities?search=x&limit=0"), 422, "invalid_parameter")
    assert_envelope(client.get("/facts"), 422, "invalid_parameter")
    body = assert_envelope(client.post("/cypher", json={"quer": "MATCH (n) RETURN n"}), 422, "invalid_parameter")
    assert {d["param"] for d in body["detail"]} == {"query", "quer"}
    assert_envelope(client.post("/cypher", content=b"not json", headers={"content-type": "application/json"}),
                    422, "invalid_parameter")
    assert_envelope(client.get("/boom"), 500, "internal_error")


def test_refusals_need_no_database(client: TestClient) -> None:
    body = assert_envelope(client.post("/cypher", json={"query": "CREATE (n)"}), 403, "read_only")
    assert "read" in body["error"]
    assert_envelope(client.post("/cypher", json={"query": "LOAD CSV FROM 'file:///x' AS l RETURN l"}),
                    403, "read_only")


def test_articles_are_off_without_a_configured_key(client: TestClient) -> None:
    payload = {"articles": [{"text": "OpenAI released a model."}]}
    assert_envelope(client.post("/articles", json=payload), 403, "ingest_disabled")
    assert_envelope(client.post("/articles", json=payload, headers={"X-API-Key": "guess"}), 403,
                    "ingest_disabled")


def test_articles_need_the_right_key() -> None:
    payload = {"articles": [{"text": "OpenAI released a model."}]}
    with make_client(stratgraph_api_key="s3cret") as client:
        assert_envelope(client.post("/articles", json=payload), 401, "unauthorized")
        assert_envelope(client.post("/articles", json=payload, headers={"X-API-Key": "wrong"}), 401,
                        "unauthorized")
        assert_envelope(client.post("/articles", json=payload, headers={"Authorization": "Bearer wrong"}),
                        401, "unauthorized")
        # the right key gets past the gate; Neo4j being down is then a 503
        assert_envelope(client.post("/articles", json=payload, headers={"X-API-Key": "s3cret"}), 503,
                        "neo4j_unavailable")
        assert_envelope(client.post("/articles", json={"articles": []}, headers={"X-API-Key": "s3cret"}),
                        422, "invalid_parameter")


def test_openapi_documents_every_curated_query_with_its_parameters(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for query in get_registry().values():
        operation = spec["paths"][f"/queries/{query.name}"]["get"]
        assert operation["summary"] == query.title
        assert query.description in operation["description"]
        documented = {p["name"]: p for p in operation["parameters"] if p["in"] == "query"}
        for param in query.params:
            assert documented[param.name]["example"] == param.example
            assert documented[param.name]["required"] is param.required
        assert "format" in documented
        assert {"200", "404", "422", "503"} <= set(operation["responses"])
    for path in ("/queries", "/queries/{name}", "/entities", "/entities/{entity_id}",
                 "/entities/{entity_id}/timeline", "/facts", "/cypher", "/articles", "/health"):
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


def test_routers_are_mounted_per_area(client: TestClient) -> None:
    areas = client.app.state.areas  # type: ignore[attr-defined]
    assert {"articles", "cypher", "entities", "facts", "health", "queries"} <= set(areas)
