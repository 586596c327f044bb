"""Session 18: a German apposition whose descriptor is a compound ("das KI-Softwareunternehmen")
names a firm, and a discovered model whose first word looks like a case-bound acronym of the
knowledge base ("Aria" and the agency ARIA) gets no owner from it. Every sentence is written for
this file; the firms are invented or only named."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts, of


@pytest.mark.parametrize("text", [
    "Gestern meldete Quellbau, das KI-Softwareunternehmen von Tamsin Berg, eine neue Runde.",
    "Quellbau, ein Münchner Chipkonzern, stellte am Montag einen Beschleuniger vor.",
    "Quellbau, die Cloud-Tochterfirma des Konzerns, wächst schnell.",
])
def test_a_compound_descriptor_in_a_german_apposition_names_a_firm(text: str) -> None:
    assert entities(text, "de").get("Quellbau") == "Organization"


def test_a_compound_head_after_a_person_names_no_firm() -> None:
    found = entities("Tamsin Berg, der Chef des Softwareunternehmens, sprach am Montag.", "de")
    assert found.get("Tamsin Berg") != "Organization"


def test_a_case_bound_acronym_gives_no_owner_to_a_model_that_only_looks_like_it() -> None:
    found = facts("Its chatbot, Aria, runs on the Opera browser.", "en")
    assert not of(found, "DEVELOPS")
    assert "Advanced Research and Invention Agency" not in entities(
        "Its chatbot, Aria, runs on the Opera browser.", "en")
