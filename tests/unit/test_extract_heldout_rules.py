"""Rules and knowledge added while measuring extraction on unseen articles.

Every sentence here is written for this file (none comes from an evaluation set); each case
pins one generalization: a knowledge-base entry, a cue word, a pattern or a resolution step.
"""

from __future__ import annotations

import pytest

from stratgraph.ingest.pipeline import extract_article
from stratgraph.ingest.records import Record


def lines(text: str, lang: str, title: str | None = None) -> list[dict]:
    return extract_article(Record(id="t", text=text, lang=lang, title=title,
                                  published="2025-05-01"))


def facts(text: str, lang: str, title: str | None = None) -> set[tuple[str, str, str]]:
    return {(line["subject"]["name"], line["predicate"], line["object"]["name"])
            for line in lines(text, lang, title) if line["kind"] == "fact"}


# ------------------------------------------------------------------ knowledge base
KB_CASES = [
    # model families next to CJK characters (no space between words)
    ("zh", "智谱今天开源了GLM-4.6模型。", ("Zhipu AI", "OPEN_SOURCED", "GLM-4.6")),
    ("zh", "百度在4月发布了文心X2。", ("Baidu", "RELEASED", "ERNIE X2")),
    # investors and chip makers that AI news names often
    ("en", "Sequoia Capital invested in Mistral AI in 2024.",
     ("Sequoia Capital", "INVESTS_IN", "Mistral AI")),
    ("fr", "Meituan a investi dans Moonshot AI l'an dernier.",
     ("Meituan", "INVESTS_IN", "Moonshot AI")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), KB_CASES)
def test_knowledge_base_entries(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text, lang)


def test_meta_ai_is_the_assistant_not_the_company() -> None:
    rows = lines("Meta will add the model to its assistant Meta AI next month.", "en")
    types = {row["name"]: row["type"] for row in rows if row["kind"] == "entity"}
    assert types.get("Meta AI") == "Product"
    assert types.get("Meta") == "Organization"


# ------------------------------------------------------------------ anaphora and salience
def test_title_decides_which_company_is_meant() -> None:
    text = ("Nvidia and Anthropic both spoke at the event. Chief executive Clara Vidal said the "
            "company would hire 500 people.")
    assert ("Clara Vidal", "LEADS", "Anthropic") in facts(text, "en", "Anthropic expands in Europe")
    # without a title, the organization the article named first is the topic
    assert ("Clara Vidal", "LEADS", "Nvidia") in facts(text, "en")


def test_company_after_transfer_preposition_is_not_the_subject() -> None:
    text = ("OpenAI presented its plans on Monday. Microsoft has invested another $2 billion in "
            "the company, the companies said.")
    assert ("Microsoft", "INVESTS_IN", "OpenAI") in facts(text, "en")


def test_giant_and_start_up_point_to_different_organizations() -> None:
    text = ("Mistral AI a signé un accord avec Amazon. Le géant américain investira 100 millions "
            "d'euros dans la start-up.")
    assert ("Amazon", "INVESTS_IN", "Mistral AI") in facts(text, "fr")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The ChatGPT maker plans to turn its for-profit arm into a public benefit corporation.",
     ("OpenAI", "SUPPORTS", "for-profit restructuring")),
    ("en", "The ChatGPT maker plans to turn its for-profit arm into a public benefit corporation.",
     ("OpenAI", "DEVELOPS", "ChatGPT")),
    ("es", "La creadora de ChatGPT firmó un acuerdo con Oracle.",
     ("OpenAI", "PARTNERS_WITH", "Oracle")),
])
def test_product_maker_phrase_is_the_owner(lang: str, text: str,
                                           expected: tuple[str, str, str]) -> None:
    assert expected in facts(text, lang)


def test_former_role_is_not_a_current_lead() -> None:
    found = facts("Cohere hired former Google chief scientist Maria Lopez in March.", "en")
    assert ("Maria Lopez", "LEFT", "Google") in found
    assert ("Maria Lopez", "LEADS", "Google") not in found


def test_discovered_model_name_does_not_keep_the_full_stop() -> None:
    found = facts("Nvidia signed a chip deal with Cohere on Friday. A week later the start-up "
                  "released its model Vega 3.", "en")
    assert ("Cohere", "RELEASED", "Vega 3") in found


# ------------------------------------------------------------------ relation patterns
# (language, sentence written for this file, expected fact)
PATTERN_CASES = [
    ('en', 'Aurora Labs, a small lab led by Sarah Kim, raised money in May.',
     ('Sarah Kim', 'LEADS', 'Aurora Labs')),
    ('es', 'Google presentó un modelo nuevo. La empresa dirigida por Sundar Pichai quiere crecer en Europa.',
     ('Sundar Pichai', 'LEADS', 'Google')),
    ('fr', 'Cohere a ouvert un bureau à Paris. Son PDG, Aidan Gomez, était présent.',
     ('Aidan Gomez', 'LEADS', 'Cohere')),
    ('en', 'Aurora Labs opened an office in Paris. Sarah Kim is chief executive, the company said.',
     ('Sarah Kim', 'LEADS', 'Aurora Labs')),
    ('es', 'Alibaba presentó sus resultados. El consejero delegado del grupo, Eddie Wu, habló en Madrid.',
     ('Eddie Wu', 'LEADS', 'Alibaba')),
    ('en', 'Lucas Berg, who spent years at Google, quit in March and joined Cohere.',
     ('Lucas Berg', 'WORKS_FOR', 'Cohere')),
    ('es', 'Ana Ruiz, una ingeniera que trabajó brevemente en Meta, presentó su proyecto.',
     ('Ana Ruiz', 'WORKS_FOR', 'Meta')),
    ('en', 'Anthropic hired former OpenAI researcher Lucas Berg in May.',
     ('Lucas Berg', 'WORKS_FOR', 'Anthropic')),
    ('en', 'Lucas Berg, whom Meta hired from Google in 2021, will lead the new team.',
     ('Lucas Berg', 'WORKS_FOR', 'Meta')),
    ('en', 'Lucas Berg, whom Meta hired from Google in 2021, will lead the new team.',
     ('Lucas Berg', 'LEFT', 'Google')),
    ('fr', 'Selon Joelle Pineau, de Meta, les modèles ouverts progressent vite.',
     ('Joelle Pineau', 'WORKS_FOR', 'Meta')),
    ('de', 'Lucas Berg, der im Mai zu Anthropic gewechselt war, sprach in Berlin.',
     ('Lucas Berg', 'WORKS_FOR', 'Anthropic')),
    ('de', 'Cohere wächst schnell; als Chefwissenschaftler fungiert Lucas Berg.',
     ('Lucas Berg', 'WORKS_FOR', 'Cohere')),
    ('fr', 'Arthur Mensch, cofondateur et PDG de Mistral AI, a parlé à Bercy.',
     ('Arthur Mensch', 'FOUNDED', 'Mistral AI')),
    ('en', 'Demis Hassabis, co-founder of the London lab DeepMind, spoke on Monday.',
     ('Demis Hassabis', 'FOUNDED', 'Google DeepMind')),
    ('en', 'Founded in 2019 by Sarah Kim, a former Google engineer, Aurora Labs builds chatbots.',
     ('Sarah Kim', 'FOUNDED', 'Aurora Labs')),
    ('en', 'Aurora Labs, a robotics start-up co-founded by former Tesla chief engineer Sarah Kim, raised $50 million.',
     ('Sarah Kim', 'FOUNDED', 'Aurora Labs')),
    ('en', 'Sarah Kim started Aurora Labs with Lucas Berg, a former Meta researcher, and Ana Ruiz.',
     ('Ana Ruiz', 'FOUNDED', 'Aurora Labs')),
    ('en', 'Aurora Labs was founded by Anna and Lucas Berg in 2020.',
     ('Anna Berg', 'FOUNDED', 'Aurora Labs')),
    ('de', 'DeepMind stellte ein Modell vor. Demis Hassabis, der das Unternehmen 2010 mitgegründet hat, sprach in London.',
     ('Demis Hassabis', 'FOUNDED', 'Google DeepMind')),
    ('en', 'Lucas Berg, 41, left Meta in June.',
     ('Lucas Berg', 'LEFT', 'Meta')),
    ('en', "Lucas Berg, who ran Google's robotics group for years, resigned on Friday.",
     ('Lucas Berg', 'LEFT', 'Google')),
    ('es', 'Ana Ruiz, la directora de producto que Meta contrató en 2020, dejará la empresa en mayo.',
     ('Ana Ruiz', 'LEFT', 'Meta')),
    ('de', 'Lucas Berg hatte Meta nach zehn Jahren verlassen.',
     ('Lucas Berg', 'LEFT', 'Meta')),
    ('en', 'Moonshot AI, the Beijing start-up behind the Kimi assistant, raised money.',
     ('Moonshot AI', 'DEVELOPS', 'Kimi')),
    ('fr', "Copilot, l'assistant de Microsoft, arrive dans Windows.",
     ('Microsoft', 'DEVELOPS', 'Copilot')),
    ('fr', 'Mistral AI intègre le modèle à son assistant Le Chat.',
     ('Mistral AI', 'DEVELOPS', 'Le Chat')),
    ('es', 'Baidu presentó resultados. Sus modelos Ernie 4.5 mejoran en matemáticas.',
     ('Baidu', 'DEVELOPS', 'ERNIE 4.5')),
    ('de', 'Der ChatGPT-Entwickler hat eine Partnerschaft mit Oracle unterzeichnet.',
     ('OpenAI', 'PARTNERS_WITH', 'Oracle')),
    ('en', 'Google DeepMind spoke on Friday. Its Gemini 2.5 Pro model, released in March, leads several tests.',
     ('Google DeepMind', 'RELEASED', 'Gemini 2.5 Pro')),
    ('fr', 'La version précédente, Mistral Small, était sortie en janvier.',
     ('Mistral AI', 'RELEASED', 'Mistral Small')),
    ('fr', 'Mistral AI change de cap. Codestral, lancé en mai sous licence Apache 2.0, reste populaire.',
     ('Mistral AI', 'OPEN_SOURCED', 'Codestral')),
    ('de', 'Alibaba hat mit Qwen3 eine Reihe offener Sprachmodelle veröffentlicht.',
     ('Alibaba', 'OPEN_SOURCED', 'Qwen3')),
    ('en', "Cohere's investors include Nvidia, Salesforce and Oracle.",
     ('Salesforce', 'INVESTS_IN', 'Cohere')),
    ('en', 'Aurora Labs raised $40 million on Tuesday. Investors include Sequoia Capital and Accel.',
     ('Accel', 'INVESTS_IN', 'Aurora Labs')),
    ('en', 'Mistral AI raised new capital this week. Nvidia, which led the $600 million round, will supply chips.',
     ('Nvidia', 'INVESTS_IN', 'Mistral AI')),
    ('es', 'Amazon también es accionista de Anthropic y de la estadounidense Scale AI.',
     ('Amazon', 'INVESTS_IN', 'Scale AI')),
    ('en', 'Amazon is putting $2 billion into Cohere.',
     ('Amazon', 'INVESTS_IN', 'Cohere')),
    ('en', 'OpenAI named Oracle its preferred cloud partner.',
     ('OpenAI', 'PARTNERS_WITH', 'Oracle')),
    ('es', 'OpenAI construye el centro de datos junto a Oracle y SoftBank.',
     ('OpenAI', 'PARTNERS_WITH', 'SoftBank')),
    ('en', 'OpenAI signed a cloud deal with Oracle. Microsoft remains its closest partner, however.',
     ('Microsoft', 'PARTNERS_WITH', 'OpenAI')),
    ('fr', "Meta s'est associée à plusieurs laboratoires, dont Mistral AI et Kyutai.",
     ('Meta', 'PARTNERS_WITH', 'Kyutai')),
    ('en', 'Meta partnered with Amazon, Vexa and Nvidia on the launch.',
     ('Meta', 'PARTNERS_WITH', 'Vexa')),
    ('es', 'Mistral AI, fundada en París en 2023, compite con OpenAI y Anthropic.',
     ('Mistral AI', 'COMPETES_WITH', 'Anthropic')),
    ('en', 'Cohere competes fiercely with OpenAI for bank clients.',
     ('Cohere', 'COMPETES_WITH', 'OpenAI')),
    ('en', "Qwen3 rivals Google's Gemini 2.5 Pro on coding tests.",
     ('Alibaba', 'COMPETES_WITH', 'Google')),
    ('en', 'Le Chat faces stiff competition from ChatGPT and Claude.',
     ('Mistral AI', 'COMPETES_WITH', 'Anthropic')),
    ('en', "DeepSeek's success pushed Baidu to rethink its strategy.",
     ('DeepSeek', 'INFLUENCED', 'Baidu')),
    ('zh', 'DeepSeek的成功促使百度重新考虑开源策略。',
     ('DeepSeek', 'INFLUENCED', 'Baidu')),
    ('en', 'Baidu announced on Friday that it plans to open-source its next model in June.',
     ('Baidu', 'ANNOUNCED', 'Baidu open-weight model plan')),
    ('en', 'Larry Ellison has long argued for closed models.',
     ('Larry Ellison', 'SUPPORTS', 'closed models')),
    ('zh', '腾讯坚持闭源，认为这样更安全。',
     ('Tencent', 'SUPPORTS', 'closed models')),
    ('en', 'Grok 4 is not open source and is only available through an API.',
     ('xAI', 'SUPPORTS', 'closed models')),
    ('de', 'Claude 4 bleibt ein geschlossenes Modell.',
     ('Anthropic', 'SUPPORTS', 'closed models')),
    ('en', 'Cohere opened a lab in Montreal. Aidan Gomez said the company remains committed to open weights.',
     ('Aidan Gomez', 'SUPPORTS', 'open-weight release')),
    ('en', '"Open models will keep falling further behind," said Lisa Su.',
     ('Lisa Su', 'OPPOSES', 'open-weight release')),
    ('fr', 'Arthur Mensch était à Paris. « Nous continuerons à publier des modèles open source », a-t-il déclaré.',
     ('Arthur Mensch', 'SUPPORTS', 'open-weight release')),
    ('es', 'Alibaba presentó Qwen3. El gigante de Hangzhou es uno de los mayores defensores del código abierto.',
     ('Alibaba', 'SUPPORTS', 'open-weight release')),
    ('zh', '张鹏表示，公司会继续坚持开源。',
     ('张鹏', 'SUPPORTS', 'open-weight release')),
    ('zh', '腾讯创始人、董事会主席兼首席执行官马化腾出席了会议。',
     ('Ma Huateng', 'LEADS', 'Tencent')),
    ('zh', '腾讯创始人、董事会主席兼首席执行官马化腾出席了会议。',
     ('Ma Huateng', 'FOUNDED', 'Tencent')),
    ('zh', '梁汝波目前担任字节跳动CEO。',
     ('Liang Rubo', 'LEADS', 'ByteDance')),
    ('zh', '阶跃星辰由姜大昕于2023年创立。',
     ('姜大昕', 'FOUNDED', 'StepFun')),
    ('zh', '阶跃星辰完成新一轮融资，腾讯、美团等公司参与了此轮融资。',
     ('Meituan', 'INVESTS_IN', 'StepFun')),
    ('zh', '腾讯旗下的混元大模型已经上线。',
     ('Tencent', 'DEVELOPS', 'Hunyuan')),
    ('zh', '阿里巴巴正在与字节跳动的豆包争夺用户。',
     ('Alibaba', 'COMPETES_WITH', 'ByteDance')),
    ('zh', '智谱发布了新模型。其负责人表示，与百度、Kimi等模型的竞争让行业更健康。',
     ('Zhipu AI', 'COMPETES_WITH', 'Baidu')),
    ('zh', '豆包面临DeepSeek的激烈竞争。',
     ('ByteDance', 'COMPETES_WITH', 'DeepSeek')),
    ('zh', '腾讯去年发布的混元大模型表现不错。',
     ('Tencent', 'RELEASED', 'Hunyuan')),
    ('zh', '阿里巴巴发布了Qwen3，同时开源的还有小型版本Qwen3-4B。',
     ('Alibaba', 'OPEN_SOURCED', 'Qwen3-4B')),
    ('zh', '澜舟科技首席科学家周明表示，公司将坚持开源。',
     ('周明', 'SUPPORTS', 'open-weight release')),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PATTERN_CASES)
def test_relation_patterns(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text, lang)


def test_co_founders_exclude_the_organizations_of_their_appositions() -> None:
    found = facts("Sarah Kim started Aurora Labs with Lucas Berg, a former Meta researcher, and "
                  "Ana Ruiz.", "en")
    assert ("Lucas Berg", "FOUNDED", "Aurora Labs") in found
    assert ("Meta", "FOUNDED", "Aurora Labs") not in found
    found = facts("Aurora Labs, a robotics start-up co-founded by former Tesla chief engineer "
                  "Sarah Kim, raised $50 million.", "en")
    assert ("Tesla", "FOUNDED", "Aurora Labs") not in found


def test_passive_release_in_a_when_clause_is_background() -> None:
    found = facts("We open-source the old version, as xAI did with Grok 1 when Grok 2 was "
                  "released.", "en")
    assert not any(p in ("RELEASED", "OPEN_SOURCED") and o == "Grok-2" for _, p, o in found)


def test_closed_model_cue_carries_its_own_negation() -> None:
    assert ("Mistral AI", "SUPPORTS", "closed models") in facts(
        "Mistral Medium n'est pas open source : il n'est accessible que par une API.", "fr")


def test_unknown_name_between_known_organizations_is_an_organization() -> None:
    rows = lines("Meta partnered with Amazon, Vexa and Nvidia on the launch.", "en")
    types = {row["name"]: row["type"] for row in rows if row["kind"] == "entity"}
    assert types.get("Vexa") == "Organization"


def test_chinese_name_found_after_a_title_is_found_again_later() -> None:
    rows = lines("澜舟科技首席科学家周明出席了发布会。周明一直支持开源。", "zh")
    spans = [row["evidence"]["sentence"] for row in rows if row["kind"] == "fact"
             and row["subject"]["name"] == "周明"]
    assert "周明一直支持开源。" in spans


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
     ('Nvidia', 'ACQUIRED', 'Run AI')),
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


# ------------------------------------------------------------------ fourth batch
FOURTH_CASES = [
    ('en', 'Baichuan released Baichuan-M2 on Friday.',
     ('Baichuan', 'RELEASED', 'Baichuan-M2')),
    ('de', 'Googles Chefwissenschaftler Jeff Dean sprach in Berlin.',
     ('Jeff Dean', 'WORKS_FOR', 'Google')),
    ('de', 'Meta rüstet seinen Assistenten Meta AI auf.',
     ('Meta', 'DEVELOPS', 'Meta AI')),
    ('de', 'Microsoft baut Copilot aus. Der Dienst soll nach Angaben von Konzernchef Satya Nadella stark wachsen.',
     ('Satya Nadella', 'LEADS', 'Microsoft')),
    ('en', 'Elon Musk mocked OpenAI on Friday.',
     ('Elon Musk', 'CRITICIZED', 'OpenAI')),
    ('de', 'Gemma 3 erscheint in vier Größen.',
     ('Google DeepMind', 'RELEASED', 'Gemma 3')),
    ('de', 'Joelle Pineau wirbt seit Jahren dafür, Modelle offen zu teilen.',
     ('Joelle Pineau', 'SUPPORTS', 'open-weight release')),
    ('de', 'Meta setzt sich von Anthropic ab, dessen Modelle nur über Schnittstellen verfügbar sind.',
     ('Anthropic', 'SUPPORTS', 'closed models')),
    ('zh', '腾讯的旗舰模型目前并未开源。',
     ('Tencent', 'SUPPORTS', 'closed models')),
    ('zh', '百川智能成立于2023年，创始人兼CEO王小川表示将继续融资。',
     ('Wang Xiaochuan', 'FOUNDED', 'Baichuan')),
    ('zh', '原阿里巴巴副总裁贾扬清加入了英伟达。',
     ('贾扬清', 'LEFT', 'Alibaba')),
    ('zh', '原阿里巴巴副总裁贾扬清加入了英伟达。',
     ('贾扬清', 'WORKS_FOR', 'Nvidia')),
    ('zh', '贾扬清曾任阿里巴巴副总裁。',
     ('贾扬清', 'LEFT', 'Alibaba')),
    ('zh', '杨植麟曾在谷歌工作。',
     ('Yang Zhilin', 'WORKS_FOR', 'Google')),
    ('zh', '腾讯和美团都是百川智能的投资方。',
     ('Meituan', 'INVESTS_IN', 'Baichuan')),
    ('en', 'Aurora Labs raised $30 million. Investors include Northstar Capital and Blue Ridge Partners.',
     ('Northstar Capital', 'INVESTS_IN', 'Aurora Labs')),
    ('fr', "Kyutai, le laboratoire d'intelligence artificielle fondé par Xavier Niel, recrute.",
     ('Xavier Niel', 'FOUNDED', 'Kyutai')),
    ('es', 'Sundar Pichai, que dirige Google, habló en Madrid.',
     ('Sundar Pichai', 'LEADS', 'Google')),
    ('en', 'Apple unveiled Siri upgrades and announced a partnership with Google.',
     ('Apple', 'PARTNERS_WITH', 'Google')),
    ('en', "Microsoft's executive vice president of cloud and AI, Scott Guthrie, spoke.",
     ('Scott Guthrie', 'WORKS_FOR', 'Microsoft')),
    ('fr', "Reid Hoffman a soutenu OpenAI avant de quitter son conseil d'administration en 2023.",
     ('Reid Hoffman', 'LEFT', 'OpenAI')),
    ('es', 'Anthropic ya se convierte en una corporación de beneficio público.',
     ('Anthropic', 'SUPPORTS', 'for-profit restructuring')),
    ('es', 'OpenAI quedará bajo el control de la fundación sin ánimo de lucro, dijo la empresa.',
     ('OpenAI', 'SUPPORTS', 'nonprofit control')),
    ('es', 'Mistral AI y Nvidia firmaron un acuerdo en París.',
     ('Nvidia', 'ANNOUNCED', 'Nvidia agreement')),
    ('es', 'Alibaba se ha convertido en un referente del código abierto.',
     ('Alibaba', 'SUPPORTS', 'open-weight release')),
    ('en', 'Sarah Kim, whose own startup Aurora Labs builds robots, disagreed.',
     ('Sarah Kim', 'LEADS', 'Aurora Labs')),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOURTH_CASES)
def test_fourth_batch_patterns(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text, lang)


FOURTH_NOT = [
    ('en', 'It remains to be seen whether Cohere can compete with OpenAI.',
     ('Cohere', 'COMPETES_WITH', 'OpenAI')),
    ('zh', '原阿里巴巴副总裁贾扬清加入了英伟达。',
     ('贾扬清', 'LEADS', 'Alibaba')),
    ('de', 'Meta rüstet seinen Assistenten Meta AI auf.',
     ('Meta', 'DEVELOPS', 'Assistenten Meta AI')),
]


@pytest.mark.parametrize(("lang", "text", "unwanted"), FOURTH_NOT)
def test_fourth_batch_does_not_overreach(lang: str, text: str,
                                         unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in facts(text, lang)


# ------------------------------------------------------------------ fifth batch
FIFTH_CASES = [
    ('en', 'Nvidia has agreed to invest about $2.5 billion in Cohere.',
     ('Nvidia', 'INVESTS_IN', 'Cohere')),
    ('en', 'Google on Tuesday unveiled Gemini 3, its newest model.',
     ('Google', 'RELEASED', 'Gemini 3')),
    ('zh', '月之暗面成立于2023年，其背后的投资方是互联网公司阿里巴巴。',
     ('Alibaba', 'INVESTS_IN', 'Moonshot AI')),
    ('en', 'Samsung on Wednesday showed new phones, tablets and watches with improved batteries, and announced a partnership with Google.',
     ('Samsung', 'PARTNERS_WITH', 'Google')),
    ('fr', 'Meta a publié Llama 4, une famille de modèles qui compte deux versions.',
     ('Meta', 'RELEASED', 'Llama 4')),
    ('en', 'Meta delayed the launch of Llama 5.',
     ('Meta', 'DEVELOPS', 'Llama 5')),
    ('en', 'Elon Musk, who co-founded OpenAI in 2015, sued Google last year.',
     ('Elon Musk', 'CRITICIZED', 'Google')),
    ('en', 'Unlike Mistral AI, OpenAI keeps its best models closed.',
     ('Mistral AI', 'SUPPORTS', 'open-weight release')),
    ('es', 'A diferencia de Alibaba o DeepSeek, Google no publica los pesos de Gemini.',
     ('DeepSeek', 'SUPPORTS', 'open-weight release')),
    ('zh', '与阿里巴巴不同，百度的旗舰模型并未开源。',
     ('Alibaba', 'SUPPORTS', 'open-weight release')),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIFTH_CASES)
def test_fifth_batch_patterns(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text, lang)


FIFTH_NOT = [
    ('en', 'Meta delayed the launch of Llama 5.',
     ('Meta', 'RELEASED', 'Llama 5')),
    ('zh', '智谱开源了GLM-4.6，代码发布在GitHub上。',
     ('Zhipu AI', 'OPEN_SOURCED', 'GitHub')),
    ('en', 'Elon Musk, who co-founded OpenAI in 2015, sued Google last year.',
     ('OpenAI', 'CRITICIZED', 'Google')),
    ('en', "Lucas Berg, who led Google's robotics team, spoke on Friday.",
     ('Lucas Berg', 'LEADS', 'Google')),
    ('fr', 'Fondée par Lucas Berg, Nordic Robotics compte 30 salariés, qui rejoindront Cohere.',
     ('Lucas Berg', 'WORKS_FOR', 'Cohere')),
]


@pytest.mark.parametrize(("lang", "text", "unwanted"), FIFTH_NOT)
def test_fifth_batch_does_not_overreach(lang: str, text: str,
                                        unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in facts(text, lang)


def test_chinese_model_name_stops_at_chinese_text() -> None:
    names = {row["name"] for row in lines("百川智能发布的模型M3以MIT许可证开源。", "zh")
             if row["kind"] == "entity"}
    assert "M3" in names


# ------------------------------------------------------------------ sixth batch
SIXTH_CASES = [
    ('en', 'Aurora Labs raised $50 million. Sequoia Capital and Accel also invested, the company said.',
     ('Accel', 'INVESTS_IN', 'Aurora Labs')),
    ('fr', "Mistral AI, qui publie certains de ses modèles sous licence libre, compte aussi vendre l'accès à des modèles plus puissants et plus coûteux, comme Mistral Large 2, via sa plateforme.",
     ('Mistral AI', 'SUPPORTS', 'open-weight release')),
    ('zh', '华为开源了盘古大模型。',
     ('Huawei', 'OPEN_SOURCED', 'Pangu')),
    ('en', 'Lisa Su is now chief executive of AMD.',
     ('Lisa Su', 'LEADS', 'AMD')),
    ('es', 'Cohere ha alcanzado un acuerdo con Oracle.',
     ('Cohere', 'PARTNERS_WITH', 'Oracle')),
    ('de', 'Aleph Alpha konkurriert mit Google und zunehmend mit Chatbots wie Claude von Anthropic.',
     ('Aleph Alpha', 'COMPETES_WITH', 'Anthropic')),
    ('en', 'With its new model, Alibaba is trying to respond to the rise of DeepSeek.',
     ('DeepSeek', 'INFLUENCED', 'Alibaba')),
    ('es', 'Mistral AI, cuyos modelos abiertos son populares, abrió una oficina en Madrid.',
     ('Mistral AI', 'SUPPORTS', 'open-weight release')),
    ('en', 'Cohere competes with OpenAI and Anthropic, which keep their best models closed.',
     ('Anthropic', 'SUPPORTS', 'closed models')),
    ('de', 'Aleph Alpha wächst weiter. Angeführt wurde die Runde vom Investor Lightspeed; auch Accel und Atomico beteiligten sich.',
     ('Atomico', 'INVESTS_IN', 'Aleph Alpha')),
    ('zh', '腾讯发布了视频生成模型混元2.0。',
     ('Tencent', 'RELEASED', '混元2.0')),
    ('en', 'Mistral AI unveiled Mistral Forge on Tuesday.',
     ('Mistral AI', 'RELEASED', 'Mistral Forge')),
    ('en', 'Cohere closed a round led by Nvidia; Oracle and Salesforce also invested.',
     ('Oracle', 'INVESTS_IN', 'Cohere')),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SIXTH_CASES)
def test_sixth_batch_patterns(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text, lang)


SIXTH_NOT = [
    ('fr', "Mistral AI, qui publie certains de ses modèles sous licence libre, compte aussi vendre l'accès à des modèles plus puissants et plus coûteux, comme Mistral Large 2, via sa plateforme.",
     ('Mistral AI', 'OPEN_SOURCED', 'Mistral Large 2')),
    ('en', 'Cohere said it will work with former Google chief executive Eric Schmidt.',
     ('Eric Schmidt', 'LEADS', 'Google')),
    ('es', 'Google estaría a punto de cerrar un acuerdo con Anthropic, según la prensa.',
     ('Google', 'PARTNERS_WITH', 'Anthropic')),
    ('de', 'Aleph Alpha wächst weiter. Angeführt wurde die Runde vom Investor Lightspeed; auch Accel und Atomico beteiligten sich.',
     ('Atomico', 'INVESTS_IN', 'Lightspeed Venture Partners')),
    ('en', 'Cohere closed a round led by Nvidia; Oracle and Salesforce also invested.',
     ('Oracle', 'INVESTS_IN', 'Nvidia')),
]


@pytest.mark.parametrize(("lang", "text", "unwanted"), SIXTH_NOT)
def test_sixth_batch_does_not_overreach(lang: str, text: str,
                                        unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in facts(text, lang)


@pytest.mark.parametrize(("text", "name", "type_"), [
    ("Der Münchner Übersetzungsanbieter Lingvo sammelte Geld ein.", "Lingvo", "Organization"),
    ("Vorstandschef Jarek Nowak sprach über DeepL.", "Jarek Nowak", "Person"),
])
def test_german_compound_nouns_introduce_names(text: str, name: str, type_: str) -> None:
    found = {(row["name"], row["type"]) for row in lines(text, "de") if row["kind"] == "entity"}
    assert (name, type_) in found


# ------------------------------------------------------------------ seventh batch
SEVENTH_CASES = [
    ('en', 'Black Forest Labs released FLUX.2 on Tuesday.',
     ('Black Forest Labs', 'RELEASED', 'FLUX.2')),
    ('fr', 'Kyutai a présenté Hibiki, un modèle de traduction.',
     ('Kyutai', 'RELEASED', 'Hibiki')),
    ('fr', "Kyutai travaille avec Scaleway, la filiale cloud d'Iliad.",
     ('Kyutai', 'PARTNERS_WITH', 'Scaleway')),
    ('fr', "Xavier Niel, le fondateur d'Iliad, a financé le projet.",
     ('Xavier Niel', 'FOUNDED', 'Iliad')),
    ('fr', "Le projet a été financé par l'ancien patron de Google Eric Schmidt.",
     ('Eric Schmidt', 'LEFT', 'Google')),
    ('fr', 'Kyutai a été lancé avec un budget apporté par Xavier Niel.',
     ('Xavier Niel', 'INVESTS_IN', 'Kyutai')),
    ('fr', 'Kyutai recrute. Le laboratoire à but non lucratif est dirigé par Patrick Pérez.',
     ('Patrick Pérez', 'LEADS', 'Kyutai')),
    ('fr', 'Avec ce modèle, Mistral AI se pose en concurrent de Google.',
     ('Mistral AI', 'COMPETES_WITH', 'Google')),
    ('de', 'Elon Musks Firma xAI stellte Grok 3 vor.',
     ('Elon Musk', 'LEADS', 'xAI')),
    ('es', 'Sam Altman dijo que su empresa, OpenAI, crecerá.',
     ('Sam Altman', 'LEADS', 'OpenAI')),
    ('fr', 'Google, dont le tout nouveau modèle Gemini 3 impressionne, accélère.',
     ('Google', 'DEVELOPS', 'Gemini 3')),
    ('es', 'Qwen3-Coder-480B rivaliza con Claude de Anthropic.',
     ('Alibaba', 'COMPETES_WITH', 'Anthropic')),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SEVENTH_CASES)
def test_seventh_batch_patterns(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text, lang)


SEVENTH_NOT = [
    ('fr', "Le projet a été financé par l'ancien patron de Google Eric Schmidt.",
     ('Eric Schmidt', 'LEADS', 'Google')),
    ('es', 'DeepSeek-V4 supera a Llama 4 de Meta en matemáticas.',
     ('DeepSeek', 'COMPETES_WITH', 'Meta')),
]


@pytest.mark.parametrize(("lang", "text", "unwanted"), SEVENTH_NOT)
def test_seventh_batch_does_not_overreach(lang: str, text: str,
                                          unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in facts(text, lang)


def test_version_shaped_words_that_are_not_models() -> None:
    names = {row["name"] for row in lines("The COVID-19 crisis slowed Apple down.", "en")
             if row["kind"] == "entity"}
    assert "COVID-19" not in names


def test_german_genitive_name_is_not_extended_by_the_next_noun() -> None:
    rows = lines("Elon Musks Firma xAI stellte Grok 3 vor.", "de")
    people = {row["name"] for row in rows if row["kind"] == "entity" and row["type"] == "Person"}
    assert people == {"Elon Musk"}
