"""Session 27: a hedge governs a title only from its own phrase; a founder with a staff title
works for the firm; more ways to say a partnership, a German complaint and a buyer.

"Cohere said Dana Holt, its chief technology officer, would run the unit": the "would" hedges
what she will do, not the title she holds, so she works for Cohere; "Dana Holt may become its
chief technology officer" stays unread. A co-founder who is also the chief technology officer
works for the firm as well as founding it; a co-founder who is its chief executive leads it,
and no job is added. A firm that "teamed with" or "s'est liée à" another partners with it. In
German a complaint filed "gegen X" names its critic ("hat gegen Meta Beschwerde eingelegt"), a
passive suit may put a few words between the plaintiffs and the participle ("von Mozilla und
mehreren anderen Gruppen verklagt"), and a suit may put a long adverbial between the verb and the
defendant. A German relative clause may name the buyer after a noun ("das der Konzern X
übernommen hat"), and Spanish, Italian and Portuguese name a buyer with "por parte de" / "da parte
di" as well as with "por" / "da". Every sentence is written for this file: none is taken
from a set."""

from __future__ import annotations

import pytest

from extract_helpers import facts, of


@pytest.mark.parametrize("text,lang", [
    ("Cohere said Dana Holt, its chief technology officer, would run the new unit for now.", "en"),
    ("Cohere said Dana Holt, its chief technology officer, might join the board.", "en"),
])
def test_a_later_hedge_leaves_the_title(text: str, lang: str) -> None:
    assert of(facts(text, lang), "WORKS_FOR") == {("Dana Holt", "WORKS_FOR", "Cohere")}


def test_a_hedged_title_is_no_job() -> None:
    text = "Cohere is hiring. Dana Holt may become its chief technology officer."
    assert of(facts(text, "en"), "WORKS_FOR") == set()


@pytest.mark.parametrize("text,lang", [
    ("Dana Holt, co-founder and chief technology officer of Cohere, spoke first.", "en"),
    ("Dana Holt, cofondatrice et directrice technique de Cohere, a pris la parole.", "fr"),
])
def test_a_founder_with_a_staff_title_works_there(text: str, lang: str) -> None:
    assert of(facts(text, lang), "FOUNDED", "WORKS_FOR") == {
        ("Dana Holt", "FOUNDED", "Cohere"), ("Dana Holt", "WORKS_FOR", "Cohere")}


def test_a_founder_who_leads_only_leads() -> None:
    text = "Dana Holt, co-founder and chief executive of Cohere, spoke first."
    assert of(facts(text, "en"), "FOUNDED", "LEADS", "WORKS_FOR") == {
        ("Dana Holt", "FOUNDED", "Cohere"), ("Dana Holt", "LEADS", "Cohere")}


@pytest.mark.parametrize("text,lang", [
    ("Salesforce teamed with Mistral AI on a new assistant.", "en"),
    ("Salesforce s'est liée à Mistral AI en 2024.", "fr"),
])
def test_teaming_with_a_firm_is_a_partnership(text: str, lang: str) -> None:
    assert of(facts(text, lang), "PARTNERS_WITH") == {
        ("Salesforce", "PARTNERS_WITH", "Mistral AI")}


@pytest.mark.parametrize("text", [
    "Mozilla hat gegen Meta Beschwerde eingelegt.",
    "Meta wird bereits von Mozilla und mehreren anderen Gruppen verklagt.",
    "Mozilla verklagte im vergangenen Herbst gemeinsam mit anderen Stiftungen den Konzern Meta.",
])
def test_german_complaints_and_suits_name_the_critic(text: str) -> None:
    assert of(facts(text, "de"), "CRITICIZED") == {("Mozilla", "CRITICIZED", "Meta")}


@pytest.mark.parametrize("text,lang", [
    ("MosaicML, das der Konzern Databricks 2023 übernommen hat, wächst.", "de"),
    ("La compra de MosaicML por parte de Databricks se cerró en julio.", "es"),
    ("L'acquisizione di MosaicML da parte di Databricks si è chiusa a luglio.", "it"),
    ("A compra da MosaicML por parte da Databricks foi concluída em julho.", "pt"),
])
def test_more_ways_to_name_a_buyer(text: str, lang: str) -> None:
    assert of(facts(text, lang), "ACQUIRED") == {("Databricks", "ACQUIRED", "MosaicML")}

