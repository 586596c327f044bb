"""Session-4 career shapes: past jobs are left, bracketed affiliations are jobs.

Every sentence here is written for this file (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from extract_helpers import facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Ana Ruiz previously worked as a research scientist at Zephyr AI.", "en"),
    ("Antes, Ana Ruiz trabajó en Zephyr AI.", "es"),
    ("Ana Ruiz in passato ha lavorato come strategist presso Zephyr AI.", "it"),
])
def test_a_past_job_was_held_and_left(text: str, lang: str) -> None:
    """Since session 21 a past marker keeps the job too: WORKS_FOR is a job held now or
    before, and the annotated training sets mark both for four such facts in five."""
    found = facts(text, lang)
    assert {("Ana Ruiz", "LEFT", "Zephyr AI"), ("Ana Ruiz", "WORKS_FOR", "Zephyr AI")} <= found


def test_a_present_job_stays_a_job() -> None:
    found = facts("Ana Ruiz works for Zephyr AI as a research scientist.", "en")
    assert ("Ana Ruiz", "WORKS_FOR", "Zephyr AI") in found
    assert ("Ana Ruiz", "LEFT", "Zephyr AI") not in found


def test_the_former_chief_left_and_does_not_lead() -> None:
    found = facts("Ana Ruiz, the former Zephyr AI chief executive, founded Orbital Labs.", "en")
    assert ("Ana Ruiz", "LEFT", "Zephyr AI") in found
    assert ("Ana Ruiz", "LEADS", "Zephyr AI") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Il a accusé Ana Ruiz (Zephyr AI) et Marco Trevisan (Orbital Labs) de lobbying.", "fr"),
    ("Ana Ruiz (Zephyr AI) and Marco Trevisan (Orbital Labs) spoke on the panel.", "en"),
])
def test_an_affiliation_in_brackets_is_a_job(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert {("Ana Ruiz", "WORKS_FOR", "Zephyr AI"),
            ("Marco Trevisan", "WORKS_FOR", "Orbital Labs")} <= found


def test_a_name_with_its_bracketed_alias_stays_one_firm() -> None:
    found = facts("月之暗面（Moonshot AI）近日完成新一轮融资，由阿里巴巴领投。", "zh")
    assert ("Alibaba", "INVESTS_IN", "Moonshot AI") in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Zephyr AI seguirá operando bajo la dirección de Ana Ruiz, hasta ahora responsable de "
     "ingeniería.", "es"),
    ("Zephyr AI grew fast under the leadership of Ana Ruiz.", "en"),
    ("Zephyr AI wächst. Ana Ruiz, die das Unternehmen als Geschäftsführerin leitet, ist "
     "zufrieden.", "de"),
    ("Zephyr AI a été créée en 2016 par Ana Ruiz, son actuel président-directeur général.", "fr"),
])
def test_leaders_named_by_leadership_phrases(text: str, lang: str) -> None:
    assert ("Ana Ruiz", "LEADS", "Zephyr AI") in facts(text, lang)


def test_a_former_chief_in_apposition_does_not_lead() -> None:
    found = facts("Zephyr AI a changé de cap. Ana Ruiz, son ancien PDG, a parlé.", "fr")
    assert ("Ana Ruiz", "LEADS", "Zephyr AI") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Marco Trevisan, who becomes Zephyr AI's chief AI officer, said so.", "en"),
    ("Zephyr AI wrote to lawmakers, with chief strategy officer Marco Trevisan warning of "
     "risks.", "en"),
])
def test_staff_titles_are_jobs(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("Marco Trevisan", "WORKS_FOR", "Zephyr AI") in found
    assert ("Marco Trevisan", "LEADS", "Zephyr AI") not in found


def test_a_firms_person_works_there() -> None:
    assert ("Marco Trevisan", "WORKS_FOR", "Zephyr AI") in facts(
        "Zephyr AI's Marco Trevisan said the bill was flawed.", "en")



@pytest.mark.parametrize(("text", "lang"), [
    ("Zephyr AI grandit. Ana Ruiz, qui codirige l'entreprise avec Marco Trevisan, a parlé.",
     "fr"),
    ("Zephyr AI grew. Ana Ruiz, who co-leads the company with Marco Trevisan, spoke.", "en"),
])
def test_a_co_leader_named_with_with_leads_too(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert {("Ana Ruiz", "LEADS", "Zephyr AI"), ("Marco Trevisan", "LEADS", "Zephyr AI")} <= found


def test_a_helper_named_in_a_possessive_does_not_lead() -> None:
    found = facts("Ana Ruiz runs Zephyr AI with Marco Trevisan's help.", "en")
    assert ("Marco Trevisan", "LEADS", "Zephyr AI") not in found


def test_a_title_in_a_list_belongs_to_the_person_before_it() -> None:
    found = facts("Zephyr AI a été fondée à Lyon en 2023 par Ana Ruiz, sa directrice générale, "
                  "Marco Trevisan, son directeur technique, et Kari Lind, une ancienne "
                  "diplomate.", "fr")
    assert ("Ana Ruiz", "LEADS", "Zephyr AI") in found
    assert ("Marco Trevisan", "LEADS", "Zephyr AI") not in found


def test_a_title_right_before_a_name_is_that_persons() -> None:
    found = facts("Orbital Labs ha contratado al consejero delegado de Zephyr AI, Ana Ruiz, "
                  "a su cofundador Marco Trevisan y a varios investigadores.", "es")
    assert ("Ana Ruiz", "FOUNDED", "Zephyr AI") not in found


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Ana Ruiz avait fondé Zephyr AI en 2019.", "fr", ("Ana Ruiz", "FOUNDED", "Zephyr AI")),
    ("Ana Ruiz había dejado Zephyr AI en 2021.", "es", ("Ana Ruiz", "LEFT", "Zephyr AI")),
    ("Ana Ruiz había fundado Zephyr AI en 2019.", "es", ("Ana Ruiz", "FOUNDED", "Zephyr AI")),
    ("Ana Ruiz aveva lasciato Zephyr AI nel 2021.", "it", ("Ana Ruiz", "LEFT", "Zephyr AI")),
    ("Orbital Labs avait investi 20 millions dans Zephyr AI.", "fr",
     ("Orbital Labs", "INVESTS_IN", "Zephyr AI")),
    ("Ana Ruiz tinha deixado a Zephyr AI em 2021.", "pt", ("Ana Ruiz", "LEFT", "Zephyr AI")),
    ("A Orbital Labs tinha investido 20 milhões na Zephyr AI.", "pt",
     ("Orbital Labs", "INVESTS_IN", "Zephyr AI")),
])
def test_the_past_perfect_reads_like_the_perfect(text: str, lang: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("Seit Jahren entwickelt Zephyr AI den Sprachassistenten Quillo.",
     ("Zephyr AI", "DEVELOPS", "Quillo")),
    ("Im März investierte Orbital Labs 20 Millionen Euro in Zephyr AI.",
     ("Orbital Labs", "INVESTS_IN", "Zephyr AI")),
])
def test_a_german_fronted_phrase_puts_the_verb_first(text: str, expected: tuple) -> None:
    assert expected in facts(text, "de")


def test_a_german_preposition_is_no_fronted_verb() -> None:
    found = facts("Zu den Geldgebern von Zephyr AI zählen Nvidia, Microsoft und Orbital Labs.",
                  "de")
    assert ("Nvidia", "INVESTS_IN", "Zephyr AI") in found
    assert not [t for t in found if t[1] == "INVESTS_IN" and t[2] != "Zephyr AI"]


def test_a_professor_works_for_the_university() -> None:
    assert ("Ana Ruiz", "WORKS_FOR", "Lakeside University") in facts(
        "Ana Ruiz, a professor at Lakeside University, wrote that the bill would harm academia.",
        "en")


@pytest.mark.parametrize(("spec", "message"), [
    (["only one"], "is not [regex, replacement]"),
    (["(unclosed", "x"], "readings entry '(unclosed'"),
])
def test_a_malformed_reading_names_itself(spec: list, message: str) -> None:
    from stratgraph.ingest.langdata import _readings
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("(", r"\(")):
        _readings("fr", [spec])
