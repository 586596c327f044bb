"""Stances stated in news prose rather than in slogans (the "stances in prose" block of
`ingest/rules/common_fallback.yaml`, plus the English `WITHHOLD` macro).

Reporters rarely write "X supports open weights": they write "keeps its strongest systems
behind a paid API", "plaide pour des modèles ouverts", "lehnt die Umwandlung ab". Each
positive below must yield its stance; the near-misses pin what keeps these looser cues
precise: a negation, a question, a stance reported of someone else, a comparison naming both
camps, a stance given up. Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from extract_helpers import facts, of

Case = tuple[str, str, tuple[str, str, str]]

POSITIVE: list[Case] = [
    # English: safety as a priority
    ("en", "Anthropic has long argued that safety research and capability gains have to "
           "move in lockstep.", ("Anthropic", "SUPPORTS", "AI safety priority")),
    ("en", "Anthropic has built its reputation on the idea that careful testing pays off.",
     ("Anthropic", "SUPPORTS", "AI safety priority")),
    ("en", "Anthropic insists on caution before each launch.",
     ("Anthropic", "SUPPORTS", "AI safety priority")),
    ("en", "Google chose to ship Gemini 2.5 with additional safeguards instead of waiting.",
     ("Google", "SUPPORTS", "AI safety priority")),
    # English: closed models
    ("en", "OpenAI keeps its strongest systems behind a paid API.",
     ("OpenAI", "SUPPORTS", "closed models")),
    ("en", "Anthropic only offers access to Claude through its own products.",
     ("Anthropic", "SUPPORTS", "closed models")),
    ("en", "xAI never released the weights of Grok 3.",
     ("xAI", "SUPPORTS", "closed models")),
    # English: structure of the lab
    ("en", "OpenAI said it will remain a public benefit corporation.",
     ("OpenAI", "SUPPORTS", "for-profit restructuring")),
    ("en", "OpenAI wants to turn itself into a commercial company.",
     ("OpenAI", "SUPPORTS", "for-profit restructuring")),
    ("en", "Microsoft wants to keep the nonprofit in charge.",
     ("Microsoft", "SUPPORTS", "nonprofit control")),
    # English: opposition
    ("en", "Geoffrey Hinton warned that open weights are dangerous.",
     ("Geoffrey Hinton", "OPPOSES", "open-weight release")),
    # French
    ("fr", "Mistral AI plaide pour des modèles ouverts.",
     ("Mistral AI", "SUPPORTS", "open-weight release")),
    ("fr", "Hugging Face a fait le pari de l'open source.",
     ("Hugging Face", "SUPPORTS", "open-weight release")),
    ("fr", "Anthropic a opté pour une approche fermée.",
     ("Anthropic", "SUPPORTS", "closed models")),
    ("fr", "Anthropic prône la prudence.", ("Anthropic", "SUPPORTS", "AI safety priority")),
    ("fr", "Elon Musk s'oppose à la transformation d'OpenAI en société commerciale.",
     ("Elon Musk", "OPPOSES", "for-profit restructuring")),
    # German
    ("de", "Meta wirbt für offene Modelle.", ("Meta", "SUPPORTS", "open-weight release")),
    ("de", "Anthropic mahnt zur Vorsicht.", ("Anthropic", "SUPPORTS", "AI safety priority")),
    ("de", "Anthropic bietet Claude nur über seine eigene API an.",
     ("Anthropic", "SUPPORTS", "closed models")),
    # Spanish
    ("es", "Meta aboga por el código abierto.", ("Meta", "SUPPORTS", "open-weight release")),
    ("es", "Anthropic ofrece Claude solo a través de su API.",
     ("Anthropic", "SUPPORTS", "closed models")),
    ("es", "Elon Musk se opone a la conversión de OpenAI.",
     ("Elon Musk", "OPPOSES", "for-profit restructuring")),
    # Italian
    ("it", "Meta difende l'open source.", ("Meta", "SUPPORTS", "open-weight release")),
    ("it", "Elon Musk si oppone alla trasformazione di OpenAI.",
     ("Elon Musk", "OPPOSES", "for-profit restructuring")),
    # Portuguese
    ("pt", "A Meta defende o código aberto.", ("Meta", "SUPPORTS", "open-weight release")),
    ("pt", "Elon Musk opõe-se à transformação da OpenAI.",
     ("Elon Musk", "OPPOSES", "for-profit restructuring")),
    # Chinese
    ("zh", "百度选择闭源。", ("Baidu", "SUPPORTS", "closed models")),
    ("zh", "埃隆·马斯克反对OpenAI的营利性转型。",
     ("Elon Musk", "OPPOSES", "for-profit restructuring")),
    # warnings of catastrophic risk and calls for a pause put safety first
    ("en", "Geoffrey Hinton has repeatedly warned of the existential risks of advanced AI.",
     ("Geoffrey Hinton", "SUPPORTS", "AI safety priority")),
    ("en", "Elon Musk called for a six-month pause on giant AI experiments.",
     ("Elon Musk", "SUPPORTS", "AI safety priority")),
    ("fr", "Yoshua Bengio met en garde contre les risques existentiels de l'IA.",
     ("Yoshua Bengio", "SUPPORTS", "AI safety priority")),
    ("de", "Yoshua Bengio warnt vor den existenziellen Risiken der KI.",
     ("Yoshua Bengio", "SUPPORTS", "AI safety priority")),
    ("es", "Geoffrey Hinton advirtió sobre los riesgos existenciales de la IA.",
     ("Geoffrey Hinton", "SUPPORTS", "AI safety priority")),
    ("it", "Elon Musk chiede una pausa nello sviluppo dell'IA.",
     ("Elon Musk", "SUPPORTS", "AI safety priority")),
    ("pt", "Geoffrey Hinton alertou para os riscos existenciais da IA.",
     ("Geoffrey Hinton", "SUPPORTS", "AI safety priority")),
    ("zh", "埃隆·马斯克呼吁暂停训练更强大的模型。", ("Elon Musk", "SUPPORTS", "AI safety priority")),
]

NEAR_MISS: list[Case] = [
    # questions
    ("en", "Will Anthropic keep its strongest systems behind a paid API?",
     ("Anthropic", "SUPPORTS", "closed models")),
    ("de", "Wirbt Meta für offene Modelle?", ("Meta", "SUPPORTS", "open-weight release")),
    ("es", "¿Aboga Meta por el código abierto?", ("Meta", "SUPPORTS", "open-weight release")),
    ("zh", "百度会选择闭源吗？", ("Baidu", "SUPPORTS", "closed models")),
    ("en", "Will Elon Musk call for a pause?", ("Elon Musk", "SUPPORTS", "AI safety priority")),
    # negations
    ("en", "Elon Musk never called for a pause on AI research.",
     ("Elon Musk", "SUPPORTS", "AI safety priority")),
    ("en", "Google did not ship Gemini 2.5 with additional safeguards.",
     ("Google", "SUPPORTS", "AI safety priority")),
    ("fr", "Mistral AI ne plaide pas pour des modèles ouverts.",
     ("Mistral AI", "SUPPORTS", "open-weight release")),
    ("de", "Meta wirbt nicht für offene Modelle.", ("Meta", "SUPPORTS", "open-weight release")),
    ("es", "Meta no aboga por el código abierto.", ("Meta", "SUPPORTS", "open-weight release")),
    ("it", "Meta non difende l'open source.", ("Meta", "SUPPORTS", "open-weight release")),
    ("pt", "A Meta não defende o código aberto.", ("Meta", "SUPPORTS", "open-weight release")),
    ("zh", "百度没有选择闭源。", ("Baidu", "SUPPORTS", "closed models")),
    # someone else's stance, reported
    ("en", "Anthropic said Meta only offers access through its own apps.",
     ("Anthropic", "SUPPORTS", "closed models")),
    ("en", "Sam Altman said Geoffrey Hinton warned of existential risks.",
     ("Sam Altman", "SUPPORTS", "AI safety priority")),
    ("fr", "Selon Anthropic, Mistral AI plaide pour des modèles ouverts.",
     ("Anthropic", "SUPPORTS", "open-weight release")),
    # a comparison naming both camps: the stance belongs to one of them only
    ("en", "Unlike Meta, OpenAI keeps its strongest systems behind a paid API.",
     ("Meta", "SUPPORTS", "closed models")),
    ("en", "Meta publishes open models while OpenAI keeps its strongest systems behind a "
           "paid API.", ("Meta", "SUPPORTS", "closed models")),
    # a stance given up
    ("en", "OpenAI gave up keeping its strongest systems behind a paid API.",
     ("OpenAI", "SUPPORTS", "closed models")),
    ("en", "OpenAI gave up on efforts to remain a public benefit corporation.",
     ("OpenAI", "SUPPORTS", "for-profit restructuring")),
    ("fr", "Mistral AI a renoncé à plaider pour des modèles ouverts.",
     ("Mistral AI", "SUPPORTS", "open-weight release")),
    ("zh", "百度放弃了选择闭源。", ("Baidu", "SUPPORTS", "closed models")),
]


@pytest.mark.parametrize("lang,text,triple", POSITIVE)
def test_prose_stance_is_read(lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in of(facts(text, lang), "SUPPORTS", "OPPOSES")


@pytest.mark.parametrize("lang,text,triple", NEAR_MISS)
def test_near_miss_gives_no_stance(lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in of(facts(text, lang), "SUPPORTS", "OPPOSES")


def test_opposition_is_not_read_as_support() -> None:
    """"warned that open weights are dangerous": the warning's author opposes them."""
    found = of(facts("Geoffrey Hinton warned that open weights are dangerous.", "en"),
               "SUPPORTS", "OPPOSES")
    assert ("Geoffrey Hinton", "SUPPORTS", "open-weight release") not in found
