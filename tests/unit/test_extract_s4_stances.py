"""Session-4 stances: the makers of open or closed models named as a kind of model.

Every sentence here is written for this file (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts

OPEN, CLOSED = "open-weight release", "closed models"


@pytest.mark.parametrize(("text", "lang"), [
    ("The service is built on top of open-source models from Zephyr AI and Nimbus Labs.", "en"),
    ("La empresa se apoyaría en modelos abiertos de terceros, como los de Zephyr AI y Nimbus "
     "Labs.", "es"),
])
def test_the_makers_of_open_models_support_open_weights(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert {("Zephyr AI", "SUPPORTS", OPEN), ("Nimbus Labs", "SUPPORTS", OPEN)} <= found


@pytest.mark.parametrize(("text", "lang"), [
    ("Closed systems from Zephyr AI and Nimbus Labs leave businesses at the mercy of prices.",
     "en"),
    ("Los mejores modelos cerrados, como Orion 8B de Zephyr AI, siguen por delante.", "es"),
])
def test_the_makers_of_closed_models_hold_that_stance(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("Zephyr AI", "SUPPORTS", CLOSED) in found
    assert ("Zephyr AI", "SUPPORTS", OPEN) not in found


def test_competing_with_closed_models_is_no_stance() -> None:
    found = facts("Zephyr AI competes with closed models of all sizes.", "en")
    assert ("Zephyr AI", "SUPPORTS", CLOSED) not in found


# ------------------------------------------------------------ rivalry verbs
@pytest.mark.parametrize(("text", "lang"), [
    ("Zephyr AI is racing to catch up with Orbital Labs.", "en"),
    ("The launch puts Zephyr AI in more direct competition with Orbital Labs.", "en"),
    ("Zephyr AI cherche à rattraper Orbital Labs.", "fr"),
    ("Zephyr AI si scontra con realtà come Orbital Labs.", "it"),
    ("A Zephyr AI vem disputando clientes com a Orbital Labs.", "pt"),
])
def test_rivalry_verbs_make_competitors(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("Zephyr AI", "COMPETES_WITH", "Orbital Labs") in found or (
        "Orbital Labs", "COMPETES_WITH", "Zephyr AI") in found


def test_a_german_rival_descriptor_is_not_part_of_the_name() -> None:
    assert "Orbital Labs" in entities("Damit rückt Zephyr AI näher an seinen Erzrivalen "
                                      "Orbital Labs heran.", "de")


def test_putting_a_firm_in_competition_is_no_investment() -> None:
    found = facts("Zephyr AI released a model that puts it in more direct competition with "
                  "Orbital Labs.", "en")
    assert not [t for t in found if t[1] == "INVESTS_IN"]
    assert ("Orbital Labs", "INVESTS_IN", "Zephyr AI") in facts(
        "Orbital Labs puts $2 billion into Zephyr AI.", "en")
