"""Session-7 rivalries read through models and products. Every sentence is written for this
file."""

from __future__ import annotations

from extract_helpers import facts, of


def test_the_maker_the_text_names_stands_for_the_model() -> None:
    found = of(facts("Google's Gemini models compete head-on with Meta's Llama family.", "en"),
               "COMPETES_WITH")
    assert ("Google", "COMPETES_WITH", "Meta") in found
    assert not {t for t in found if t[0] == "Google DeepMind"}


def test_without_a_named_maker_the_knowledge_base_owner_stands() -> None:
    found = facts("Gemini competes with Llama in most benchmarks.", "en")
    assert ("Google DeepMind", "COMPETES_WITH", "Meta") in found


def test_a_product_competing_names_its_owner_as_rival() -> None:
    found = facts("Grok competes with ChatGPT, Google's Gemini and Anthropic's Claude.", "en")
    assert {("xAI", "COMPETES_WITH", o) for o in ("OpenAI", "Google", "Anthropic")} <= found


def test_a_french_chatbot_rivalling_another() -> None:
    assert ("Mistral AI", "COMPETES_WITH", "OpenAI") in facts(
        "Le Chat rivalise avec ChatGPT auprès des entreprises.", "fr")


def test_a_spanish_chatbot_disputing_a_market() -> None:
    found = facts("ChatGPT disputa a Gemini el mercado de los asistentes.", "es")
    assert ("OpenAI", "COMPETES_WITH", "Google DeepMind") in found
