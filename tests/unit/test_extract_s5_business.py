"""Session-5 lawsuits, acquisitions and partnerships in several languages. Every sentence is
written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Le New York Times poursuit OpenAI devant la justice américaine.", "fr",
     ("New York Times", "CRITICIZED", "OpenAI")),
    ("Disney e Quorra Studios hanno depositato una causa contro Midjourney.", "it",
     ("Disney", "CRITICIZED", "Midjourney Inc")),
    ("Der Fotograf Paul Brandt klagte gegen den Verein LAION.", "de",
     ("Paul Brandt", "CRITICIZED", "LAION")),
    ("L'Autorité de la concurrence a condamné Google à une amende.", "fr",
     ("Autorité de la concurrence", "CRITICIZED", "Google")),
    ("Databricks has grown since buying MosaicML for $1.3 billion.", "en",
     ("Databricks", "ACQUIRED", "MosaicML")),
    ("AMD said on Wednesday that it would acquire Silo AI for $665 million.", "en",
     ("AMD", "ACQUIRED", "Silo AI")),
    ("Otros grupos, como Axel Springer o Le Monde, han firmado acuerdos con OpenAI.", "es",
     ("Le Monde", "PARTNERS_WITH", "OpenAI")),
    ("Otros grupos, como Axel Springer o Le Monde, han firmado acuerdos con OpenAI.", "es",
     ("Axel Springer", "PARTNERS_WITH", "OpenAI")),
])
def test_business_constructions(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_continuing_efforts_is_no_lawsuit() -> None:
    assert not facts("La société poursuit ses efforts avec Google.", "fr")


def test_a_purchase_without_a_price_stays_a_plan() -> None:
    found = facts("OpenAI will buy more chips from Nvidia next year.", "en")
    assert not {t for t in found if t[1] == "ACQUIRED"}


def test_two_firms_signing_deals_with_a_third_are_not_partners_of_each_other() -> None:
    found = facts("Anche produttori come Honor e Oppo hanno stretto accordi con DeepSeek.", "it")
    assert {("Honor", "PARTNERS_WITH", "DeepSeek"), ("Oppo", "PARTNERS_WITH", "DeepSeek")} <= found
    assert ("Honor", "PARTNERS_WITH", "Oppo") not in found


def test_an_investment_fund_is_no_investment_of_its_owner() -> None:
    found = facts("Hugging Face lève 235 millions de dollars. L'opération est menée par "
                  "Salesforce Ventures, le fonds d'investissement de l'éditeur de logiciels.", "fr")
    assert ("Salesforce Ventures", "INVESTS_IN", "Hugging Face") in found
    assert ("Hugging Face", "INVESTS_IN", "Salesforce Ventures") not in found


def test_a_gerund_acquisition_needs_its_clause_subject_near() -> None:
    found = facts("Snowflake faces competition from Databricks, the rival that has made AI the "
                  "centre of its pitch since buying MosaicML for $1.3 billion.", "en")
    assert ("Snowflake", "ACQUIRED", "MosaicML") not in found


def test_names_joined_by_a_comma_only_are_no_list_of_subjects() -> None:
    found = facts("Lauréat du prix Turing avec Geoffrey Hinton et Yoshua Bengio, LeCun avait "
                  "rejoint Facebook en 2013.", "fr")
    assert ("Yann LeCun", "WORKS_FOR", "Meta") in found
    assert ("Yoshua Bengio", "WORKS_FOR", "Meta") not in found


def test_the_owner_of_a_fund_in_a_list_is_no_backer() -> None:
    found = facts("Helix Labs ha cerrado una ronda de 900 millones. La ronda está liderada por "
                  "Thrive Capital, el fondo de Josh Kushner que también es accionista de OpenAI.",
                  "es")
    assert ("Thrive Capital", "INVESTS_IN", "Helix Labs") in found
    assert ("Josh Kushner", "INVESTS_IN", "Helix Labs") not in found


def test_a_lawsuit_noun_is_no_lawsuit() -> None:
    found = facts("Aravind Srinivas ha dicho que le sorprende la demanda de Dow Jones.", "es")
    assert ("Aravind Srinivas", "CRITICIZED", "Dow Jones") not in found


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Copilot, el asistente que Microsoft ha integrado en Office, crece.", "es",
     ("Microsoft", "DEVELOPS", "Copilot")),
    ("O CodeWhisperer, o assistente de programação que a Amazon vende, cresceu.", "pt",
     ("Amazon", "DEVELOPS", "CodeWhisperer")),
    ("Gemini, the Google chatbot, kept growing.", "en", ("Google", "DEVELOPS", "Gemini")),
])
def test_a_thing_the_firm_offers(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_rival_named_after_a_firm_is_not_its_product() -> None:
    found = facts("Claude, the OpenAI rival, kept growing.", "en")
    assert ("OpenAI", "DEVELOPS", "Claude") not in found


@pytest.mark.parametrize(("text", "rivals"), [
    ("Mit Colossus will xAI zu OpenAI, Google und Meta aufschließen.", {"OpenAI", "Google", "Meta"}),
    ("Helix Labs will gegen amerikanische Anbieter wie OpenAI und Google antreten.",
     {"OpenAI", "Google"}),
])
def test_german_catching_up_and_taking_on(text: str, rivals: set[str]) -> None:
    found = facts(text, "de")
    subject = "xAI" if text.startswith("Mit") else "Helix Labs"
    assert {(subject, "COMPETES_WITH", r) for r in rivals} <= found


def test_a_family_of_models_in_apposition_describes_the_model() -> None:
    found = facts("O Llama, a família de modelos da Meta, cresce.", "pt")
    assert ("Meta", "DEVELOPS", "Llama") in found


def test_a_host_platform_is_not_the_maker_of_an_unknown_model() -> None:
    found = facts("A Sesame, startup americana, publicou um modelo. O CSM-1B foi disponibilizado "
                  "com pesos abertos no Hugging Face.", "pt")
    assert not {t for t in found if t[0] == "Hugging Face"}
    assert ("Sesame", "OPEN_SOURCED", "CSM-1B") in found
