"""Session-8 criticism: taking someone to court in six languages, a French list that repeats
its preposition, and a co-investor governed by a preposition. Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Shutterstock has taken Stability AI to court in Delaware.", "en",
     ("Shutterstock", "CRITICIZED", "Stability AI")),
    ("Le Monde a assigné Perplexity AI en justice à Paris.", "fr",
     ("Le Monde", "CRITICIZED", "Perplexity")),
    ("Prisa ha llevado a Perplexity a los tribunales en Madrid.", "es",
     ("Prisa", "CRITICIZED", "Perplexity")),
    ("Mediaset ha trascinato Perplexity in tribunale a Milano.", "it",
     ("MFE-MediaForEurope", "CRITICIZED", "Perplexity")),
    ("Die Verlagsgruppe Axel Springer hat Perplexity in Berlin vor Gericht gebracht.", "de",
     ("Axel Springer", "CRITICIZED", "Perplexity")),
    ("Yann LeCun reproche à Max Tegmark, à Stuart Russell et à Yoshua Bengio leur alarmisme.",
     "fr", ("Yann LeCun", "CRITICIZED", "Stuart Russell")),
])
def test_criticism(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_clause_without_a_named_plaintiff_sues_nobody() -> None:
    found = facts("The New York Times mantiene una demanda contra OpenAI, un grupo de escritores "
                  "ha llevado a Meta a los tribunales.", "es")
    assert not {t for t in found if t[1] == "CRITICIZED" and t[2] == "Meta"}
    assert ("Prisa", "INFLUENCED", "Perplexity") not in facts(
        "Prisa ha llevado a Perplexity a los tribunales.", "es")


def test_a_firm_governed_by_a_preposition_has_no_co_investors() -> None:
    found = facts("Le fonds a misé sur OpenAI, et il figure aux côtés de SoftBank et d'Oracle "
                  "parmi les financeurs.", "fr")
    assert ("OpenAI", "PARTNERS_WITH", "SoftBank") not in found


def test_a_newspaper_keeps_its_article_in_its_name() -> None:
    found = entities("The New York Times is suing OpenAI.", "en")
    assert any("New York Times" in name for name in found)
