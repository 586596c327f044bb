"""The diagram model without a database: neighbourhood, edges with citations, scores, pruning."""

from __future__ import annotations

from pathlib import Path

import pytest

from stratgraph.graph.diagram import relation_types
from stratgraph.graph.diagram.build import (
    ClaimRow,
    EntityRow,
    build_graph,
    influence_scores,
    iso_date,
    pagerank,
    prune,
)
from stratgraph.graph.diagram.offline import (
    claims_from_jsonl,
    find_entity,
    in_window,
    neighbourhood,
)
from stratgraph.graph.schema import get_schema

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "diagram_fixture.jsonl"
DEPTH1 = {
    "org:openai", "person:sam-altman", "org:microsoft", "model:gpt-oss-120b",
    "position:open-weights", "org:deepseek", "person:elon-musk", "product:chatgpt",
    "person:ilya-sutskever",
}
DEPTH2_EXTRA = {"org:xai", "org:ssi", "model:deepseek-r1"}


@pytest.fixture(scope="module")
def claims() -> list[ClaimRow]:
    return claims_from_jsonl(str(FIXTURE), get_schema())


def graph_for(claims: list[ClaimRow], depth: int = 1, **kwargs: object):  # type: ignore[no-untyped-def]
    schema = get_schema()
    chosen = neighbourhood(claims, "org:openai", schema, depth=depth, **kwargs)  # type: ignore[arg-type]
    return build_graph(chosen, schema, "org:openai")


@pytest.mark.parametrize("text", ["OpenAI", "openai", "OpenIA", "open-ai", "ÖPENAI", "org:openai"])
def test_focus_found_by_any_spelling(claims: list[ClaimRow], text: str) -> None:
    found = find_entity(claims, text)
    assert found is not None and found.id == "org:openai"


def test_unknown_focus_is_none(claims: list[ClaimRow]) -> None:
    assert find_entity(claims, "Anthropic") is None


def test_depth_one_has_exactly_the_direct_neighbours(claims: list[ClaimRow]) -> None:
    graph = graph_for(claims, depth=1)
    assert set(graph) == DEPTH1
    assert all(graph.nodes[n]["distance"] == 1 for n in DEPTH1 - {"org:openai"})


def test_depth_two_reaches_second_hop_but_not_unrelated(claims: list[ClaimRow]) -> None:
    graph = graph_for(claims, depth=2)
    assert set(graph) == DEPTH1 | DEPTH2_EXTRA
    assert graph.nodes["org:xai"]["distance"] == 2
    assert "org:mistral" not in graph and "org:nvidia" not in graph


def test_edge_aggregates_claims_with_citations(claims: list[ClaimRow]) -> None:
    graph = graph_for(claims)
    edge = graph.edges["org:microsoft", "org:openai", "INVESTS_IN"]
    assert edge["count"] == 2 and edge["articles"] == 1
    assert (edge["first_seen"], edge["last_seen"]) == ("2019", "2023-01-23")
    assert edge["influence"] is True
    sentences = [c["sentence"] for c in edge["citations"]]
    assert "Microsoft said it would invest billions more in OpenAI." in sentences
    assert {c["title"] for c in edge["citations"]} == {"Fixture: Microsoft adds to its OpenAI stake"}


def test_undated_claim_takes_the_article_date(claims: list[ClaimRow]) -> None:
    edge = graph_for(claims).edges["org:openai", "product:chatgpt", "DEVELOPS"]
    assert edge["first_seen"] == "2025-08-05" and edge["influence"] is False


def test_symmetric_relation_is_one_edge_with_sorted_ends(claims: list[ClaimRow]) -> None:
    graph = graph_for(claims)
    assert graph.has_edge("org:deepseek", "org:openai", "COMPETES_WITH")
    assert not graph.has_edge("org:openai", "org:deepseek", "COMPETES_WITH")
    assert graph.edges["org:deepseek", "org:openai", "COMPETES_WITH"]["symmetric"] is True


def test_stance_change_is_two_dated_edges(claims: list[ClaimRow]) -> None:
    graph = graph_for(claims)
    supports = graph.edges["org:openai", "position:open-weights", "SUPPORTS"]
    opposes = graph.edges["org:openai", "position:open-weights", "OPPOSES"]
    assert opposes["first_seen"] < supports["first_seen"]


def test_since_filter_keeps_only_dated_claims_in_window(claims: list[ClaimRow]) -> None:
    graph = graph_for(claims, since="2025-01-01")
    relations = {key for _, _, key in graph.edges(keys=True)}
    assert relations == {"RELEASED", "SUPPORTS", "DEVELOPS", "INFLUENCED", "COMPETES_WITH"}


def test_until_filter_with_partial_dates(claims: list[ClaimRow]) -> None:
    graph = graph_for(claims, until="2019-12-31")
    pairs = {(s, k, o) for s, o, k in graph.edges(keys=True)}
    assert pairs == {
        ("org:microsoft", "INVESTS_IN", "org:openai"),
        ("person:elon-musk", "FOUNDED", "org:openai"),
        ("org:openai", "OPPOSES", "position:open-weights"),
    }
    # the 2023 claim of the same edge is outside the window: only one citation remains
    assert graph.edges["org:microsoft", "org:openai", "INVESTS_IN"]["count"] == 1


@pytest.mark.parametrize(
    ("seen", "since", "until", "inside"),
    [
        ("2024", "2024-06-01", None, True),  # a year overlaps any window inside it
        ("2024-05", "2024-06-01", None, False),
        ("2024-06-30", None, "2024-06", True),
        ("2024-07-01", None, "2024-06", False),
        (None, "2020", None, False),
        (None, None, None, True),
    ],
)
def test_window_on_partial_dates(seen: str | None, since: str | None, until: str | None, inside: bool) -> None:
    assert in_window(seen, since, until) is inside


def test_relation_filter_influence_shortcut(claims: list[ClaimRow]) -> None:
    schema = get_schema()
    types = relation_types(["influence"], schema)
    assert types is not None and "INFLUENCED" in types and "RELEASED" not in types
    graph = graph_for(claims, relations=types)
    assert all(data["influence"] for _, _, data in graph.edges(data=True))
    assert "model:gpt-oss-120b" not in graph


def test_relation_filter_rejects_unknown_type() -> None:
    with pytest.raises(ValueError, match="unknown relation type 'bought'"):
        relation_types(["LEADS,bought"], get_schema())


def test_pagerank_matches_reference_values() -> None:
    # a -> b -> c -> a (a cycle) plus d -> a: a known small case
    ranks = pagerank([("a", "b", 1), ("b", "c", 1), ("c", "a", 1), ("d", "a", 1)])
    assert sum(ranks.values()) == pytest.approx(1.0)
    # solved by hand for alpha = 0.85: d = 0.15/4, a = d (1 + alpha)^2 / (1 - alpha^3),
    # b = d + alpha a, c = d + alpha b
    d = 0.15 / 4
    a = d * (1.85**2) / (1 - 0.85**3)
    b = d + 0.85 * a
    c = d + 0.85 * b
    expected = {"a": a, "b": b, "c": c, "d": d}
    assert ranks == pytest.approx(expected, abs=1e-8)
    cycle = pagerank([("x", "y", 1), ("y", "z", 1), ("z", "x", 1)])
    assert all(v == pytest.approx(1 / 3) for v in cycle.values())


def test_pagerank_uses_weights() -> None:
    ranks = pagerank([("s", "heavy", 9.0), ("s", "light", 1.0)])
    assert ranks["heavy"] > ranks["light"]


def test_influence_score_favours_who_acts_on_many() -> None:
    edges = [("person:boss", f"org:o{i}", 1.0) for i in range(4)] + [("org:o0", "org:x", 1.0)]
    scores = influence_scores(edges)
    assert max(scores, key=scores.get) == "person:boss"  # type: ignore[arg-type]
    assert scores["person:boss"] > scores["org:o0"] > scores["org:x"]


def test_scores_size_nodes_between_zero_and_one(claims: list[ClaimRow]) -> None:
    schema = get_schema()
    scores = influence_scores(
        [(c.subject.id, c.object.id, 1.0) for c in claims if schema.relations[c.predicate].influence]
    )
    graph = build_graph(neighbourhood(claims, "org:openai", schema), schema, "org:openai", scores)
    sizes = {n: d["size"] for n, d in graph.nodes(data=True)}
    assert min(sizes.values()) == 0.0 and max(sizes.values()) == 1.0
    # gpt-oss-120b is in no influence relation: smallest
    assert sizes["model:gpt-oss-120b"] == 0.0


def _star(n: int) -> list[ClaimRow]:
    hub = EntityRow("org:hub", "Hub", "Organization")
    rows = []
    for i in range(n):
        leaf = EntityRow(f"person:p{i}", f"P{i}", "Person")
        rows.append(ClaimRow(f"c{i}", "LEADS", leaf, hub, "s", "2024", 0.5, "x", "a", f"Article {i}"))
        for j in range(i % 3):  # some leaves are better attested
            rows.append(ClaimRow(f"c{i}-{j}", "LEADS", leaf, hub, "s", "2024", 0.5, "x", f"a{j}"))
    return rows


def test_prune_keeps_focus_and_best_attested() -> None:
    graph = build_graph(_star(30), get_schema(), "org:hub")
    small = prune(graph, 11)
    assert small.number_of_nodes() == 11 and "org:hub" in small
    assert small.graph["omitted"] == 20
    # leaves with i % 3 == 2 have three claims: they are kept first
    assert all(int(n.removeprefix("person:p")) % 3 == 2 for n in small if n != "org:hub")


@pytest.mark.parametrize(("value", "expected"), [
    ("2024", "2024"), ("2024-05", "2024-05"), ("2024-05-20T10:00:00Z", "2024-05-20"),
    ("unknown", None), ("20245", None), (None, None), ("", None)])
def test_only_iso_dates_count_as_dates(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_placeholder_publication_date_is_undated() -> None:
    a = EntityRow("org:a", "A", "Organization")
    b = EntityRow("org:b", "B", "Organization")
    claim = ClaimRow("c", "ACQUIRED", a, b, "A bought B.", None, 0.5, "x", "art", published="unknown")
    graph = build_graph([claim], get_schema(), "org:a")
    assert graph.edges["org:a", "org:b", "ACQUIRED"]["first_seen"] is None
    assert not in_window(claim.seen, "2020", None)
