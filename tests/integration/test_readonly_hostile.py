"""The read-only guard against hostile Cypher: nothing writes, slow queries are cut off.

Community Edition has no read-only role, so these tests are the proof: every query below is
sent to `POST /cypher`, must be refused with a 4xx envelope, and the whole graph (every node,
relationship, property, index and constraint) must hash the same afterwards.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from stratgraph.queries import guard
from stratgraph.queries.errors import QueryRefused
from stratgraph.queries.readonly import VERDICTS, run_read_only
from stratgraph.settings import Settings

pytestmark = pytest.mark.neo4j

HOSTILE = {
    # plain writes
    "create": "CREATE (n:Hacked)",
    "create-lowercase": "create (n:Hacked {x: 1})",
    "detach-delete-all": "MATCH (n) DETACH DELETE n",
    "delete-relationships": "MATCH ()-[r]->() DELETE r",
    "set-property": "MATCH (n:Organization) SET n.name = 'pwned'",
    "set-label": "MATCH (n:Organization) SET n:Hacked",
    "remove-label": "MATCH (n) REMOVE n:Entity",
    "remove-property": "MATCH (n:Entity) REMOVE n.name",
    "merge": "MERGE (n:Entity {id: 'org:evil'}) RETURN n",
    "merge-relationship": "MATCH (a:Organization), (b:Organization) WITH a, b LIMIT 1 MERGE (a)-[:OWNS]->(b)",
    "create-after-read": "MATCH (n:Organization) WITH n LIMIT 1 CREATE (n)-[:OWNS]->(:X)",
    "unwind-create": "UNWIND range(1, 10) AS i CREATE (:Spam {i: i})",
    "foreach-set": "MATCH (n) FOREACH (x IN [1] | SET n.flag = true)",
    "optional-match-set": "OPTIONAL MATCH (n) SET n.x = 1",
    "with-create": "WITH 1 AS x CREATE (:X)",
    "return-then-union-write": "RETURN 1 AS x UNION MATCH (n) SET n.y = 1 RETURN 2 AS x",
    # writes hidden in subqueries, after comments, after a first statement
    "call-subquery-set": "MATCH (n) CALL (n) { SET n.z = 1 } RETURN count(*) AS c",
    "call-subquery-create": "CALL () { CREATE (n:Hidden) RETURN n } RETURN n",
    "in-transactions": "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS",
    "after-line-comment": "// just a read\nCREATE (n:Hacked)",
    "after-block-comment": "/* MATCH (n) RETURN n */ CREATE (n:Hacked)",
    "second-statement": "MATCH (n) RETURN count(n);\nMATCH (n) DETACH DELETE n",
    "profile-write": "PROFILE CREATE (n:Hacked)",
    "explain-prefix": "EXPLAIN MATCH (n) DETACH DELETE n",
    "cypher-option-prefix": "CYPHER runtime=slotted MATCH (n) DETACH DELETE n",
    # schema and administration
    "create-index": "CREATE INDEX evil IF NOT EXISTS FOR (n:X) ON (n.y)",
    "drop-index": "DROP INDEX entity_name",
    "drop-constraint": "DROP CONSTRAINT entity_id",
    "create-constraint": "CREATE CONSTRAINT evil FOR (n:X) REQUIRE n.id IS UNIQUE",
    "create-database": "CREATE DATABASE evil",
    "alter-user": "ALTER USER neo4j SET PASSWORD 'owned-password'",
    "show-users": "SHOW USERS",
    "show-transactions": "SHOW TRANSACTIONS",
    "terminate-transactions": "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "use-system": "USE system SHOW USERS",
    "use-in-subquery": "CALL () { USE neo4j MATCH (n) RETURN n } RETURN count(n)",
    # reaching outside the graph
    "load-csv-file": "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "load-csv-after-with": "WITH 1 AS x LOAD CSV FROM 'https://example.org/x.csv' AS line RETURN line",
    "load-csv-merge": "MATCH (n) WITH n LIMIT 1 LOAD CSV WITH HEADERS FROM 'file:///x.csv' AS row MERGE (:X {v: row.v})",
    # procedures that write, administer or reach outside
    "db-create-label": "CALL db.createLabel('Evil')",
    "db-create-property": "CALL db.createProperty('evil')",
    "db-create-relationship-type": "CALL db.createRelationshipType('EVIL')",
    "procedure-after-match": "MATCH (n) WITH n LIMIT 1 CALL db.createLabel('Evil') RETURN n",
    "quoted-procedure-name": "CALL `db`.`createLabel`('Evil')",
    "spaced-procedure-name": "CALL db . createLabel ('Evil')",
    "dbms-list-config": "CALL dbms.listConfig()",
    "dbms-set-config": "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
    "db-clear-query-caches": "CALL db.clearQueryCaches()",
    "apoc-load-json": "CALL apoc.load.json('file:///etc/passwd')",
    "apoc-periodic-iterate": "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "apoc-cypher-function": "RETURN apoc.cypher.runFirstColumnSingle('CREATE (n) RETURN n', {}) AS n",
    "quoted-function": "RETURN `apoc`.`version`() AS v",
}

SLOW = {
    "cartesian-product": "MATCH (a), (b), (c), (d), (e) "
                         "WHERE size(keys(a)) + size(keys(b)) + size(keys(c)) + size(keys(d)) + size(keys(e)) < 0 "
                         "RETURN count(*) AS n",
    "huge-unwind": "UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n",
    "unbounded-paths": "MATCH p = (a)-[*]-(b) RETURN count(p) AS n",
}

ALLOWED = {
    "keyword-in-string": ("RETURN 'CREATE (n) DETACH DELETE n' AS s", {}),
    "keyword-in-comment": ("MATCH (n:Organization) RETURN n.name AS name // then DELETE everything", {}),
    "keyword-in-quoted-name": ("MATCH (n:Organization) RETURN n.name AS `SET`", {}),
    "parameters": ("MATCH (n:Entity {id: $id}) RETURN n.name AS name", {"id": "org:openai"}),
    "read-procedure": ("CALL db.labels() YIELD label RETURN label", {}),
    "fulltext-procedure": ("CALL db.index.fulltext.queryNodes('entity_search', 'openai') YIELD node RETURN node.id AS id", {}),
    "read-subquery": ("CALL () { MATCH (n:Person) RETURN n } RETURN count(n) AS people", {}),
    "temporal-functions": ("RETURN duration.between(date('2024-01-01'), date('2025-01-01')).days AS days", {}),
    "whole-nodes-and-paths": ("MATCH p = (:Person)-[:LEADS]->(:Organization) RETURN p LIMIT 2", {}),
    "trailing-semicolon": ("MATCH (n:Model) RETURN count(n) AS models;", {}),
}


@pytest.fixture(scope="module")
def slow_client(settings_for: Callable[..., Settings], neo4j_driver: Driver,
                fixture_graph: object) -> Iterator[TestClient]:
    """The app with a 1-second time limit, so that cut-offs are quick to prove."""
    from stratgraph.api.app import create_app

    settings = settings_for(query_timeout=1.0, row_cap=5)
    with TestClient(create_app(settings, driver=neo4j_driver), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def before(fingerprint: Callable[[], str], fixture_graph: object) -> str:
    """The graph's hash before any hostile query ran."""
    return fingerprint()


def test_the_suite_is_big_enough() -> None:
    assert len(HOSTILE) + len(SLOW) >= 30


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_query_is_refused_and_writes_nothing(
    name: str, client: TestClient, before: str, fingerprint: Callable[[], str]
) -> None:
    response = client.post("/cypher", json={"query": HOSTILE[name], "params": {}})
    body = response.json()
    assert (response.status_code, body["code"]) == (403, "read_only"), (name, body)
    assert body["ok"] is False and body["status"] == 403 and body["error"]
    assert fingerprint() == before, f"{name} changed the graph"


@pytest.mark.parametrize("name", sorted(SLOW))
def test_slow_query_is_cut_off(name: str, slow_client: TestClient, before: str,
                               fingerprint: Callable[[], str]) -> None:
    started = time.monotonic()
    response = slow_client.post("/cypher", json={"query": SLOW[name]})
    elapsed = time.monotonic() - started
    assert response.status_code == 408, response.json()
    assert response.json()["code"] == "timeout"
    assert elapsed < 5.0, f"{name} took {elapsed:.1f}s with a 1 s limit"
    assert fingerprint() == before


@pytest.mark.parametrize("name", sorted(ALLOWED))
def test_reads_that_look_suspicious_still_answer(name: str, client: TestClient) -> None:
    text, params = ALLOWED[name]
    response = client.post("/cypher", json={"query": text, "params": params})
    assert response.status_code == 200, response.json()
    assert response.json()["ok"] is True


def test_row_cap_truncates(slow_client: TestClient) -> None:
    body = slow_client.post("/cypher", json={"query": "UNWIND range(1, 100) AS i RETURN i"}).json()
    assert [row["i"] for row in body["rows"]] == [1, 2, 3, 4, 5]
    assert body["truncated"] is True
    exact = slow_client.post("/cypher", json={"query": "UNWIND range(1, 5) AS i RETURN i"}).json()
    assert exact["truncated"] is False and exact["row_count"] == 5


def test_the_plan_check_catches_what_the_text_check_lets_through(neo4j_driver: Driver, fixture_graph: object) -> None:
    guard.check_text("MATCH (n) SET n.x = 1")  # starts with MATCH: the text alone allows it
    with pytest.raises(QueryRefused, match="plans this one as"):
        run_read_only(neo4j_driver, "MATCH (n) SET n.x = 1", timeout=5, row_cap=10)


@pytest.mark.parametrize("text", [
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "SHOW TRANSACTIONS",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "CALL db.createLabel('Evil')",
    "CALL dbms.listConfig()",
    "MATCH (n) CALL (n) { SET n.z = 1 } RETURN count(*) AS c",
])
def test_the_plan_check_alone_refuses(text: str, neo4j_driver: Driver, before: str,
                                      fingerprint: Callable[[], str], monkeypatch: pytest.MonkeyPatch) -> None:
    """With the text check disabled, the plan (query type and operators) still refuses;
    LOAD CSV and SHOW/TERMINATE plan as reads, so the operator check matters."""
    monkeypatch.setattr(guard, "check_text", lambda text: None)
    VERDICTS.clear()
    try:
        with pytest.raises(QueryRefused):
            run_read_only(neo4j_driver, text, timeout=5, row_cap=10)
    finally:
        VERDICTS.clear()
    assert fingerprint() == before


def test_the_read_transaction_holds_even_without_the_other_layers(
    neo4j_driver: Driver, before: str, fingerprint: Callable[[], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Disable the text and plan checks: Neo4j's READ transaction still refuses the write."""
    monkeypatch.setattr(guard, "check_text", lambda text: None)
    monkeypatch.setattr(guard, "check_plan", lambda kind, plan: None)
    VERDICTS.clear()
    try:
        with pytest.raises(QueryRefused, match="read-only transaction"):
            run_read_only(neo4j_driver, "MATCH (n:Organization) SET n.name = 'pwned'", timeout=5, row_cap=10)
    finally:
        VERDICTS.clear()
    assert fingerprint() == before


def test_cli_cypher_uses_the_same_guard(neo4j_connection: object, before: str,
                                        fingerprint: Callable[[], str]) -> None:
    import subprocess
    import sys

    uri, user, password = neo4j_connection  # type: ignore[misc]
    env = {"NEO4J_URI": uri, "NEO4J_USER": user, "NEO4J_PASSWORD": password, "PATH": "/usr/bin:/bin"}
    refused = subprocess.run([sys.executable, "-m", "stratgraph", "cypher", "MATCH (n) DETACH DELETE n"],
                             capture_output=True, text=True, env=env, timeout=60)
    assert refused.returncode == 1 and "read_only" in refused.stderr
    read = subprocess.run([sys.executable, "-m", "stratgraph", "cypher", "MATCH (n:Person) RETURN count(n) AS people",
                           "--format", "json"], capture_output=True, text=True, env=env, timeout=60)
    assert read.returncode == 0, read.stderr
    assert '"people": 7' in read.stdout
    assert fingerprint() == before
