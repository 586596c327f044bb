"""Session-9 rivals: a sentence that announces competition without naming a rival makes the
firms of the next sentence rivals of the firm the text is about. Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts


def _competes(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "COMPETES_WITH", b) in found or (b, "COMPETES_WITH", a) in found


@pytest.mark.parametrize(("text", "lang", "firm", "rivals"), [
    ("Anthropic released Claude Opus 4.5 on Monday. Its rivals are not standing still. xAI, "
     "Elon Musk's start-up, released Grok 4.1 the day before.", "en", "Anthropic", ["xAI"]),
    ("Mistral AI lance Voxtral. La concurrence, elle, vient surtout de Chine. DeepSeek et "
     "Alibaba publient leurs modèles.", "fr", "Mistral AI", ["DeepSeek", "Alibaba"]),
    ("SSI entra en un terreno muy disputado. OpenAI y Anthropic compiten por construir "
     "sistemas cada vez más potentes.", "es", "Safe Superintelligence", ["OpenAI", "Anthropic"]),
    ("百度发布了新模型。眼下，国内大模型厂商之间的竞争已进入白热化阶段。阿里巴巴的通义千问系列持续开源。",
     "zh", "Baidu", ["Alibaba"]),
    ("Aleph Alpha stellt ein neues Modell vor. Der Wettbewerb wird härter. Mistral AI hat "
     "gerade Geld eingesammelt.", "de", "Aleph Alpha", ["Mistral AI"]),
])
def test_firms_after_a_competition_sentence_are_rivals(text: str, lang: str, firm: str,
                                                       rivals: list[str]) -> None:
    found = facts(text, lang)
    for rival in rivals:
        assert _competes(found, firm, rival)


def test_backers_named_by_a_passive_agent_are_no_rivals() -> None:
    found = facts("Pika raised money. The competition is fierce. Runway, which is backed by "
                  "Google, released its Gen-2 model, and Meta has shown Emu Video.", "en")
    assert _competes(found, "Pika", "Runway")
    assert not _competes(found, "Pika", "Google")


def test_a_competition_sentence_that_names_its_rival_opens_no_frame() -> None:
    found = facts("Mistral AI competes with OpenAI; the competition is fierce. Nvidia supplies "
                  "the chips.", "en")
    assert not _competes(found, "Mistral AI", "Nvidia")


def test_the_rivals_must_follow_at_once() -> None:
    found = facts("Cohere sells to banks. The competition is fierce. Prices keep falling. "
                  "Nvidia supplies the chips.", "en")
    assert not _competes(found, "Cohere", "Nvidia")
