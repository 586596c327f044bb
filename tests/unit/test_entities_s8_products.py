"""Session-8 products named right after their kind ("the assistant Copilot", "la marca X").
Hardware is not annotated, so chips and devices named this way stay unnamed. Every sentence
is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Zendesk has rolled out the agent Resolve Pro to its customers.", "en", "Resolve Pro"),
    ("Qonto a lancé la plateforme Qonto Connect pour les PME.", "fr", "Qonto Connect"),
    ("Zalando testet den Assistenten Fashion Buddy in zwölf Ländern.", "de", "Fashion Buddy"),
    ("Rappi estrenará la marca Turbo Mercado en Bogotá.", "es", "Turbo Mercado"),
    ("Fastweb ha presentato la piattaforma MIAI per le imprese.", "it", "MIAI"),
    ("O Nubank lançou o aplicativo NuCel no México.", "pt", "NuCel"),
])
def test_a_name_after_its_kind_is_a_product(text: str, lang: str, name: str) -> None:
    assert entities(text, lang).get(name) == "Product"


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Huawei showed the chips Kirin and Ascend in Shenzhen.", "en", "Kirin"),
    ("Der Chief Software Officer Klaus Weber stellte das System vor.", "de", "Officer Klaus Weber"),
])
def test_hardware_and_titles_are_no_product(text: str, lang: str, name: str) -> None:
    assert entities(text, lang).get(name) != "Product"


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Workday will acquire Sana, a maker of AI search tools, for $1.1 billion.", "en", "Sana"),
    ("Salesforce agreed to acquire Convergence for an undisclosed sum.", "en", "Convergence"),
    ("Dassault a racheté Kelvinor, un éditeur de logiciels de simulation.", "fr", "Kelvinor"),
    ("Bosch übernimmt Korvalon, einen Hersteller von Sensoren.", "de", "Korvalon"),
    ("Telefónica compró Nubilia, una tecnológica de Valencia.", "es", "Nubilia"),
])
def test_a_firm_named_by_its_kind_or_by_its_buyer_is_an_organization(text: str, lang: str,
                                                                     name: str) -> None:
    assert entities(text, lang).get(name) == "Organization"


def test_a_person_called_an_operator_stays_a_person() -> None:
    found = entities("Frank Slootman was hired. Slootman, a seasoned operator, led ServiceNow.",
                     "en")
    assert found.get("Slootman") != "Organization"


def test_acquired_chips_are_no_firm() -> None:
    assert "Blackwell" not in entities("Microsoft acquired Blackwell chips last year.", "en")
