"""Session-5 leaders and founders: relative clauses after a description, a second title,
founding a described firm, "the fund of X", attributive participles, descriptors before a firm
that a person runs. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Laura Diaz, one of the engineers who co-founded Helix Labs in 2019, spoke.", "en",
     ("Laura Diaz", "FOUNDED", "Helix Labs")),
    ("Helix Labs hired Laura Diaz. Paul Brandt, Helix Labs' president and another co-founder, "
     "agreed.", "en", ("Paul Brandt", "FOUNDED", "Helix Labs")),
    ("Paul Brandt went on to found a new lab, Quorra Robotics.", "en",
     ("Paul Brandt", "FOUNDED", "Quorra Robotics")),
    ("Paul Brandt, que ya había creado Quorra Labs, volvió.", "es",
     ("Paul Brandt", "FOUNDED", "Quorra Labs")),
    ("Helix Labs, dem von Paul Brandt gegründeten Spezialisten, geht es gut.", "de",
     ("Paul Brandt", "FOUNDED", "Helix Labs")),
    ("由李开复创办的零一万物发布了新模型。", "zh", ("Kai-Fu Lee", "FOUNDED", "01.AI")),
    ("Quorra Capital, el fondo de Paul Brandt, invirtió en la ronda.", "es",
     ("Paul Brandt", "LEADS", "Quorra Capital")),
    ("Paul Brandt, qui dirige aussi le fabricant de scooters Ola Electric, a parlé.", "fr",
     ("Paul Brandt", "LEADS", "Ola Electric")),
])
def test_leaders_and_founders(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_running_a_unit_of_a_firm_is_no_lead_of_the_firm() -> None:
    found = facts("Paul Brandt dirige l'équipe de recherche de Google.", "fr")
    assert ("Paul Brandt", "LEADS", "Google") not in found


def test_a_firm_word_ends_no_person_name() -> None:
    assert entities("Paul Brandt also runs the scooter maker Ola Electric.", "en").get(
        "Ola Electric") == "Organization"


def test_a_head_of_state_leads_no_company_in_context() -> None:
    found = facts("OpenAI signed a deal. The institute was created under President Biden's order "
                  "on AI.", "en")
    assert not {t for t in found if t[0] == "Joe Biden"}


def test_a_fronted_founding_clause_gives_its_own_firm_to_titles() -> None:
    found = facts("Nvidia rachète Run:ai. Fondée en 2018 par Laura Diaz, son directrice générale, "
                  "et Paul Brandt, Run:ai édite un logiciel.", "fr")
    assert ("Laura Diaz", "FOUNDED", "Run:ai") in found
    assert ("Laura Diaz", "LEADS", "Nvidia") not in found


def test_two_firms_signing_with_an_unnamed_third_are_not_partners() -> None:
    found = facts("OpenAI and Anthropic signed testing agreements with the institute.", "en")
    assert ("OpenAI", "PARTNERS_WITH", "Anthropic") not in found


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Laura Diaz, who has run Helix Labs since 2006, spoke.", "en",
     ("Laura Diaz", "LEADS", "Helix Labs")),
    ("Laura Diaz, Helix Labs' president and one of its co-founders, spoke.", "en",
     ("Laura Diaz", "FOUNDED", "Helix Labs")),
    ("Laura Diaz, a founding member of Helix Labs, spoke.", "en",
     ("Laura Diaz", "FOUNDED", "Helix Labs")),
    ("Quorra Capital, la société d'investissement de Laura Diaz, a investi.", "fr",
     ("Laura Diaz", "LEADS", "Quorra Capital")),
    ("Helix Labs est dirigée depuis début 2023 par Laura Diaz.", "fr",
     ("Laura Diaz", "LEADS", "Helix Labs")),
    ("Helix Labs è presieduta dal principe ereditario Mohammed bin Salman.", "it",
     ("Mohammed bin Salman", "LEADS", "Helix Labs")),
    ("FAIR has been led since May by Rob Fergus.", "en", ("Rob Fergus", "LEADS", "FAIR")),
    ("Laura Diaz, die bei Microsoft das Verbrauchermarketing verantwortet, sprach.", "de",
     ("Laura Diaz", "WORKS_FOR", "Microsoft")),
    ("Laura Diaz, a senior director at Helix Labs, spoke.", "en",
     ("Laura Diaz", "WORKS_FOR", "Helix Labs")),
    ("Laura Diaz, the Berkeley professor who previously co-founded Databricks and Anyscale, "
     "spoke.", "en", ("Laura Diaz", "FOUNDED", "Anyscale")),
])
def test_more_leaders_founders_and_staff(text: str, lang: str,
                                         triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_senior_director_leads_nothing() -> None:
    found = facts("Laura Diaz, a senior director at Helix Labs, spoke.", "en")
    assert ("Laura Diaz", "LEADS", "Helix Labs") not in found


def test_an_investment_company_of_a_person_is_no_investment_by_them() -> None:
    found = facts("Quorra Capital, la société d'investissement de Laura Diaz, a investi.", "fr")
    assert ("Laura Diaz", "INVESTS_IN", "Quorra Capital") not in found


def test_it_was_founded_by_continues_the_company() -> None:
    found = facts("Helix Labs raised money. It was founded in 2020 by Laura Diaz.", "en")
    assert ("Laura Diaz", "FOUNDED", "Helix Labs") in found


def test_a_listed_model_after_another_is_not_its_owner() -> None:
    found = facts("Llama 2, xAI's Grok and Microsoft's Phi-2 did not qualify.", "en")
    assert ("xAI", "DEVELOPS", "Llama 2") not in found
    assert ("xAI", "DEVELOPS", "Grok") in found


def test_a_relative_clause_of_an_earlier_list_member_is_not_the_verbs_subject() -> None:
    found = facts("It was founded by Laura Diaz, who serves as chief technology officer, and Paul "
                  "Brandt, the Berkeley professor who previously co-founded Databricks.", "en")
    assert ("Laura Diaz", "FOUNDED", "Databricks") not in found
    assert ("Paul Brandt", "FOUNDED", "Databricks") in found


def test_a_title_between_two_people_belongs_to_the_first() -> None:
    found = facts("Des entrepreneurs figurent au tour de table, comme Laura Diaz, la patronne de "
                  "Klarna, Paul Brandt, cofondateur de Slack, et Ana Ruiz.", "fr")
    assert ("Paul Brandt", "LEADS", "Klarna") not in found
    assert ("Paul Brandt", "FOUNDED", "Slack") in found


def test_an_investment_arm_is_no_investor_title() -> None:
    found = facts("Luma AI cerró una ronda liderada por Andreessen Horowitz, en la que participaron "
                  "también Nvidia, a través de su brazo inversor NVentures, y General Catalyst.",
                  "es")
    assert ("Nvidia", "INVESTS_IN", "Luma AI") in found
    assert not {t for t in found if t[1] == "INVESTS_IN" and t[2] == "Nvidia"}
