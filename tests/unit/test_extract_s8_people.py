"""Session-8 people: a leader named after "whose", a possessive title that points back to the
sentence's subject, and Chinese names. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Firmó otro acuerdo con Cohere, cuyo consejero delegado, Aidan Gomez, es además inversor "
     "de Reddit.", "es", ("Aidan Gomez", "LEADS", "Cohere")),
    ("Il a signé avec Poolside, dont le président, Jason Warner, était à Paris.", "fr",
     ("Jason Warner", "LEADS", "Poolside")),
    ("Ha firmato con Cohere, il cui amministratore delegato, Aidan Gomez, ha commentato.", "it",
     ("Aidan Gomez", "LEADS", "Cohere")),
    ("Assinou com a Maritaca AI, cujo diretor de pesquisa, Rodrigo Nogueira, falou ontem.", "pt",
     ("Rodrigo Nogueira", "WORKS_FOR", "Maritaca AI")),
])
def test_whose_title_names_the_firm_before_it(text: str, lang: str,
                                              triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_its_chief_executive_is_the_sentence_subjects_not_a_firm_in_its_apposition() -> None:
    found = facts("Cohere, a rival started by former Google researchers, told regulators in a "
                  "letter from its chief executive, Aidan Gomez, that it disagreed.", "en")
    assert ("Aidan Gomez", "LEADS", "Cohere") in found
    assert ("Aidan Gomez", "LEADS", "Google") not in found


def test_a_title_before_xiang_and_a_noun_is_no_person() -> None:
    found = entities("公司一位高管向记者承认，这一调整将影响其年收入。", "zh")
    assert not [n for n, t in found.items() if t == "Person"]


def test_a_possessive_title_inside_a_fronted_founding_clause_is_the_later_firms() -> None:
    text = ("Cohere ouvre un bureau à Paris. Fondée en 2019 par d'anciens chercheurs de Google, "
            "dont Aidan Gomez, son directeur général, et Nick Frosst, qui en est l'un des "
            "visages, l'entreprise vise les banques.")
    found = facts(text, "fr")
    assert ("Aidan Gomez", "LEADS", "Google") not in found


def test_a_possessive_after_led_by_is_no_part_of_the_name() -> None:
    found = entities("The round was led by Joe Lonsdale's 8VC, people familiar said.", "en")
    assert "Joe Lonsdale's" not in found


def test_a_german_colleague_noun_is_no_part_of_the_name() -> None:
    found = entities("Sein Amtskollege Ryu Young-sang, Vorstandschef von SK Telecom, sprach.",
                     "de")
    assert "Ryu Young-sang" in found and "Amtskollege Ryu Young-sang" not in found


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Cohere has dismissed two engineers. Tessa Lund and Omar Reyes, who both worked on the "
     "company's safety team, were let go this week.", "en", ("Omar Reyes", "LEFT", "Cohere")),
    ("Cohere reorganised last year. The board, now chaired by Aidan Gomez, approved the plan.",
     "en", ("Aidan Gomez", "LEADS", "Cohere")),
    ("Amazon is reshuffling. Dave Limp, who announced that he would retire after 13 years at "
     "the company, will be replaced.", "en", ("Dave Limp", "LEFT", "Amazon")),
    ("Poolside grandit. La start-up, que dirige Jason Warner, a levé 500 millions.", "fr",
     ("Jason Warner", "LEADS", "Poolside")),
])
def test_people_in_company_context(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_the_employer_in_an_apposition_is_left_for_the_one_joined() -> None:
    found = facts("Noam Brown, the Meta researcher behind Cicero and Pluribus, has joined "
                  "OpenAI.", "en")
    assert ("Noam Brown", "LEFT", "Meta") in found
    assert ("Noam Brown", "WORKS_FOR", "OpenAI") in found
