"""Session-9 discovery and funding targets: a camel-case name is a firm, a benchmark is not, and
a round in context never funds a university or a stock exchange. Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("ProteoForge said on Tuesday that it had raised $142 million.", "en", "ProteoForge"),
    ("LabHarbor a été fondée fin 2023 par Sam Rodriques.", "fr", "LabHarbor"),
    ("Zu den Investoren von MedLattice gehört Sequoia.", "de", "MedLattice"),
])
def test_a_camel_case_name_is_a_firm(text: str, lang: str, name: str) -> None:
    assert entities(text, lang).get(name) == "Organization"


@pytest.mark.parametrize("text", [
    "The model beats rivals on the CareBench benchmark.",
    "The model OrbitCoder is faster than its predecessor.",
    "Yann LeCun and McKinsey spoke in Paris.",
])
def test_benchmarks_models_and_surname_prefixes_are_no_camel_case_firms(text: str) -> None:
    found = entities(text, "en")
    assert not [n for n, t in found.items()
                if t == "Organization" and n in ("CareBench", "OrbitCoder", "LeCun", "McKinsey")]


def test_the_founder_of_a_camel_case_firm_founded_it() -> None:
    assert ("Sam Rodriques", "FOUNDED", "LabHarbor") in facts(
        "LabHarbor a été fondée fin 2023 par Sam Rodriques.", "fr")


def test_investors_in_a_firm_include() -> None:
    found = facts("Investors in MedLattice include Sequoia and Kleiner Perkins.", "en")
    assert ("Sequoia Capital", "INVESTS_IN", "MedLattice") in found
    assert ("Kleiner Perkins", "INVESTS_IN", "MedLattice") in found


def test_a_round_in_context_funds_no_university() -> None:
    found = facts("The founders met at Stanford University. The round was led by Lux Capital, "
                  "with Sequoia Capital also taking part.", "en")
    assert not [f for f in found if f[1] == "INVESTS_IN" and f[2] == "Stanford University"]


def test_a_camel_case_name_ending_in_a_model_word_is_a_model() -> None:
    assert entities("Meta a publié SongGen et CodeBot.", "fr").get("SongGen") == "Model"
