"""Session 19: a German apposition in the dative or genitive ("mit Sierra, dem Start-up von
X", "von Quellbau, einem Münchner Softwareunternehmen") names a firm as the nominative one
does. Every sentence is written for this file; the firms are invented or only named."""

from __future__ import annotations

import pytest

from extract_helpers import entities


@pytest.mark.parametrize("text", [
    "Parloa konkurriert mit Quellbau, dem Start-up von Tamsin Berg.",
    "Das Geld kommt von Quellbau, einem Münchner Softwareunternehmen, und anderen Investoren.",
    "Der Vertrag mit Quellbau, des Berliner Herstellers, wurde am Montag verlängert.",
    "Die Bank arbeitet mit Quellbau, ihrem wichtigsten Anbieter, zusammen.",
])
def test_a_declined_german_apposition_names_a_firm(text: str) -> None:
    assert entities(text, "de").get("Quellbau") == "Organization"


def test_a_declined_apposition_after_a_person_names_no_firm() -> None:
    found = entities("Das sagte Tamsin Berg, dem Chef des Unternehmens, am Montag.", "de")
    assert found.get("Tamsin Berg") != "Organization"
