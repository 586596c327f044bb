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
