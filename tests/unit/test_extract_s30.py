"""Session 30: funds and long investor names the knowledge base now tells apart (SoftBank's
second Vision Fund, Fidelity's full legal name), and a fund never invests in the firm that owns
it. Every sentence is written for this file: none is taken from a set."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts, of


@pytest.mark.parametrize("text,lang", [
    ("Mistral AI raised $80 million in a round led by SoftBank Vision Fund 2.", "en"),
    ("Mistral AI a levé 80 millions de dollars lors d'un tour mené par le Vision Fund 2 de "
     "SoftBank.", "fr"),
])
def test_the_second_vision_fund_is_its_own_backer(text: str, lang: str) -> None:
    named = entities(text, lang)
    assert named.get("SoftBank Vision Fund 2") == "Organization"
    assert "SoftBank Vision Fund" not in named


@pytest.mark.parametrize("text", [
    "Mistral AI a levé 80 millions de dollars. Le tour a été mené par le Vision Fund de SoftBank.",
    "Un tour mené par le Vision Fund de SoftBank a valorisé Mistral AI à 6 milliards.",
])
def test_a_fund_does_not_invest_in_the_firm_that_owns_it(text: str) -> None:
    # the round's firm was read as the last organization named: SoftBank, the fund's owner
    assert ("SoftBank Vision Fund", "INVESTS_IN", "SoftBank") not in facts(text, "fr")


def test_fidelity_s_legal_name_is_one_investor_in_a_list() -> None:
    text = ("Cohere raised $200 million from Fidelity Management & Research Company, "
            "Menlo Ventures and General Catalyst.")
    backers = {s for s, _, o in of(facts(text, "en"), "INVESTS_IN") if o == "Cohere"}
    assert backers == {"Fidelity", "Menlo Ventures", "General Catalyst"}
