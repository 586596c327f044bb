"""Competing candidate spans: the longest wins, then the most trusted source; no overlap."""

from __future__ import annotations

from stratgraph.ingest.spans import resolve_overlaps


def cand(start: int, end: int, source: str, entity: str = "x") -> tuple:
    return (start, end, entity, source, "", None)


def test_the_longest_span_wins_and_the_overlapped_ones_go() -> None:
    chosen = resolve_overlaps([cand(0, 6, "kb"), cand(0, 13, "discovered"), cand(7, 13, "kb"),
                               cand(14, 20, "kb")])
    assert [(c[0], c[1]) for c in chosen] == [(0, 13), (14, 20)]


def test_equal_spans_go_to_the_most_trusted_source() -> None:
    chosen = resolve_overlaps([cand(3, 9, "fuzzy", "a"), cand(3, 9, "kb", "b")])
    assert [c[2] for c in chosen] == ["b"]


def test_touching_spans_both_stay_and_come_back_in_text_order() -> None:
    chosen = resolve_overlaps([cand(10, 15, "kb"), cand(5, 10, "kb"), cand(0, 5, "family")])
    assert [(c[0], c[1]) for c in chosen] == [(0, 5), (5, 10), (10, 15)]


def test_one_longer_span_across_two_shorter_ones_removes_both() -> None:
    chosen = resolve_overlaps([cand(0, 5, "kb"), cand(6, 11, "kb"), cand(3, 9, "event")])
    assert [(c[0], c[1]) for c in chosen] == [(3, 9)]


def test_a_span_inside_a_chosen_one_is_dropped_whatever_its_source() -> None:
    chosen = resolve_overlaps([cand(0, 20, "event"), cand(5, 8, "kb"), cand(19, 25, "kb")])
    assert [(c[0], c[1]) for c in chosen] == [(0, 20)]
