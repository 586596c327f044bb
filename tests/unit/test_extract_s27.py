"""Session 27: a hedge governs a title only from its own phrase; a founder with a staff title
works for the firm.

"Cohere said Dana Holt, its chief technology officer, would run the unit": the "would" hedges
what she will do, not the title she holds, so she works for Cohere; "Dana Holt may become its
chief technology officer" stays unread. A co-founder who is also the chief technology officer
works for the firm as well as founding it; a co-founder who is its chief executive leads it,
and no job is added. Every sentence is written for this file: none is taken
from a set."""

from __future__ import annotations

import pytest

from extract_helpers import facts, of


@pytest.mark.parametrize("text,lang", [
    ("Cohere said Dana Holt, its chief technology officer, would run the new unit for now.", "en"),
    ("Cohere said Dana Holt, its chief technology officer, might join the board.", "en"),
])
def test_a_later_hedge_leaves_the_title(text: str, lang: str) -> None:
    assert of(facts(text, lang), "WORKS_FOR") == {("Dana Holt", "WORKS_FOR", "Cohere")}


def test_a_hedged_title_is_no_job() -> None:
    text = "Cohere is hiring. Dana Holt may become its chief technology officer."
    assert of(facts(text, "en"), "WORKS_FOR") == set()


@pytest.mark.parametrize("text,lang", [
    ("Dana Holt, co-founder and chief technology officer of Cohere, spoke first.", "en"),
    ("Dana Holt, cofondatrice et directrice technique de Cohere, a pris la parole.", "fr"),
])
def test_a_founder_with_a_staff_title_works_there(text: str, lang: str) -> None:
    assert of(facts(text, lang), "FOUNDED", "WORKS_FOR") == {
        ("Dana Holt", "FOUNDED", "Cohere"), ("Dana Holt", "WORKS_FOR", "Cohere")}


def test_a_founder_who_leads_only_leads() -> None:
    text = "Dana Holt, co-founder and chief executive of Cohere, spoke first."
    assert of(facts(text, "en"), "FOUNDED", "LEADS", "WORKS_FOR") == {
        ("Dana Holt", "FOUNDED", "Cohere"), ("Dana Holt", "LEADS", "Cohere")}
