"""Session 23: Romance object pronouns. French, Spanish, Italian and Portuguese put the object
of a lawsuit or a reproach before its verb as a pronoun ("Forbes la acusó", "Getty Images la
poursuit", "Disney l'ha citata in giudizio"): the pronoun is the firm the article is about, and
the names just before it are the ones who accuse. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts, of


@pytest.mark.parametrize("text,lang,expected", [
    ("Clearview AI amplió su base de datos. La revista Wired la acusó de copiar fotos.",
     "es", {("Wired", "Clearview AI")}),
    ("Stability AI a levé des fonds. Getty Images la poursuit au Royaume-Uni.",
     "fr", {("Getty Images", "Stability AI")}),
    ("Suno lance une nouvelle version. Sony Music et Warner Records l'accusent de plagiat.",
     "fr", {("Sony Music", "Suno"), ("Warner Records", "Suno")}),
    ("Midjourney è molto usata. Disney l'ha citata in giudizio a giugno.",
     "it", {("Disney", "Midjourney Inc")}),
    ("A Perplexity cresce depressa. A Dow Jones a processou em Nova York.",
     "pt", {("Dow Jones", "Perplexity")}),
    ("Cohere vende modelos a bancos. Elon Musk la criticó el martes.",
     "es", {("Elon Musk", "Cohere")}),
    ("Runway a levé des fonds. Elle fait face à une plainte de Getty Images, qui l'accuse "
     "d'avoir copié des photos.", "fr", {("Getty Images", "Runway")}),
])
def test_an_object_pronoun_before_a_lawsuit_verb_is_the_article_s_firm(
        text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    found = of(facts(text, lang), "CRITICIZED")
    assert {(s, "CRITICIZED", o) for s, o in expected} <= found


def test_a_source_named_before_the_accuser_accuses_nobody() -> None:
    found = facts("Mistral AI presentó un modelo. Según Reuters, Google lo acusó de copiar.",
                  "es")
    assert ("Google", "CRITICIZED", "Mistral AI") in found
    assert not {t for t in of(found, "CRITICIZED") if t[0] == "Reuters"}


def test_a_firm_further_back_in_the_sentence_leaves_the_pronoun_unread() -> None:
    # "la" may be Anthropic itself: no guess at another firm of the article
    text = ("Apple prepara su asistente. Musk elogió a Anthropic en 2023; este año, sin embargo, "
            "la criticó por su postura.")
    assert not {t for t in of(facts(text, "es"), "CRITICIZED") if t[2] == "Apple"}


@pytest.mark.parametrize("text,lang", [
    ("Mistral AI grandit. La critique de Getty Images vise surtout les prix.", "fr"),
    ("Perplexity crece. La acusación de Forbes se refiere a un reportaje.", "es"),
])
def test_an_article_before_a_noun_is_no_pronoun(text: str, lang: str) -> None:
    assert not of(facts(text, lang), "CRITICIZED")
