"""Session 31: German compound descriptors ("der Chipkonzern", "des Softwarekonzerns") point
back to the firm named before them, as "der Konzern" does; affiliations in apposition with an
article ("de l'Université de X"); a firm shown opening a model anywhere in the article stands for
open weights. Every sentence is written for this file: none is taken from a set."""

from __future__ import annotations

import pytest

from extract_helpers import facts, lines, of

_STORY = ("Samsung stellt einen neuen Speicherchip vor. Bei Intel läuft es dagegen schlecht. "
          "{phrase} wird seit dem Frühjahr von Finanzchef Carl Mertens geführt.")


@pytest.mark.parametrize("phrase", ["Der Chipkonzern", "Der Konzern", "Der US-Konzern"])
def test_a_compound_konzern_continues_the_firm_named_before(phrase: str) -> None:
    found = facts(_STORY.format(phrase=phrase), "de")
    assert {(s, o) for s, p, o in found if s == "Carl Mertens"} == {("Carl Mertens", "Intel")}


def test_the_genitive_compound_also_continues_it() -> None:
    text = ("Bei Intel läuft es schlecht. Samsung wächst. Die Aktie des Chipkonzerns Intel fiel. "
            "Der Chef des Chipkonzerns, Carl Mertens, will sparen.")
    assert ("Carl Mertens", "LEADS", "Intel") in facts(text, "de")



@pytest.mark.parametrize("text,lang", [
    ("Selon Lena Vogt, de l'Université de Washington, le modèle se trompe souvent.", "fr"),
    ("Según Lena Vogt, de la Universidad de Washington, el modelo se equivoca a menudo.", "es"),
    ("Secondo Lena Vogt, dell'Università di Washington, il modello sbaglia spesso.", "it"),
    ("Laut Lena Vogt, von der University of Washington, irrt das Modell oft.", "de"),
    ("The award was shared with Lena Vogt, of the University of Washington.", "en"),
])
def test_a_person_s_affiliation_in_apposition_with_its_article(text: str, lang: str) -> None:
    assert ("Lena Vogt", "WORKS_FOR", "University of Washington") in facts(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Developers praised open models such as Gemma 2 from Google in a survey.", "en"),
    ("Les développeurs saluent des modèles ouverts comme Gemma 2 de Google.", "fr"),
])
def test_a_firm_shown_opening_a_model_anywhere_stands_for_open_weights(text: str,
                                                                       lang: str) -> None:
    found = facts(text, lang)
    assert ("Google", "OPEN_SOURCED", "Gemma 2") in found
    assert ("Google", "SUPPORTS", "open-weight release") in found


def test_a_firm_that_keeps_models_closed_gets_no_open_stance() -> None:
    text = "Google keeps Gemini closed. Developers praised open models such as Gemma 2 from Google."
    found = facts(text, "en")
    assert ("Google", "OPEN_SOURCED", "Gemma 2") in found
    assert ("Google", "SUPPORTS", "open-weight release") not in found


def test_the_open_stance_is_said_once_per_firm_and_cited_from_its_first_opening() -> None:
    text = ("Developers praised open models such as Gemma 2 from Google. A year later they "
            "praised open models such as Gemma 3 from Google as well.")
    stances = [line for line in lines(text, "en") if line["kind"] == "fact"
               and line["predicate"] == "SUPPORTS"]
    assert len(stances) == 1
    assert "Gemma 2" in stances[0]["evidence"]["sentence"]


@pytest.mark.parametrize("text,expected", [
    ("Meta investierte rund 14,3 Milliarden Dollar in den Datendienstleister Scale AI.",
     {("Meta", "INVESTS_IN", "Scale AI")}),
    ("Meta investierte nicht 14,3 Milliarden Dollar in Scale AI.", set()),
])
def test_a_german_amount_with_a_decimal_comma_before_the_funded_firm(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    assert of(facts(text, "de"), "INVESTS_IN") == expected


def test_a_german_round_led_in_a_relative_clause_funds_the_firm_raising_it() -> None:
    text = ("Am Mittwoch hatte CoreWeave eine Finanzierungsrunde erweitert, die vom Hedgefonds "
            "Magnetar Capital angeführt wird.")
    assert ("Magnetar Capital", "INVESTS_IN", "CoreWeave") in facts(text, "de")


@pytest.mark.parametrize("text,lang,expected", [
    ("Isomorphic Labs, the Alphabet company led by Demis Hassabis, signed a deal.", "en",
     ("Demis Hassabis", "LEADS", "Isomorphic Labs")),
    ("A xAI, empresa de inteligência artificial de Elon Musk, abriu os pesos.", "pt",
     ("Elon Musk", "LEADS", "xAI")),
])
def test_a_firm_described_by_its_leader_in_apposition(text: str, lang: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert expected in facts(text, lang)


def test_the_anti_defamation_league_is_no_football_league() -> None:
    text = "La Liga Antidifamación (ADL), que dirige Jonathan Greenblatt, protestó."
    assert ("Jonathan Greenblatt", "LEADS", "Anti-Defamation League") in facts(text, "es")


@pytest.mark.parametrize("text,lang", [
    ("Anthropic, financée notamment par Amazon et Google, soutient le texte.", "fr"),
    ("Anthropic, finanziata tra gli altri da Amazon e Google, apre un ufficio.", "it"),
    ("Anthropic, financiada entre otros por Amazon y Google, abre una oficina.", "es"),
    ("A Anthropic, financiada entre outros pela Amazon e pelo Google, abre um escritório.", "pt"),
    ("Anthropic, finanziert unter anderem von Amazon und Google, eröffnet ein Büro.", "de"),
    ("Anthropic, finanziert von Amazon und Google, eröffnet ein Büro.", "de"),
])
def test_funded_by_with_an_adverb_between_and_never_the_other_way(text: str, lang: str) -> None:
    assert of(facts(text, lang), "INVESTS_IN") == {("Amazon", "INVESTS_IN", "Anthropic"),
                                                   ("Google", "INVESTS_IN", "Anthropic")}


def test_an_also_invested_list_with_an_apposition() -> None:
    text = ("Mistral AI raised 142 million dollars. Amazon and NVentures, the venture arm of "
            "Nvidia, also invested.")
    assert of(facts(text, "en"), "INVESTS_IN") == {("Amazon", "INVESTS_IN", "Mistral AI"),
                                                   ("NVentures", "INVESTS_IN", "Mistral AI")}


@pytest.mark.parametrize("text", [
    "Tabnine wurde 2013 in Tel Aviv von Dror Weiss und Eran Yahav gegründet.",
    "Tabnine wurde 2013 in New York von Dror Weiss und Eran Yahav gegründet.",
])
def test_a_german_passive_founding_with_a_place_between(text: str) -> None:
    assert of(facts(text, "de"), "FOUNDED") == {("Dror Weiss", "FOUNDED", "Tabnine"),
                                                ("Eran Yahav", "FOUNDED", "Tabnine")}


@pytest.mark.parametrize("text,lang", [
    ("Together AI publie des données. Parmi ses cofondateurs figurent Ce Zhang, professeur à "
     "Zurich, et Percy Liang.", "fr"),
    ("Together AI pubblica un dataset. Tra i suoi fondatori figurano anche Ce Zhang e Percy "
     "Liang.", "it"),
    ("Together AI publica datos. Entre sus fundadores figuran Ce Zhang y Percy Liang.", "es"),
    ("Together AI released data. Among its co-founders are Ce Zhang and Percy Liang.", "en"),
])
def test_founders_listed_after_among_its_founders(text: str, lang: str) -> None:
    found = of(facts(text, lang), "FOUNDED")
    assert {("Ce Zhang", "FOUNDED", "Together AI"),
            ("Percy Liang", "FOUNDED", "Together AI")} <= found


@pytest.mark.parametrize("text,expected", [
    ("Als Robin Rombach, Andreas Blattmann und Patrick Esser im Frühjahr Stability AI "
     "verließen, war das ein Schlag.",
     {("Robin Rombach", "LEFT", "Stability AI"), ("Andreas Blattmann", "LEFT", "Stability AI"),
      ("Patrick Esser", "LEFT", "Stability AI")}),
    ("Bekannt ist, dass Jan Leike OpenAI nicht verlassen hat.", set()),
])
def test_german_departures_in_a_subordinate_clause_with_a_list(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    assert of(facts(text, "de"), "LEFT") == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Naman Goyal travaille désormais pour Thinking Machines Lab.", "fr",
     {("Naman Goyal", "WORKS_FOR", "Thinking Machines Lab")}),
    ("Jan Leike and Ilya Sutskever worked at OpenAI.", "en",
     {("Jan Leike", "WORKS_FOR", "OpenAI"), ("Ilya Sutskever", "WORKS_FOR", "OpenAI")}),
])
def test_works_for_after_an_adverb_and_for_a_list_of_people(
        text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert of(facts(text, lang), "WORKS_FOR") == expected
