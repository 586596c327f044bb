"""The last-resort name finder (ingest/proper_names.py): capitalized names nothing else found.
Several capitalized words make a mention the rules may link; one word is only listed. Every
sentence is written for this file; the firms in them are invented."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts
from stratgraph.ingest.proper_names import listed_names, name_mentions, places


@pytest.mark.parametrize(("text", "lang", "name", "type_"), [
    ("The agency Harlow Quist Media signed up early, the company said.", "en",
     "Harlow Quist Media", "Organization"),
    ("Le projet associe le Movement for an Open Web et plusieurs éditeurs.", "fr",
     "Movement for an Open Web", "Organization"),
    ("The complaint was filed by the Movement for an Open Web in Brussels.", "en",
     "Movement for an Open Web", "Organization"),
    ("La propuesta fue presentada ante la Secretaría de Ciencia del gobierno.", "es",
     "Secretaría de Ciencia", "Organization"),
    ("The report was written by Maria Quenby for the board.", "en", "Maria Quenby", "Person"),
])
def test_several_capitalized_words_in_mid_sentence_are_a_name(text: str, lang: str, name: str,
                                                             type_: str) -> None:
    assert entities(text, lang).get(name) == type_


def test_a_found_name_of_several_words_can_be_linked() -> None:
    found = facts("OpenAI signed a partnership with Harlow Quist Media in March.", "en")
    assert ("OpenAI", "PARTNERS_WITH", "Harlow Quist Media") in found


@pytest.mark.parametrize(("text", "lang"), [
    ("The firm opened an office in Mountain View last year.", "en"),
    ("La empresa abrirá una oficina en Nueva York este año.", "es"),
    ("A empresa tem escritórios no Reino Unido e na Casa Branca.", "pt"),
])
def test_places_are_no_names(text: str, lang: str) -> None:
    found = entities(text, lang)
    assert not {"Mountain View", "Nueva York", "Reino Unido"} & set(found)
    assert "Mountain View" in places() and "Nueva York" in places()


def test_a_lone_rare_word_is_listed_but_never_linked() -> None:
    text = "OpenAI signed a partnership with Qorvantis in March."
    assert entities(text, "en").get("Qorvantis") == "Organization"
    assert not [f for f in facts(text, "en") if "Qorvantis" in f]


@pytest.mark.parametrize(("text", "lang", "absent"), [
    ("The start-up closed its Series round in May.", "en", "Series"),  # a common word
    ("Qorvantis signed a partnership with OpenAI in March.", "en", "Qorvantis"),  # first word
    ("Der Konzern hat mit Qorvantis eine Partnerschaft geschlossen.", "de", "Qorvantis"),
    ("The model beats rivals on the Zentrabench benchmark.", "en", "Zentrabench"),
])
def test_common_words_first_words_german_and_benchmarks_are_not_listed(
        text: str, lang: str, absent: str) -> None:
    assert absent not in entities(text, lang)


def test_a_word_of_a_name_already_found_is_that_entity() -> None:
    text = ("The Quorvex Agent of Lumina Labs shipped in August. Developers praised Quorvex "
            "for its speed.")
    assert "Quorvex Agent" in entities(text, "en") and "Quorvex" not in entities(text, "en")


def test_a_word_before_a_version_is_a_model_name_not_a_firm() -> None:
    assert "Quorvex" not in entities("Developers praised Quorvex 2 for its speed.", "en")


def test_a_noun_before_a_lone_name_gives_its_type() -> None:
    assert entities("The model Quorrel beat its predecessor.", "en").get("Quorrel") == "Model"
    assert entities("Users can now try the app Quorrel on phones.", "en").get(
        "Quorrel") == "Product"


def test_capitalized_list_mates_of_a_weak_name_are_not_firms() -> None:
    found = entities("El plan lo firmó la Secretaría de Ciencia, Humanidades, Tecnología e "
                     "Innovación del gobierno.", "es")
    assert "Humanidades" not in found and "Innovación" not in found


def test_german_capitals_are_not_read_as_names() -> None:
    assert name_mentions("Der Vertrag mit Harlow Quist Media gilt ab Mai.", frozenset(), "de",
                         []) == []
    assert listed_names("Der Vertrag mit Qorvantis gilt ab Mai.", frozenset(), "de", []) == []


@pytest.mark.parametrize(("text", "name", "type_"), [
    ("总部位于伦敦的初创公司Veldora Labs近日宣布完成融资。", "Veldora Labs", "Organization"),
    ("本轮融资由Quarrel Peak Ventures领投，多家机构跟投。", "Quarrel Peak Ventures", "Organization"),
    ("Orvane Systems今天发布了新的芯片。", "Orvane Systems", "Organization"),  # first words too
    ("他们与Qorvantis签署了合作协议。", "Qorvantis", "Organization"),
    ("该公司推出了模型Zentrix，用于蛋白质设计。", "Zentrix", "Model"),
])
def test_latin_names_inside_chinese_text_are_names(text: str, name: str, type_: str) -> None:
    """Chinese characters are word characters to a regex, so "Veldora Labs近日" has no word
    boundary; a Latin run in Chinese ends where its Latin letters do."""
    assert entities(text, "zh").get(name) == type_


def test_a_latin_name_in_chinese_can_be_linked() -> None:
    found = facts("本轮融资由Quarrel Peak Ventures领投，投资了Veldora Labs。", "zh")
    assert ("Quarrel Peak Ventures", "INVESTS_IN", "Veldora Labs") in found


def test_a_common_word_is_no_misspelt_known_name() -> None:
    """"Systems" is one edit from the known "T-Systems", and a word all the same."""
    assert "Deutsche Telekom" not in entities("Orvane Systems今天发布了新的芯片。", "zh")
    assert entities("We met Antrhopic in May.", "en").get("Anthropic") == "Organization"
