"""Session 29: Alphabet is its own organization, the parent of Google and of its other bets
(Waymo, Verily, Isomorphic Labs...), not a spelling of Google: articles name it for the
holding's own chief, shares and stakes. A person titled chief of two firms joined by "and" leads
both. Every sentence is written for this file: none is taken from a set."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts, of
from stratgraph.ingest.kb import get_kb


def test_alphabet_is_googles_parent_not_its_alias() -> None:
    kb = get_kb()
    assert kb.entities["org:alphabet"].name == "Alphabet"
    assert "Alphabet" not in kb.entities["org:google"].aliases
    assert kb.parent_or_unit("org:alphabet", "org:google")
    assert kb.parent_or_unit("org:waymo", "org:alphabet")
    named = entities("Alphabet shares fell while Google hired more engineers.", "en")
    assert named.get("Alphabet") == named.get("Google") == "Organization"


@pytest.mark.parametrize("text,lang", [
    ("Sundar Pichai, the chief executive of Google and Alphabet, spoke at the event.", "en"),
    ("Sundar Pichai, le PDG de Google et d’Alphabet, a pris la parole mardi.", "fr"),
    ("Sundar Pichai, consejero delegado de Google y de Alphabet, habló el martes.", "es"),
])
def test_a_chief_of_two_firms_leads_both(text: str, lang: str) -> None:
    assert of(facts(text, lang), "LEADS") == {("Sundar Pichai", "LEADS", "Google"),
                                              ("Sundar Pichai", "LEADS", "Alphabet")}


def test_a_second_firm_that_opens_a_new_subject_is_not_led() -> None:
    text = "Sundar Pichai, chief executive of Google and Microsoft's Satya Nadella spoke."
    assert ("Sundar Pichai", "LEADS", "Microsoft") not in facts(text, "en")
