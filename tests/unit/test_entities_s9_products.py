"""Session-9 knowledge base: everyday platforms and paid chatbot tiers are products, browser
makers are firms, and a firm never partners with or competes against its own unit. Every
sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Google is bringing Gemini to Chrome and Android Auto.", "en", "Chrome"),
    ("Google is bringing Gemini to Chrome and Android Auto.", "en", "Android Auto"),
    ("La suscripción ChatGPT Plus cuesta 20 dólares.", "es", "ChatGPT Plus"),
    ("Il piano Google AI Ultra costa 250 dollari.", "it", "Google AI Ultra"),
    ("阿里表示千问将接入淘宝和支付宝。", "zh", "Taobao"),
    ("Microsoft bietet im Browser Edge einen neuen Modus an.", "de", "Microsoft Edge"),
])
def test_platforms_and_paid_tiers_are_products(text: str, lang: str, name: str) -> None:
    assert entities(text, lang).get(name) == "Product"


def test_edge_as_a_common_word_is_no_product() -> None:
    assert "Microsoft Edge" not in entities("Nvidia keeps its edge. Edge cases remain.", "en")


def test_a_browser_maker_is_a_firm_and_an_opera_is_not() -> None:
    assert entities("Opera hat mit Neon ein eigenes KI-Produkt gestartet.", "de").get(
        "Opera") == "Organization"
    assert "Opera" not in entities("She sang at the Opera last night.", "en")


def test_a_university_named_in_spanish_is_found() -> None:
    assert "UC Berkeley" in entities(
        "Stuart Russell, profesor de la Universidad de California en Berkeley, firmó.", "es")


@pytest.mark.parametrize(("text", "lang"), [
    ("Google intègre Gemini dans Chrome.", "fr"),
    ("Google uses Gemini in Chrome.", "en"),
])
def test_a_firm_building_on_its_own_units_model_is_no_partner_of_it(text: str,
                                                                   lang: str) -> None:
    found = facts(text, lang)
    assert not [f for f in found if f[1] == "PARTNERS_WITH" and "Google DeepMind" in f]


def test_a_parent_and_its_unit_do_not_compete() -> None:
    found = facts("Google DeepMind competes with Google and OpenAI in chatbots.", "en")
    assert ("Google DeepMind", "COMPETES_WITH", "OpenAI") in found or (
        "OpenAI", "COMPETES_WITH", "Google DeepMind") in found
    assert not [f for f in found if f[1] == "COMPETES_WITH"
                and {f[0], f[2]} == {"Google", "Google DeepMind"}]
