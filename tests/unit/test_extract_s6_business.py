"""Session-6 business constructions: partners, rivals and makers. Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts


def test_a_model_family_before_a_compete_verb_names_a_rival_not_a_partner() -> None:
    found = facts("Adobe, con su familia de modelos Firefly, compite con Midjourney.", "es")
    assert ("Adobe", "COMPETES_WITH", "Midjourney Inc") in found
    assert ("Adobe", "PARTNERS_WITH", "Midjourney Inc") not in found


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("DeepSeek-V4 supera a Llama 4 de Meta en matemáticas.", "es",
     ("DeepSeek", "COMPETES_WITH", "Meta")),
    ("Cohere says its newest model beats GPT-4 Turbo from OpenAI on most tests.", "en",
     ("Cohere", "COMPETES_WITH", "OpenAI")),
    ("Mistral Large übertrifft GPT-4o beim Programmieren, teilte Mistral mit.", "de",
     ("Mistral AI", "COMPETES_WITH", "OpenAI")),
    ("A Microsoft quer concorrer com a Amazon na nuvem europeia.", "pt",
     ("Microsoft", "COMPETES_WITH", "Amazon")),
])
def test_rivals_by_benchmark_or_verb(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_model_beating_its_own_predecessor_names_no_rival() -> None:
    found = facts("OpenAI says GPT-4.5 outperforms GPT-4o on writing tasks.", "en")
    assert not {t for t in found if t[1] == "COMPETES_WITH"}


@pytest.mark.parametrize(("text", "triple"), [
    ("与百度、阿里巴巴等对手相比，腾讯的投入更大。", ("Tencent", "COMPETES_WITH", "Alibaba")),
    ("与百度、阿里巴巴等对手相比，腾讯的投入更大。", ("Tencent", "COMPETES_WITH", "Baidu")),
    ("腾讯正在追赶百度。", ("Tencent", "COMPETES_WITH", "Baidu")),
])
def test_chinese_rivals_compared_or_chased(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, "zh")


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Das Berliner Start-up Parloa wächst schnell. Für seine Telefonagenten nutzt Parloa "
     "vor allem Sprachmodelle von OpenAI.", "de",
     ("Parloa", "PARTNERS_WITH", "OpenAI")),
    ("Per il suo agente Replit utilizza soprattutto i modelli Claude di Anthropic.", "it",
     ("Replit", "PARTNERS_WITH", "Anthropic")),
    ("Perplexity uses GPT-4o to write many of its answers.", "en",
     ("Perplexity", "PARTNERS_WITH", "OpenAI")),
    ("OpenAI uses Nvidia chips to train its models.", "en",
     ("OpenAI", "PARTNERS_WITH", "Nvidia")),
    ("Apple works with Alibaba on the features it sells in China.", "en",
     ("Apple", "PARTNERS_WITH", "Alibaba")),
])
def test_building_on_another_firms_models_is_a_partnership(
        text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_lab_using_its_own_model_partners_with_nobody() -> None:
    found = facts("OpenAI uses GPT-4o to grade the answers of its newer models.", "en")
    assert not {t for t in found if t[1] == "PARTNERS_WITH"}


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Orange va travailler avec OpenAI et Meta sur les langues africaines.", "fr",
     ("Orange", "PARTNERS_WITH", "Meta")),
    ("BFMTV et RMC utiliseront les modèles de Mistral pour vérifier les faits.", "fr",
     ("BFMTV", "PARTNERS_WITH", "Mistral AI")),
    ("Con Fujitsu, Cohere ha sviluppato un modello per il giapponese.", "it",
     ("Cohere", "PARTNERS_WITH", "Fujitsu")),
    ("G42 a développé avec l'université MBZUAI et la société Cerebras un modèle arabe.", "fr",
     ("G42", "PARTNERS_WITH", "Cerebras")),
    ("百度近日也表示将接入DeepSeek。", "zh", ("Baidu", "PARTNERS_WITH", "DeepSeek")),
    ("腾讯在AI助手元宝中接入了DeepSeek-R1。", "zh", ("Tencent", "PARTNERS_WITH", "DeepSeek")),
])
def test_working_with_or_plugging_in_another_firm(text: str, lang: str,
                                                   triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Mistral AI compte aussi Microsoft parmi ses actionnaires depuis 2024.", "fr",
     ("Microsoft", "INVESTS_IN", "Mistral AI")),
    ("Das ist ein Schlag für OpenAI, das mit Milliarden von Microsoft finanziert wird.", "de",
     ("Microsoft", "INVESTS_IN", "OpenAI")),
])
def test_backers_named_after_the_firm(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("KDDI hat angekündigt, die Kontrolle über das Tokioter Start-up ELYZA zu übernehmen.", "de",
     ("KDDI", "ACQUIRED", "ELYZA")),
    ("Thomson Reuters compró por 650 millones de dólares a la empresa Casetext. Casetext "
     "vende un asistente.", "es", ("Thomson Reuters", "ACQUIRED", "Casetext")),
])
def test_takeovers_with_a_price_or_control(text: str, lang: str,
                                           triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)
