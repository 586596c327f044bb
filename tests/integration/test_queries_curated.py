"""Every curated query against the fixture graph, with its example parameters and more.

The fixture (tests/data/curated_graph.jsonl) is small enough to know the right answers: each
check below is what a researcher would expect, so a query that runs but answers wrongly fails.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from neo4j import Driver

from stratgraph.queries.readonly import QueryResult, run_read_only
from stratgraph.queries.registry import get_registry

pytestmark = pytest.mark.neo4j


def run(driver: Driver, name: str, **given: Any) -> QueryResult:
    query = get_registry()[name]
    params = query.example_params() if not given else given
    return run_read_only(driver, query.cypher, query.bind(params), timeout=10, row_cap=1000)


def column(result: QueryResult, name: str) -> list[Any]:
    return [row[name] for row in result.rows]


def check_announcements(r: QueryResult) -> None:
    assert column(r, "event") == ["event:openai-restructuring-2025"]


def check_co_mentioned(r: QueryResult) -> None:
    assert r.rows[0]["id"] == "person:sam-altman" and r.rows[0]["shared_articles"] == 4
    assert set(column(r, "type")) == {"Person"}
    assert column(r, "shared_articles") == sorted(column(r, "shared_articles"), reverse=True)


def check_competitors(r: QueryResult) -> None:
    # COMPETES_WITH is symmetric: OpenAI was the object in two of the three statements
    assert set(column(r, "id")) == {"org:anthropic", "org:deepseek", "org:mistral-ai"}


def check_criticisms(r: QueryResult) -> None:
    assert {(x["critic"], x["target"]) for x in r.rows} == {
        ("person:elon-musk", "org:openai"), ("person:elon-musk", "person:sam-altman")}


def check_entity_articles(r: QueryResult) -> None:
    assert len(r.rows) == 13
    assert r.rows[0]["article"] == "openai-gpt-oss"
    assert column(r, "published") == sorted(column(r, "published"), reverse=True)
    assert {row["lang"] for row in r.rows} == {"en", "fr", "de"}


def check_entity_profile(r: QueryResult) -> None:
    (row,) = r.rows
    assert row["type"] == "Organization" and row["wikidata"] == "Q21708200"
    assert {"OpenAI", "Openai", "OpenIA"} <= set(row["aliases"])
    assert row["articles"] == 13 and row["claims_as_subject"] > 0 and row["claims_as_object"] > 0


def check_entity_timeline(r: QueryResult) -> None:
    dates = column(r, "date")
    assert dates == sorted(dates) and min(dates) >= "2020-01-01"
    assert all("org:openai" in (row["subject"], row["object"]) for row in r.rows)
    assert all(row["sentence"] and row["article"] for row in r.rows)


def check_fact_evidence(r: QueryResult) -> None:
    (row,) = r.rows
    assert row["sentence"] == "OpenAI released gpt-oss-120b with open weights."
    assert row["article"] == "openai-gpt-oss" and row["date"] == "2025-08-05"
    assert '"open_weights": true' in row["properties"]


def check_influence_paths(r: QueryResult) -> None:
    assert r.rows[0]["ids"] == ["org:meta", "org:deepseek", "org:openai"]
    assert r.rows[0]["hops"] == 2 and r.rows[0]["relations"] == ["INFLUENCED", "INFLUENCED"]


def check_influential_actors(r: QueryResult) -> None:
    assert r.rows[0]["id"] == "person:elon-musk"
    assert set(column(r, "type")) == {"Person"}
    scores = column(r, "score")
    assert scores == sorted(scores, reverse=True)


def check_money_and_partners(r: QueryResult) -> None:
    ties = {(x["relation"], x["direction"], x["id"]): x for x in r.rows}
    assert ties[("INVESTS_IN", "out", "org:openai")]["claims"] == 2
    assert ("INVESTS_IN", "out", "org:mistral-ai") in ties
    # stated as "Mistral AI and Microsoft sign an alliance": found from Microsoft's side too
    assert ("PARTNERS_WITH", "both", "org:mistral-ai") in ties
    assert ("PARTNERS_WITH", "both", "org:openai") in ties


def check_open_weight_releases(r: QueryResult) -> None:
    # GPT-2 (2019) is outside the window; o3-mini is closed; Grok 2 says nothing about weights
    assert column(r, "model") == ["model:llama-2", "model:mistral-7b", "model:deepseek-r1",
                                  "model:gpt-oss-120b"]


def check_organization_models(r: QueryResult) -> None:
    flags = {row["id"]: row["open_weights"] for row in r.rows}
    assert flags == {"model:gpt-2": True, "model:o3-mini": False, "model:gpt-oss-120b": True,
                     "product:chatgpt": None}
    assert column(r, "first_seen") == sorted(column(r, "first_seen"))


def check_organization_people(r: QueryResult) -> None:
    seen = {(x["id"], x["relation"], x["role"]) for x in r.rows}
    assert ("person:sam-altman", "LEADS", "CEO") in seen
    assert ("person:ilya-sutskever", "WORKS_FOR", "chief scientist") in seen
    assert ("person:ilya-sutskever", "LEFT", None) in seen
    assert ("person:elon-musk", "FOUNDED", None) in seen
    assert ("person:dario-amodei", "LEFT", None) in seen


def check_person_career(r: QueryResult) -> None:
    assert [(x["organization"], x["relation"], x["role"]) for x in r.rows] == [
        ("org:openai", "LEADS", "CEO")]


def check_position_stances(r: QueryResult) -> None:
    stances = {(x["actor"], x["stance"]) for x in r.rows}
    assert stances == {
        ("org:openai", "SUPPORTS"), ("org:meta", "SUPPORTS"), ("org:mistral-ai", "SUPPORTS"),
        ("person:yann-lecun", "SUPPORTS"), ("org:openai", "OPPOSES"), ("org:meta", "OPPOSES")}


def check_search_entities(r: QueryResult) -> None:
    assert r.rows[0]["id"] == "org:openai"
    assert set(column(r, "type")) == {"Organization"}


def check_stance_changes(r: QueryResult) -> None:
    (row,) = r.rows
    assert (row["from_stance"], row["from_date"]) == ("OPPOSES", "2019-02-14")
    assert (row["to_stance"], row["to_date"]) == ("SUPPORTS", "2025-08-05")
    assert row["from_article"] == "openai-gpt2-withheld" and row["to_article"] == "openai-gpt-oss"


def check_stance_timeline(r: QueryResult) -> None:
    assert [(x["date"], x["stance"]) for x in r.rows] == [
        ("2019-02-14", "OPPOSES"), ("2025-08-05", "SUPPORTS")]
    assert r.rows[0]["sentence"].startswith("OpenAI withheld the full GPT-2 model")


CHECKS: dict[str, Callable[[QueryResult], None]] = {
    name.removeprefix("check_"): fn for name, fn in globals().items() if name.startswith("check_")
}


def test_every_curated_query_has_a_check() -> None:
    assert set(CHECKS) == set(get_registry()), "add a check_<name> for each new query"


@pytest.mark.parametrize("name", sorted(get_registry()))
def test_curated_query_with_its_examples(name: str, neo4j_driver: Driver, fixture_graph: object) -> None:
    result = run(neo4j_driver, name)
    assert result.rows, f"{name} answered nothing with its example parameters"
    assert not result.truncated
    CHECKS[name](result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OPENIA", "org:openai"),  # case, and a Spanish/French spelling seen as an alias
        ("openai", "org:openai"),
        ("Sebastien Bubeck", "person:sebastien-bubeck"),  # accent-insensitive
        ("sébastien", "person:sebastien-bubeck"),
        ("Comisión Europea", "org:european-commission"),
        ("europaische kommission", "org:european-commission"),
        ("commission européenne", "org:european-commission"),
        ("o3 mini", "model:o3-mini"),  # punctuation does not matter
        ("O3-MinI", "model:o3-mini"),
        ("grok2", "model:grok-2"),
        ("Deepseek", "org:deepseek"),
        ("深度求索", "org:deepseek"),  # a script the index splits per character
        ("twitter", "product:x"),
        ("mistral a", "org:mistral-ai"),  # every word as a prefix
        ("antrophic", "org:anthropic"),  # misspellings never seen as aliases: edit distance
        ("Microsfot", "org:microsoft"),
    ],
)
def test_search_in_any_language(text: str, expected: str, neo4j_driver: Driver, fixture_graph: object) -> None:
    result = run(neo4j_driver, "search_entities", q=text)
    assert result.rows and result.rows[0]["id"] == expected, (text, result.rows[:3])


def test_search_text_cannot_smuggle_lucene_syntax(neo4j_driver: Driver, fixture_graph: object) -> None:
    result = run(neo4j_driver, "search_entities", q='name:* OR "x" AND -y~ (z')
    assert isinstance(result.rows, list)  # folded to plain words: no parse error, no wildcard-all


def test_stance_change_in_the_reverse_direction(neo4j_driver: Driver, fixture_graph: object) -> None:
    result = run(neo4j_driver, "stance_changes", actor=None, position=None)
    changes = {(r["actor"], r["from_stance"], r["to_stance"]) for r in result.rows}
    assert changes == {("org:openai", "OPPOSES", "SUPPORTS"), ("org:meta", "SUPPORTS", "OPPOSES")}


def test_fact_evidence_of_a_symmetric_relation_either_way(neo4j_driver: Driver, fixture_graph: object) -> None:
    # the article says "Mistral AI y Microsoft firman una alianza": Mistral is the subject
    result = run(neo4j_driver, "fact_evidence", subject="org:microsoft", predicate="PARTNERS_WITH",
                 object="org:mistral-ai")
    assert [r["article"] for r in result.rows] == ["microsoft-mistral"]
    by_object = run(neo4j_driver, "fact_evidence", object="org:openai", predicate="INVESTS_IN")
    assert {r["subject"] for r in by_object.rows} == {"org:microsoft", "person:elon-musk"}


def test_influence_paths_undirected(neo4j_driver: Driver, fixture_graph: object) -> None:
    directed = run(neo4j_driver, "influence_paths", source="org:openai", target="org:meta")
    assert directed.rows == []  # no chain runs from OpenAI to Meta along the arrows
    undirected = run(neo4j_driver, "influence_paths", source="org:openai", target="org:meta",
                     directed=False)
    assert undirected.rows and undirected.rows[0]["ids"][0] == "org:openai"


def test_every_relation_type_is_in_the_fixture(neo4j_driver: Driver, fixture_graph: object) -> None:
    from stratgraph.graph.schema import get_schema

    with neo4j_driver.session() as session:
        present = {r["t"] for r in session.run("MATCH ()-[r]->() RETURN DISTINCT type(r) AS t")}
    assert set(get_schema().relation_types) <= present
