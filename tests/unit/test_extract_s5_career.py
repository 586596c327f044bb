"""Session-5 career moves: leaving one employer for another, in six languages. Every sentence
is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Laura Diaz moved from Google to Anthropic.", "en"),
    ("Laura Diaz left Google for Anthropic in May.", "en"),
    ("Laura Diaz a quitté Google pour Anthropic.", "fr"),
    ("Laura Díaz dejó Google por Anthropic.", "es"),
    ("Laura Diaz è passata da Google ad Anthropic.", "it"),
    ("Laura Diaz trocou o Google pela Anthropic.", "pt"),
])
def test_a_move_leaves_one_employer_and_joins_the_other(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert {("Laura Diaz" if lang != "es" else "Laura Díaz", p, o)
            for p, o in (("LEFT", "Google"), ("WORKS_FOR", "Anthropic"))} <= found
    assert not {t for t in found if t[1] == "WORKS_FOR" and t[2] == "Google"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Laura Diaz a rejoint Anthropic en provenance de Google.", "fr"),
    ("Laura Díaz se incorporó a Anthropic procedente de Google.", "es"),
    ("Laura Diaz, arrivée de Google en mars, dirige l'équipe.", "fr"),
])
def test_arriving_from_a_firm_means_leaving_it(text: str, lang: str) -> None:
    person = "Laura Díaz" if lang == "es" else "Laura Diaz"
    assert (person, "LEFT", "Google") in facts(text, lang)


def test_moving_between_cities_is_no_job() -> None:
    found = facts("Laura Diaz moved from London to Paris before joining Anthropic.", "en")
    assert not {t for t in found if t[1] == "LEFT"}


def test_a_founders_former_employer_is_no_founder() -> None:
    found = facts("Helix Labs, fondée par d'anciens d'OpenAI, lève des fonds.", "fr")
    assert ("OpenAI", "FOUNDED", "Helix Labs") not in found
    found = facts("Helix Labs, founded by former Google researchers, raised money.", "en")
    assert ("Google", "FOUNDED", "Helix Labs") not in found


def test_a_second_participle_is_no_founding() -> None:
    found = facts("Anthropic lance un modèle. La société, fondée en 2021 et dirigée par Dario "
                  "Amodei, veut rattraper son rival.", "fr")
    assert ("Dario Amodei", "LEADS", "Anthropic") in found
    assert ("Dario Amodei", "FOUNDED", "Anthropic") not in found


def test_led_by_after_a_genitive_leads_no_complement() -> None:
    found = facts("Helix Labs, fondée par d'anciens d'OpenAI et dirigée par Laura Diaz, lève des "
                  "fonds.", "fr")
    assert not {t for t in found if t[0] == "Laura Diaz" and t[2] == "OpenAI"}


@pytest.mark.parametrize(("text", "triple"), [
    ("Helix Labs, das von Laura Diaz geführt wird, stellte ein Modell vor.",
     ("Laura Diaz", "LEADS", "Helix Labs")),
    ("Helix Labs, das 2021 von Laura Diaz gegründet wurde, stellte ein Modell vor.",
     ("Laura Diaz", "FOUNDED", "Helix Labs")),
])
def test_german_relative_passives(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, "de")


def test_the_firm_joined_after_leaving_is_not_the_one_left() -> None:
    found = facts("FAIR lost its head. Laura Diaz left in the spring and has since joined the "
                  "Canadian start-up Cohere.", "en")
    assert ("Laura Diaz", "LEFT", "Cohere") not in found
    assert ("Laura Diaz", "WORKS_FOR", "Cohere") in found
