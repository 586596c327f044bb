"""Session-8 partners and rivals: contracts, a bet on a firm, a fronted German "mit", a
Chinese list of partners and a contest between several firms. Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Oracle, que este año ha firmado contratos millonarios con xAI, sube en bolsa.", "es",
     ("Oracle", "PARTNERS_WITH", "xAI")),
    ("Nebius ha cerrado con Meta un acuerdo de 3.000 millones de dólares.", "es",
     ("Nebius", "PARTNERS_WITH", "Meta")),
    ("CoreWeave ha firmato contratti pluriennali con Mistral AI.", "it",
     ("CoreWeave", "PARTNERS_WITH", "Mistral AI")),
    ("Orange distribue Mistral AI, tandis que Vodafone mise sur l'américain Anthropic.", "fr",
     ("Vodafone", "PARTNERS_WITH", "Anthropic")),
    ("Mit Siemens arbeitet Helsing außerdem an neuen Drohnen.", "de",
     ("Helsing", "PARTNERS_WITH", "Siemens")),
    ("小米与高通、联发科和英伟达等芯片伙伴展开合作。", "zh", ("Xiaomi", "PARTNERS_WITH", "MediaTek")),
    ("It is the newest front in the contest between Oracle, Microsoft and Google.", "en",
     ("Oracle", "COMPETES_WITH", "Google")),
    ("La carrera entre Anthropic y OpenAI se acelera.", "es",
     ("Anthropic", "COMPETES_WITH", "OpenAI")),
])
def test_partners_and_rivals(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_partnership_between_two_firms_is_no_contest() -> None:
    found = facts("The partnership between Oracle and OpenAI was widened.", "en")
    assert ("Oracle", "COMPETES_WITH", "OpenAI") not in found


def test_a_country_owning_the_apposition_is_not_the_partner() -> None:
    found = facts("LG Uplus, South Korea's third mobile operator, has signed a partnership with "
                  "Anthropic.", "en")
    assert ("LG Uplus", "PARTNERS_WITH", "Anthropic") in found


def test_state_backed_is_no_investment_by_the_next_name() -> None:
    found = facts("Rapidus, the state-backed company Japan hopes will revive its chip industry, "
                  "opened a line.", "en")
    assert not {t for t in found if t[1] == "INVESTS_IN"}
    assert ("Microsoft", "INVESTS_IN", "OpenAI") in facts(
        "Microsoft-backed OpenAI released a model.", "en")


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Con su nueva app, Meta quiere competir de tú a tú con ChatGPT.", "es",
     ("Meta", "COMPETES_WITH", "OpenAI")),
    ("Cohere released a tool. Mistral AI, its main rival, is working on a similar tool.", "en",
     ("Cohere", "COMPETES_WITH", "Mistral AI")),
    ("Mistral AI a lancé un modèle. Meta, son principal concurrent, prépare une réponse.", "fr",
     ("Mistral AI", "COMPETES_WITH", "Meta")),
])
def test_rivals_named_by_product_or_in_apposition(text: str, lang: str,
                                                  triple: tuple[str, str, str]) -> None:
    found = facts(text, lang)
    assert triple in found or (triple[2], triple[1], triple[0]) in found


def test_a_firm_inside_a_licence_phrase_competes_with_nobody() -> None:
    found = facts("DeepSeek published R1 under the MIT licence, a model that rivals OpenAI's o1.",
                  "en")
    assert ("MIT", "COMPETES_WITH", "OpenAI") not in found
