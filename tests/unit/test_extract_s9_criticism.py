"""Session-9 criticism: a firm that faces a lawsuit from someone, regulators opening an
investigation, and suits filed "with an action against" a firm. Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Character.AI faces a lawsuit from Megan Garcia over a chatbot.", "en"),
    ("Character.AI afronta desde el año pasado una demanda de Megan Garcia.", "es"),
    ("Character.AI, la empresa fundada por antiguos ingenieros de Google, afronta una demanda "
     "de Megan Garcia.", "es"),
    ("Character.AI fait l'objet d'une plainte de Megan Garcia.", "fr"),
    ("Character.AI deve affrontare una causa di Megan Garcia.", "it"),
    ("A Character.AI enfrenta um processo movido por Megan Garcia.", "pt"),
])
def test_a_firm_facing_a_lawsuit_is_criticized_by_the_plaintiff(text: str, lang: str) -> None:
    assert ("Megan Garcia", "CRITICIZED", "Character.AI") in facts(text, lang)


def test_facing_competition_is_no_lawsuit() -> None:
    found = facts("Character.AI faces competition from Meta.", "en")
    assert ("Meta", "CRITICIZED", "Character.AI") not in found


@pytest.mark.parametrize(("text", "lang", "regulator", "target"), [
    ("Ken Paxton opened an investigation into Character.AI last month.", "en", "Ken Paxton",
     "Character.AI"),
    ("Ken Paxton ha aperto un'indagine su Character.AI.", "it", "Ken Paxton", "Character.AI"),
    ("La Commission européenne a ouvert une enquête sur Microsoft.", "fr",
     "European Commission", "Microsoft"),
    ("Die EU-Kommission hat ein Verfahren gegen Meta eingeleitet.", "de", "European Commission",
     "Meta"),
])
def test_opening_an_investigation_criticizes_the_firm(text: str, lang: str, regulator: str,
                                                      target: str) -> None:
    assert (regulator, "CRITICIZED", target) in facts(text, lang)


def test_launching_a_poll_on_a_platform_is_no_investigation() -> None:
    found = facts("Sam Altman a lancé une enquête sur la plateforme X pour consulter ses "
                  "abonnés.", "fr")
    assert not [f for f in found if f[1] == "CRITICIZED"]


@pytest.mark.parametrize(("text", "lang"), [
    ("O Nikkei entrou nesta terça-feira com uma ação conjunta contra a Perplexity.", "pt"),
    ("A Nikkei move uma ação contra a Perplexity desde outubro.", "pt"),
])
def test_a_portuguese_action_against_a_firm_criticizes_it(text: str, lang: str) -> None:
    assert ("Nikkei", "CRITICIZED", "Perplexity") in facts(text, lang)


def test_spanish_plural_plaintiffs_sue() -> None:
    found = facts("Prisa y Vocento demandaron el martes a OpenAI.", "es")
    assert ("Prisa", "CRITICIZED", "OpenAI") in found


def test_an_italian_firm_summoned_to_court_is_criticized() -> None:
    assert ("Dow Jones", "CRITICIZED", "Perplexity") in facts(
        "Perplexity è stata citata in giudizio da Dow Jones per violazione del diritto d'autore.",
        "it")


@pytest.mark.parametrize(("text", "lang", "plaintiff", "target"), [
    ("Am Dienstag reichte die GEMA beim Landgericht München Klage gegen das US-Unternehmen "
     "Suno ein.", "de", "GEMA", "Suno"),
    ("In Deutschland hat zudem die GEMA Klage gegen Suno eingereicht.", "de", "GEMA", "Suno"),
    ("Joseph Saveri ha presentado demandas similares contra OpenAI y Meta.", "es",
     "Joseph Saveri", "Meta"),
    ("Stability AI afronta además otro litigio de la agencia Getty Images.", "es",
     "Getty Images", "Stability AI"),
])
def test_more_lawsuit_shapes(text: str, lang: str, plaintiff: str, target: str) -> None:
    assert (plaintiff, "CRITICIZED", target) in facts(text, lang)
