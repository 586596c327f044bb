"""Rules and knowledge added while measuring extraction on unseen articles (continued).

Every sentence here is written for this file (none comes from an evaluation set); each case
pins one generalization: a knowledge-base entry, a cue word, a pattern or a resolution step.
"""

from __future__ import annotations

import pytest

from extract_helpers import facts, lines


# ------------------------------------------------------------------ second batch
MORE_CASES = [
    ('en', 'Ilya Sutskever, who co-founded OpenAI, now runs his own lab.',
     ('Ilya Sutskever', 'FOUNDED', 'OpenAI')),
    ('fr', 'Kyutai a été fondé en 2023 par Xavier Niel, fondateur de Free, et par Eric Schmidt.',
     ('Eric Schmidt', 'FOUNDED', 'Kyutai')),
    ('fr', 'Noam Shazeer, ancien de Google, a créé sa propre entreprise.',
     ('Noam Shazeer', 'LEFT', 'Google')),
    ('fr', 'Lucas Berg et Ana Ruiz, deux anciens ingénieurs de Google, lancent une start-up.',
     ('Ana Ruiz', 'LEFT', 'Google')),
    ('en', 'Lucas Berg and several other former Google engineers started the lab.',
     ('Lucas Berg', 'LEFT', 'Google')),
    ('en', "Mark Zuckerberg's company, Meta, spent billions on chips.",
     ('Mark Zuckerberg', 'LEADS', 'Meta')),
    ('es', 'Perplexity, la empresa de Aravind Srinivas, lanzó un navegador.',
     ('Aravind Srinivas', 'LEADS', 'Perplexity')),
    ('es', 'El nuevo modelo es más rápido que los Gemini de Google.',
     ('Google', 'DEVELOPS', 'Gemini')),
    ('en', 'Mistral AI, whose new model Magistral reasons step by step, raised money.',
     ('Mistral AI', 'DEVELOPS', 'Magistral')),
    ('en', 'OpenAI accused DeepSeek and Moonshot AI of copying its models.',
     ('OpenAI', 'CRITICIZED', 'Moonshot AI')),
    ('en', 'Bret Taylor told employees that the nonprofit would stay in charge.',
     ('Bret Taylor', 'SUPPORTS', 'nonprofit control')),
    ('en', 'Elon Musk posted on Sunday. The billionaire criticized OpenAI again.',
     ('Elon Musk', 'CRITICIZED', 'OpenAI')),
    ('es', 'Elon Musk habló el domingo. El multimillonario criticó a Google.',
     ('Elon Musk', 'CRITICIZED', 'Google')),
    ('en', 'Nvidia and Oracle signed a letter of intent on Monday.',
     ('Nvidia', 'ANNOUNCED', 'Nvidia agreement')),
    ('en', 'Ilya Sutskever left OpenAI in May after he had voted to remove Sam Altman. A month later he founded Safe Superintelligence.',
     ('Ilya Sutskever', 'FOUNDED', 'Safe Superintelligence')),
    ('en', 'Grok 2.5, released in August with open weights, is popular.',
     ('xAI', 'OPEN_SOURCED', 'Grok-2.5')),
    ('zh', '百度文心X1的表现不错。',
     ('Baidu', 'DEVELOPS', 'ERNIE X1')),
    ('de', 'AMD hat Silo AI 2024 übernommen.',
     ('AMD', 'ACQUIRED', 'Silo AI')),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MORE_CASES)
def test_more_relation_patterns(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text, lang)


NOT_CASES = [
    ('es', 'OpenAI compra chips de Nvidia.',
     ('OpenAI', 'ACQUIRED', 'Nvidia')),
    ('es', 'Meta publicó Llama 4, el modelo que usa su asistente Meta AI.',
     ('Meta', 'RELEASED', 'Meta AI')),
    ('en', 'Ilya Sutskever left OpenAI in May after he had voted to remove Sam Altman. A month later he founded Safe Superintelligence.',
     ('Sam Altman', 'FOUNDED', 'Safe Superintelligence')),
]


@pytest.mark.parametrize(("lang", "text", "unwanted"), NOT_CASES)
def test_patterns_do_not_overreach(lang: str, text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in facts(text, lang)


def test_possessive_s_is_not_part_of_a_discovered_name() -> None:
    rows = lines("Lucas Berg's start-up, Aurora Labs, hired ten people.", "en")
    names = {row["name"] for row in rows if row["kind"] == "entity" and row["type"] == "Person"}
    assert names == {"Lucas Berg"}


# ------------------------------------------------------------------ third batch
THIRD_CASES = [
    ('en', 'Apple has agreed to invest $500 million in Mistral AI.',
     ('Apple', 'INVESTS_IN', 'Mistral AI')),
    ('en', "Aurora Labs opened in Oslo. Aurora's founder and chief executive, Sarah Kim, spoke first.",
     ('Sarah Kim', 'FOUNDED', 'Aurora Labs')),
    ('en', "Aurora Labs opened in Oslo. Aurora's founder and chief executive, Sarah Kim, spoke first.",
     ('Sarah Kim', 'LEADS', 'Aurora Labs')),
    ('en', 'Sarah Kim will join Cohere to work on its agents.',
     ('Sarah Kim', 'WORKS_FOR', 'Cohere')),
    ('en', "Lucas Berg, Cohere's chief operating officer, will serve as interim CEO.",
     ('Lucas Berg', 'LEADS', 'Cohere')),
    ('en', "Lucas Berg will become Cohere's new chief executive.",
     ('Lucas Berg', 'LEADS', 'Cohere')),
    ('es', 'Ana Ruiz será la nueva consejera delegada de Cohere.',
     ('Ana Ruiz', 'LEADS', 'Cohere')),
    ('en', 'Sarah Kim, 34, co-founded Aurora Labs in 2019.',
     ('Sarah Kim', 'FOUNDED', 'Aurora Labs')),
    ('en', "Lucas Berg, a co-founder of Alphabet's DeepMind, joined the board.",
     ('Lucas Berg', 'FOUNDED', 'Google DeepMind')),
    ('en', 'Sarah Kim, the chief scientist of Cohere, spoke on Monday.',
     ('Sarah Kim', 'WORKS_FOR', 'Cohere')),
    ('en', 'Aurora Labs, the lab Sarah Kim co-founded in 2019 with Lucas Berg, is hiring.',
     ('Lucas Berg', 'FOUNDED', 'Aurora Labs')),
    ('en', 'Cohere, which raised $500 million from investors including Oracle and Salesforce, is hiring.',
     ('Oracle', 'INVESTS_IN', 'Cohere')),
    ('fr', "Kyutai a levé 300 millions d'euros auprès de Xavier Niel et de Nvidia.",
     ('Nvidia', 'INVESTS_IN', 'Kyutai')),
    ('en', 'Aurora Labs closed a $90 million round led by Sequoia Capital.',
     ('Sequoia Capital', 'INVESTS_IN', 'Aurora Labs')),
    ('fr', "Mistral AI annonce une levée de fonds de 600 millions d'euros, menée par General Catalyst.",
     ('General Catalyst', 'INVESTS_IN', 'Mistral AI')),
    ('fr', 'Cohere accélère. Le canadien Oracle, qui investit 100 millions, entre au capital.',
     ('Oracle', 'INVESTS_IN', 'Cohere')),
    ('en', 'The deal strengthens Amazon beyond its partner Anthropic, in which it has invested $8 billion.',
     ('Amazon', 'INVESTS_IN', 'Anthropic')),
    ('en', 'The deal strengthens Amazon beyond its partner Anthropic, in which it has invested $8 billion.',
     ('Amazon', 'PARTNERS_WITH', 'Anthropic')),
    ('es', 'Cohere crece con Oracle y Nvidia, dos empresas que ya son sus principales accionistas.',
     ('Nvidia', 'INVESTS_IN', 'Cohere')),
    ('fr', 'Nvidia a annoncé le rachat de Run AI pour 700 millions de dollars.',
     ('Nvidia', 'ACQUIRED', 'Run:ai')),
    ('es', 'Google no publica los pesos de Gemini.',
     ('Google', 'SUPPORTS', 'closed models')),
    ('en', 'Cohere raised money on Monday. Its chatbot, Coral, is popular with banks.',
     ('Cohere', 'DEVELOPS', 'Coral')),
    ('de', 'Aurora Labs wächst. Das bestätigte Gründer und Chef Lucas Berg am Montag.',
     ('Lucas Berg', 'FOUNDED', 'Aurora Labs')),
    ('fr', 'Fondée en 2018 par Lucas Berg et Ana Ruiz, Nordic Robotics construit des bras robotiques.',
     ('Ana Ruiz', 'FOUNDED', 'Nordic Robotics')),
    ('fr', 'La version Mistral Small 3 est publiée sous licence Apache 2.0.',
     ('Mistral AI', 'OPEN_SOURCED', 'Mistral Small 3')),
    ('fr', 'Mistral Medium 3 reste réservé aux clients payants.',
     ('Mistral AI', 'SUPPORTS', 'closed models')),
    ('es', 'Jensen Huang, consejero delegado de Nvidia, ha defendido que hay que anteponer la seguridad a la velocidad.',
     ('Jensen Huang', 'SUPPORTS', 'AI safety priority')),
    ('zh', '月之暗面由杨植麟创立，其背后的投资方包括阿里巴巴。',
     ('Alibaba', 'INVESTS_IN', 'Moonshot AI')),
    ('zh', '阿里巴巴参与了智谱和月之暗面等公司的融资。',
     ('Alibaba', 'INVESTS_IN', 'Zhipu AI')),
    ('zh', '腾讯发布了混元T1模型。',
     ('Tencent', 'RELEASED', 'Hunyuan-T1')),
    ('zh', '快手的可灵AI吸引了大量用户。',
     ('Kuaishou', 'DEVELOPS', 'Kling')),
]


@pytest.mark.parametrize(("lang", "text", "expected"), THIRD_CASES)
def test_third_batch_patterns(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text, lang)


def test_founder_of_a_possessed_lab_is_not_the_owner() -> None:
    found = facts("Lucas Berg, a co-founder of Alphabet's DeepMind, joined the board.", "en")
    assert ("Lucas Berg", "FOUNDED", "Google") not in found


def test_short_name_of_a_discovered_organization() -> None:
    rows = lines("Nordic Robotics raised money. Nordic will hire 40 engineers.", "en")
    spans = [row for row in rows if row["kind"] == "entity" and row["name"] == "Nordic Robotics"]
    assert spans and "Nordic" in spans[0]["aliases"]


def test_latin_product_names_in_chinese_text_are_entities() -> None:
    rows = lines("DeepSeek开源了FlashInfer代码库。", "zh")
    assert ("DeepSeek", "OPEN_SOURCED", "FlashInfer") in {
        (r["subject"]["name"], r["predicate"], r["object"]["name"])
        for r in rows if r["kind"] == "fact"}


