"""Session-8 suppliers and customers: a firm that supplies another, or buys from it, is its
partner. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Kioxia has become the main supplier of flash memory for Apple's phones.", "en",
     ("Kioxia", "PARTNERS_WITH", "Apple")),
    ("Tesla remains one of the largest customers of Nvidia in Texas.", "en",
     ("Tesla", "PARTNERS_WITH", "Nvidia")),
    ("Samsung manufactures the newest processors for Google and Qualcomm.", "en",
     ("Samsung", "PARTNERS_WITH", "Qualcomm")),
    ("Cohere, a big customer of Oracle, runs its training jobs there.", "en",
     ("Cohere", "PARTNERS_WITH", "Oracle")),
    ("Micron est devenu un fournisseur clé de mémoire HBM d'AMD.", "fr",
     ("Micron", "PARTNERS_WITH", "AMD")),
    ("Intel fabrique désormais des puces pour Microsoft.", "fr",
     ("Intel", "PARTNERS_WITH", "Microsoft")),
    ("Samsung ist seit Jahren ein wichtiger Chiplieferant von Apple.", "de",
     ("Samsung", "PARTNERS_WITH", "Apple")),
    ("Amazon gehört zu den größten Abnehmern von Nvidia-Chips.", "de",
     ("Amazon", "PARTNERS_WITH", "Nvidia")),
    ("Oracle se ha convertido en el principal proveedor de capacidad de cálculo de OpenAI.",
     "es", ("Oracle", "PARTNERS_WITH", "OpenAI")),
    ("Micron è diventata un fornitore importante di memorie per Nvidia.", "it",
     ("Micron", "PARTNERS_WITH", "Nvidia")),
    ("A Foxconn é a maior fornecedora de servidores da Nvidia.", "pt",
     ("Foxconn", "PARTNERS_WITH", "Nvidia")),
    ("三星是苹果最重要的存储芯片供应商之一。", "zh", ("Samsung", "PARTNERS_WITH", "Apple")),
    ("甲骨文将向OpenAI提供算力。", "zh", ("Oracle", "PARTNERS_WITH", "OpenAI")),
])
def test_suppliers_and_customers_are_partners(text: str, lang: str,
                                              triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Anthropic wants to reduce its reliance on a single supplier, Mistral AI said.", "en"),
    ("Nvidia, by far the biggest supplier of AI accelerators, rejected the claim of Intel.", "en"),
    ("Microsoft a fourni des explications à OpenAI.", "fr"),
])
def test_supplier_words_without_a_supplied_firm_link_nobody(text: str, lang: str) -> None:
    assert not [f for f in facts(text, lang) if f[1] == "PARTNERS_WITH"]


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Oracle buys Nvidia chips by the tens of thousands.", "en",
     ("Oracle", "PARTNERS_WITH", "Nvidia")),
    ("Meta compra chips de AMD por miles de millones.", "es", ("Meta", "PARTNERS_WITH", "AMD")),
    ("Oracle's other AI customers include Cohere and xAI.", "en",
     ("Oracle", "PARTNERS_WITH", "xAI")),
])
def test_buying_chips_or_being_a_customer(text: str, lang: str,
                                          triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_buying_a_firms_chips_is_no_acquisition() -> None:
    assert ("Oracle", "ACQUIRED", "Nvidia") not in facts(
        "Oracle buys Nvidia chips by the tens of thousands.", "en")


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Claude is served through Google Cloud, Anthropic's main cloud provider.", "en",
     ("Google Cloud", "PARTNERS_WITH", "Anthropic")),
    ("Bereits im Februar hatte Nvidia angekündigt, einen Chip bei Intel fertigen zu lassen.",
     "de", ("Nvidia", "PARTNERS_WITH", "Intel")),
])
def test_providers_and_foundries(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Cohere crece rápido y entre sus clientes figuran Oracle y Fujitsu.", "es"),
    ("Cohere compte parmi ses clients Oracle et Fujitsu.", "fr"),
    ("Cohere cresce e tra i suoi clienti figurano Oracle e Fujitsu.", "it"),
])
def test_a_list_of_customers_is_a_list_of_partners(text: str, lang: str) -> None:
    assert ("Cohere", "PARTNERS_WITH", "Fujitsu") in facts(text, lang)


def test_german_customers_of_a_firm_are_its_partners() -> None:
    found = facts("Zu den Kunden von Aleph Alpha gehören Bosch und SAP.", "de")
    assert ("Aleph Alpha", "PARTNERS_WITH", "SAP") in found
