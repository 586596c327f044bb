"""Session-6 entities: firms outside the AI labs, and family names that are also firms. Every
sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Volkswagen und BMW bauen ChatGPT in ihre Autos ein.", "de", "BMW"),
    ("中国电信和中国联通也宣布接入DeepSeek。", "zh", "China Unicom"),
    ("Santander y CaixaBank exploran otros proveedores.", "es", "CaixaBank"),
])
def test_industry_firms_are_known(text: str, lang: str, name: str) -> None:
    assert entities(text, lang).get(name) == "Organization"


def test_a_given_name_before_a_firm_name_makes_a_person() -> None:
    found = entities("En septembre, elle avait succédé à Marina Ferrari au ministère.", "fr")
    assert found.get("Marina Ferrari") == "Person"
    assert "Ferrari" not in found


def test_a_firm_at_the_start_of_a_question_stays_a_firm() -> None:
    assert entities("Will Google release Gemini this year?", "en").get("Google") == "Organization"


def test_a_noun_after_de_is_no_preposition_governing_the_funded_lab() -> None:
    found = facts("Le laboratoire de recherche Kyutai, financé par Xavier Niel, publie ses "
                  "travaux.", "fr")
    assert ("Xavier Niel", "INVESTS_IN", "Kyutai") in found


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("L'autorità presieduta da Pasquale Stanzione ha avvertito OpenAI.", "it",
     "Pasquale Stanzione"),
    ("He founded the company with Lucy Park and Hwalsuk Lee.", "en", "Hwalsuk Lee"),
])
def test_given_names_from_many_cultures(text: str, lang: str, name: str) -> None:
    assert entities(text, lang).get(name) == "Person"


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("A dicembre il governo canadese ha annunciato un finanziamento.", "it", "Government of Canada"),
    ("The start-up was picked by the Indian government.", "en", "Government of India"),
    ("Die chinesische Regierung hat reagiert.", "de", "Government of China"),
])
def test_national_governments_are_actors(text: str, lang: str, name: str) -> None:
    assert entities(text, lang).get(name) == "Organization"


def test_a_government_in_context_employs_no_researcher() -> None:
    found = facts("O governo português anunciou o modelo Amália. O projeto conta com o professor "
                  "António Branco, investigador da equipa.", "pt")
    assert ("António Branco", "WORKS_FOR", "Government of Portugal") not in found
