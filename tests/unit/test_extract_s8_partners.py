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
