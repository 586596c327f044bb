"""Session 27: a hedge governs a title only from its own phrase.

"Cohere said Dana Holt, its chief technology officer, would run the unit": the "would" hedges
what she will do, not the title she holds, so she works for Cohere; "Dana Holt may become its
chief technology officer" stays unread. Every sentence is written for this file: none is taken
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
