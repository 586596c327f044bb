"""Session-4 funding rounds in six languages and the subject a sentence-initial "the company"
continues. Every sentence here is written for this file (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from extract_helpers import facts, of

BACKERS = {"Harbor Capital", "Tessera Ventures", "Nvidia"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Zephyr AI raised $500 million. The round was led by Harbor Capital, with participation "
     "from Tessera Ventures and Nvidia.", "en"),
    ("Zephyr AI lève 200 millions d'euros. Le tour est mené par le fonds Harbor Capital, avec "
     "la participation de Tessera Ventures et de Nvidia.", "fr"),
    ("Zephyr AI cerró una ronda de 300 millones. La operación está liderada por Harbor Capital "
     "y cuenta con la participación de Tessera Ventures y Nvidia.", "es"),
    ("Zephyr AI ha raccolto 80 milioni. L'operazione è guidata da Harbor Capital, con la "
     "partecipazione di Tessera Ventures e Nvidia.", "it"),
    ("A Zephyr AI fechou uma rodada de 90 milhões. A rodada foi liderada pela Harbor Capital, "
     "com a participação da Tessera Ventures e da Nvidia.", "pt"),
    ("Zephyr AI sammelte 200 Millionen Euro ein. Die Runde wurde von Harbor Capital angeführt, "
     "unter Beteiligung von Tessera Ventures und Nvidia.", "de"),
])
def test_the_lead_and_the_participants_fund_the_raiser(text: str, lang: str) -> None:
    found = of(facts(text, lang), "INVESTS_IN")
    assert {(b, "INVESTS_IN", "Zephyr AI") for b in BACKERS} <= found
    assert not [t for t in found if t[2] != "Zephyr AI"]  # no backer funds another


@pytest.mark.parametrize(("text", "lang"), [
    ("Zephyr AI had raised $400 million from investors such as Harbor Capital, Tessera "
     "Ventures and Nvidia.", "en"),
    ("Zephyr AI había captado 400 millones de dólares de inversores como Harbor Capital, "
     "Tessera Ventures y Nvidia.", "es"),
    ("A Zephyr AI já recebeu dinheiro de investidores de peso, como Harbor Capital, Tessera "
     "Ventures e Nvidia.", "pt"),
    ("Zephyr AI ha raccolto 400 milioni da investitori come Harbor Capital, Tessera Ventures e "
     "Nvidia.", "it"),
])
def test_investors_such_as_fund_the_raiser(text: str, lang: str) -> None:
    assert {(b, "INVESTS_IN", "Zephyr AI") for b in BACKERS} <= facts(text, lang)


def test_people_in_a_round_list_invest_too() -> None:
    found = facts("Zephyr AI raised $500 million. The round was led by Harbor Capital, with "
                  "participation from Nvidia, Elad Gil and Nat Friedman.", "en")
    assert {("Elad Gil", "INVESTS_IN", "Zephyr AI"), ("Nat Friedman", "INVESTS_IN", "Zephyr AI")
            } <= found


def test_led_by_outside_a_round_is_no_investment() -> None:
    found = facts("Zephyr AI released a model. The safety team, led by Ana Ruiz and Harbor Labs, "
                  "published a paper.", "en")
    assert not of(found, "INVESTS_IN")


# ------------------------------------------------ "the company" after a sentence's subject
def test_a_sentence_initial_company_continues_the_last_subject() -> None:
    found = facts("Orbital hired Ana Ruiz, the chief executive of Zephyr AI. Orbital paid a lot. "
                  "Zephyr AI will survive. The company, which had raised $400 million from "
                  "investors such as Harbor Capital and Nvidia, keeps its staff.", "en")
    assert ("Harbor Capital", "INVESTS_IN", "Zephyr AI") in found
    assert ("Harbor Capital", "INVESTS_IN", "Orbital") not in found


def test_a_startup_does_not_continue_a_giant_subject() -> None:
    found = facts("Microsoft said it would invest in Zephyr AI, a startup from Paris. Microsoft "
                  "shares rose. The startup, founded in 2023 by Ana Ruiz, has 40 employees.",
                  "en")
    assert ("Ana Ruiz", "FOUNDED", "Microsoft") not in found


@pytest.mark.parametrize(("text", "lang", "backer"), [
    ("In June, Orbital Labs bought a 49% stake in Zephyr AI for $14.3 billion.", "en",
     "Orbital Labs"),
    ("Zephyr AI lève 500 millions. Menée par Harbor Capital, l'opération valorise l'entreprise "
     "à 3 milliards de dollars.", "fr", "Harbor Capital"),
    ("Zephyr AI lève 500 millions. Nvidia figure parmi les participants.", "fr", "Nvidia"),
    ("Zephyr AI sammelte 31 Millionen Dollar ein. Auch Harbor Capital beteiligte sich.", "de",
     "Harbor Capital"),
    ("Zephyr AI, la società guidata da Ana Ruiz, nella quale Orbital Labs ha investito 1,5 "
     "miliardi di dollari, cresce.", "it", "Orbital Labs"),
])
def test_stakes_and_participants_fund_the_raiser(text: str, lang: str, backer: str) -> None:
    assert (backer, "INVESTS_IN", "Zephyr AI") in facts(text, lang)


def test_taking_part_in_a_summit_is_no_investment() -> None:
    found = facts("Zephyr AI raised money in May. Orbital Labs took part in the summit.", "en")
    assert ("Orbital Labs", "INVESTS_IN", "Zephyr AI") not in found


def test_a_syndicate_beside_another_backer_funds_the_raiser() -> None:
    found = facts("Zephyr AI raised $10 billion from Nimbus Capital. Orbital Labs will supply "
                  "the bulk of the "
                  "capital, with the rest coming from a syndicate that includes Harbor Capital "
                  "and Tessera Ventures.", "en")
    assert ("Harbor Capital", "INVESTS_IN", "Zephyr AI") in found
    assert ("Harbor Capital", "INVESTS_IN", "Orbital Labs") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Zephyr AI avait racheté Orbital Labs en 2019.", "fr"),
    ("Die Konzerntochter Orbital Labs, die Zephyr AI 2019 für 34 Milliarden Dollar übernommen "
     "hatte, brachte ein Werkzeug heraus.", "de"),
])
def test_acquisitions_in_past_perfect_and_object_relatives(text: str, lang: str) -> None:
    assert ("Zephyr AI", "ACQUIRED", "Orbital Labs") in facts(text, lang)
