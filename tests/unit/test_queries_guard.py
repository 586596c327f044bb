"""The guard's text and plan layers, without a database (the integration suite runs them live)."""

from __future__ import annotations

import pytest

from stratgraph.queries import guard
from stratgraph.queries.cypher_text import CypherTextError, code_only, parameters
from stratgraph.queries.errors import QueryFailed, QueryRefused


@pytest.mark.parametrize(
    "text",
    [
        "CREATE (n)",
        "merge (n:X {id: 1})",
        "// comment\nCREATE (n)",
        "/* MATCH */ DELETE n",
        "MATCH (n) RETURN n; MATCH (m) DELETE m",
        "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
        "WITH 1 AS x LOAD  CSV FROM 'x' AS l RETURN l",
        "USE system MATCH (n) RETURN n",
        "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS",
        "CALL db.createLabel('X')",
        "CALL dbms.listConfig()",
        "call DB.CREATELABEL('X')",
        "CALL apoc.load.json('x')",
        "MATCH (n) CALL\n  apoc.periodic.iterate('a', 'b', {}) YIELD batches RETURN n",
        "RETURN apoc.text.join(['a'], ',') AS x",
        "RETURN gds.version() AS v",
        "CALL `db`.`labels`()",
        "RETURN `apoc.version`() AS v",
        "SHOW INDEXES",
        "TERMINATE TRANSACTIONS 'x'",
        "DROP INDEX entity_name",
        "PROFILE MATCH (n) RETURN n",
        "CYPHER runtime=slotted MATCH (n) RETURN n",
        "",
        "   ",
        "// only a comment",
    ],
)
def test_text_layer_refuses(text: str) -> None:
    with pytest.raises(QueryRefused):
        guard.check_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "MATCH (n) RETURN n",
        "optional match (n) return n",
        "RETURN 'CREATE (n); LOAD CSV USE' AS s",
        "MATCH (n) RETURN n // DELETE n; LOAD CSV",
        "MATCH (n) RETURN n.name AS `USE`",
        "CALL db.labels() YIELD label RETURN label",
        "CALL db.index.fulltext.queryNodes('entity_search', 'x') YIELD node RETURN node",
        "CALL () { MATCH (n) RETURN n } RETURN count(n) AS c",
        "RETURN date('2024-01-01') AS d, duration.between(date(), date()) AS g, toLower('X') AS l",
        "WITH point({x: 1, y: 2}) AS p RETURN point.distance(p, p) AS d",
        "UNWIND [1, 2] AS x RETURN x",
        "MATCH (n) WHERE n.name CONTAINS \"it's\" RETURN n",
    ],
)
def test_text_layer_allows_reads(text: str) -> None:
    guard.check_text(text)


def test_unterminated_literals_are_syntax_errors() -> None:
    with pytest.raises(QueryFailed):
        guard.check_text("MATCH (n) RETURN 'open")
    with pytest.raises(CypherTextError):
        code_only("RETURN `open")
    with pytest.raises(CypherTextError):
        code_only("RETURN 1 /* open")


def test_strip_statement_drops_one_trailing_semicolon() -> None:
    assert guard.strip_statement("  MATCH (n) RETURN n ;  ") == "MATCH (n) RETURN n"
    with pytest.raises(QueryRefused):
        guard.check_text(guard.strip_statement("RETURN 1;;"))


def test_code_only_masks_strings_comments_and_quoted_names() -> None:
    masked = code_only("MATCH (`a b`) WHERE n.x = 'CREATE \\' x' /* DELETE */ RETURN \"SET\" // MERGE")
    for word in ("CREATE", "DELETE", "SET", "MERGE", "a b"):
        assert word not in masked
    assert "MATCH" in masked and "RETURN" in masked


def test_parameters_found_only_in_code() -> None:
    text = "MATCH (n {id: $id}) WHERE n.x = '$no' AND n.y = $`odd name` RETURN $limit // $nope"
    assert parameters(text) == {"id", "`odd name`", "limit"}


def plan(*operators: tuple[str, str]) -> dict:
    """A nested EXPLAIN plan with the given (operatorType, details), root first."""
    node: dict | None = None
    for operator, details in reversed(operators):
        node = {"operatorType": operator, "args": {"Details": details}, "children": [node] if node else []}
    assert node is not None
    return node


def test_plan_layer_requires_a_read_query_type() -> None:
    guard.check_plan("r", plan(("ProduceResults@neo4j", "n"), ("AllNodesScan@neo4j", "n")))
    for kind in ("w", "rw", "s", None):
        with pytest.raises(QueryRefused):
            guard.check_plan(kind, plan(("ProduceResults@neo4j", "n")))


@pytest.mark.parametrize(
    "operators",
    [
        [("ProduceResults@neo4j", "l"), ("LoadCSV@neo4j", "l")],  # LOAD CSV plans as a read
        [("ProduceResults@neo4j", "x"), ("ShowTransactions@neo4j", "all")],
        [("ProduceResults@neo4j", "x"), ("TerminateTransactions@neo4j", "x")],
        [("ProduceResults@neo4j", ""), ("ProcedureCall@neo4j", "dbms.listConfig() :: (name :: STRING)")],
        [("ProduceResults@neo4j", ""), ("ProcedureCall@neo4j", "")],
    ],
)
def test_plan_layer_refuses_forbidden_operators_even_in_reads(operators: list[tuple[str, str]]) -> None:
    with pytest.raises(QueryRefused):
        guard.check_plan("r", plan(*operators))


def test_plan_layer_allows_allowlisted_procedures() -> None:
    guard.check_plan("r", plan(("ProduceResults@neo4j", "label"),
                               ("ProcedureCall@neo4j", "db.labels() :: (label :: STRING)")))
