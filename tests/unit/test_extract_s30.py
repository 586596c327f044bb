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


@pytest.mark.parametrize("text,org", [
    ("Priya Raman, Nvidia's chief AI architect, spoke at the conference.", "Nvidia"),
    ("Priya Raman, Nvidia's chief architect, spoke at the conference.", "Nvidia"),
    ("Tomas Lind, Stanford's chief innovation and strategy officer, said so.", "Stanford University"),
])
def test_a_chief_architect_or_a_long_chief_title_works_for_the_firm(text: str, org: str) -> None:
    found = facts(text, "en")
    person = text.split(",")[0]
    assert (person, "WORKS_FOR", org) in found
    assert (person, "LEADS", org) not in found


def test_a_chairman_who_is_also_chief_technology_officer_still_leads() -> None:
    text = "Hal Morrow, Oracle's chairman and chief technology officer, said the race was on."
    assert ("Hal Morrow", "LEADS", "Oracle") in facts(text, "en")


@pytest.mark.parametrize("text", [
    "Microsoft has built OpenAI's models into Bing and Office.",
    "Microsoft built the models of OpenAI into its Copilot assistant.",
])
def test_building_a_firm_s_models_into_products_is_a_partnership(text: str) -> None:
    assert ("Microsoft", "PARTNERS_WITH", "OpenAI") in facts(text, "en")


def test_building_something_into_a_hillside_is_no_partnership() -> None:
    text = "Microsoft built a data centre into the hillside near the OpenAI campus."
    assert ("Microsoft", "PARTNERS_WITH", "OpenAI") not in facts(text, "en")


def test_a_product_of_the_firm_the_article_is_about_is_its_own() -> None:
    text = ("Microsoft reported higher cloud revenue on Tuesday. Microsoft said demand for AI "
            "services kept growing. Many firms now hold their meetings in Microsoft Teams, "
            "analysts noted. Google reports next week.")
    assert ("Microsoft", "DEVELOPS", "Microsoft Teams") in facts(text, "en")


@pytest.mark.parametrize("text", [
    # the product comes first: the firm the article names most was not named yet
    "Many firms now hold their meetings in Microsoft Teams. Microsoft reported higher revenue. "
    "Microsoft said demand kept growing.",
    # two firms named equally often: the one named first is the main firm
    "Google reported higher revenue. Microsoft did too. Many firms now hold their meetings in "
    "Microsoft Teams, analysts noted.",
    # a firm named once is no main firm
    "Microsoft reported higher revenue. Many firms now hold their meetings in Microsoft Teams, "
    "analysts noted.",
    # the main firm is not the product's owner
    "Slack grew fast this year. Slack said it hired more staff. Slack now competes with "
    "Microsoft Teams.",
])
def test_no_product_of_the_main_firm_without_a_clear_main_firm_named_first(text: str) -> None:
    assert ("Microsoft", "DEVELOPS", "Microsoft Teams") not in facts(text, "en")


def test_a_known_chief_speaking_in_a_story_about_the_firm_leads_it() -> None:
    text = ("Microsoft reported higher cloud revenue on Tuesday. Satya Nadella said demand for "
            "AI services kept growing.")
    assert ("Satya Nadella", "LEADS", "Microsoft") in facts(text, "en")


def test_a_known_chief_whose_firm_the_article_never_names_leads_nothing() -> None:
    text = "Cloud revenue grew again. Satya Nadella said demand for AI services kept growing."
    assert of(facts(text, "en"), "LEADS") == set()


def test_a_known_chief_the_article_says_left_is_not_read_as_leading() -> None:
    found = facts("Sam Altman left OpenAI on Friday. OpenAI named an interim chief the same day.",
                  "en")
    assert ("Sam Altman", "LEFT", "OpenAI") in found
    assert ("Sam Altman", "LEADS", "OpenAI") not in found


def test_the_company_counts_toward_the_main_firm() -> None:
    text = ("Microsoft reported higher revenue. The company said demand kept growing. Google "
            "reports next week. Many firms now hold their meetings in Microsoft Teams.")
    assert ("Microsoft", "DEVELOPS", "Microsoft Teams") in facts(text, "en")
