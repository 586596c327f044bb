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
