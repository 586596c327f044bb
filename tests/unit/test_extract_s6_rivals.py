"""Session-6 rivals by benchmark, lawsuits and critics, and model short forms. Every sentence is
written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts, lines


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Ai2 says its new model matches or outperforms DeepSeek V3 and OpenAI's GPT-4o.", "en",
     ("Allen Institute for AI", "COMPETES_WITH", "OpenAI")),
    ("Upstage said it held its own against larger models such as Alibaba's Qwen3.", "en",
     ("Upstage", "COMPETES_WITH", "Alibaba")),
    ("Secondo Cohere, il modello eguaglia o supera GPT-4o di OpenAI.", "it",
     ("Cohere", "COMPETES_WITH", "OpenAI")),
    ("Según Meta, sus modelos de visión rinden al nivel de Claude 3 Haiku, de Anthropic.", "es",
     ("Meta", "COMPETES_WITH", "Anthropic")),
    ("Amazon wants to show that it can keep pace with OpenAI.", "en",
     ("Amazon", "COMPETES_WITH", "OpenAI")),
    ("Apple è considerata in ritardo rispetto a Google nella corsa all'IA.", "it",
     ("Apple", "COMPETES_WITH", "Google")),
    ("DeepSeek-R1的表现与OpenAI的o1相当。", "zh", ("DeepSeek", "COMPETES_WITH", "OpenAI")),
])
def test_rivals_named_by_comparison(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_model_released_earlier_stands_for_its_maker_in_a_comparison() -> None:
    found = facts("美团发布了LongCat-Flash。LongCat-Flash的表现可与阿里巴巴的Qwen3相媲美。", "zh")
    assert ("Meituan", "COMPETES_WITH", "Alibaba") in found


def test_a_number_after_exceeds_is_no_comparison() -> None:
    found = facts("阿里巴巴表示，这款模型的训练数据超过20万亿tokens，OpenAI尚未回应。", "zh")
    assert not {t for t in found if t[1] == "COMPETES_WITH"}


def test_the_comparison_belongs_to_the_clause_not_to_a_firm_before_and() -> None:
    found = facts("Il modello supera Llama 3, lanciato da Meta, e si avvicina a Gemma 7B di Google.",
                  "it")
    assert ("Meta", "COMPETES_WITH", "Google") not in found


def test_a_mit_licence_is_not_the_university() -> None:
    rows = lines("DeepSeek以MIT许可证开源了R1。", "zh")
    assert "MIT" not in {r["name"] for r in rows if r["kind"] == "entity"}


def test_a_models_last_word_is_that_model_later() -> None:
    found = facts("Anthropic released Claude 3 Opus, Sonnet and Haiku. According to Anthropic, "
                  "Opus outperforms OpenAI's GPT-4.", "en")
    assert ("Anthropic", "COMPETES_WITH", "OpenAI") in found
    assert not {t for t in found if t[0] == "Opus"}


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Der Forscher Gary Marcus, ein langjähriger Kritiker von OpenAI, winkte ab.", "de",
     ("Gary Marcus", "CRITICIZED", "OpenAI")),
    ("The comedian Sarah Silverman filed suits against both OpenAI and Meta.", "en",
     ("Sarah Silverman", "CRITICIZED", "Meta")),
    ("Getty Images pleitea contra Stability AI en Londres.", "es",
     ("Getty Images", "CRITICIZED", "Stability AI")),
])
def test_critics_and_lawsuits(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_chinese_models_named_in_quotes_or_by_suffix() -> None:
    found = facts("中国移动此前发布了自研的“九天”大模型，中国电信推出了“星辰”大模型。", "zh")
    assert ("China Mobile", "RELEASED", "九天") in found
    assert ("China Telecom", "RELEASED", "星辰") in found
    assert ("China Mobile", "RELEASED", "星辰") not in found


def test_two_lists_said_to_go_respectively_pair_in_order() -> None:
    found = facts("OPPO和vivo则分别发布了安第斯大模型和蓝心大模型。", "zh")
    assert ("Oppo", "RELEASED", "安第斯大模型") in found
    assert ("Oppo", "RELEASED", "蓝心大模型") not in found
    found = facts("Google and Meta released Gemma 3 and Llama 4, respectively.", "en")
    assert ("Meta", "RELEASED", "Gemma 3") not in found


def test_a_generic_kind_of_model_is_no_name() -> None:
    rows = lines("百度发布了通用大模型和行业大模型。", "zh")
    assert not {r["name"] for r in rows if r["kind"] == "entity" and r["type"] == "Model"}


def test_a_known_chinese_name_with_its_suffix_stays_the_known_entity() -> None:
    assert ("ByteDance", "RELEASED", "Doubao") in facts("字节跳动发布了豆包大模型。", "zh")


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("BBVA firmó con OpenAI. OpenAI crece ante la competencia de Anthropic.", "es",
     ("OpenAI", "COMPETES_WITH", "Anthropic")),
    ("Mistral AI lance un modèle. La start-up avance face à la concurrence de Google.", "fr",
     ("Mistral AI", "COMPETES_WITH", "Google")),
])
def test_competition_from_a_rival_names_the_sentence_subject(
        text: str, lang: str, triple: tuple[str, str, str]) -> None:
    found = facts(text, lang)
    assert triple in found
    assert ("BBVA", "COMPETES_WITH", "Anthropic") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Upstage wants the contract. Its rivals for that role include Naver and LG.", "en"),
    ("Upstage veut le contrat. Ses concurrents sont Naver et LG.", "fr"),
])
def test_the_firms_rivals_listed_after_its_possessive(text: str, lang: str) -> None:
    assert ("Naver", "COMPETES_WITH", "Upstage") in facts(text, lang)
