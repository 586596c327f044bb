"""German, Spanish and Chinese relation rules, one case per language pattern.

Every sentence is written for this file in news style. Positive cases pin the exact triples a
pattern must give; near misses (plans, questions, negations, co-investors) pin what it must not.
"""

from __future__ import annotations

import pytest

from extract_helpers import Triple, facts, of


# (lang, sentence, predicates looked at, exact set of triples expected for those predicates)
EXACT = [
    # ---------------------------------------------------------------- German
    ("de", "Seit 2014 führt Satya Nadella den Konzern Microsoft als Vorstandschef.", ("LEADS",),
     {("Satya Nadella", "LEADS", "Microsoft")}),
    ("de", "Microsoft wächst weiter. Seit 2014 führt Satya Nadella den Konzern als Vorstandschef.",
     ("LEADS",), {("Satya Nadella", "LEADS", "Microsoft")}),
    ("de", "Mira Murati war lange Technikchefin bei OpenAI.", ("WORKS_FOR", "LEADS"),
     {("Mira Murati", "WORKS_FOR", "OpenAI")}),
    ("de", "Im Mai verließ Jan Leike OpenAI.", ("LEFT",), {("Jan Leike", "LEFT", "OpenAI")}),
    ("de", "OpenAI entließ Sam Altman an einem Freitag im November.", ("LEFT",),
     {("Sam Altman", "LEFT", "OpenAI")}),
    ("de", "Sam Altman wurde im November von OpenAI gefeuert.", ("LEFT",),
     {("Sam Altman", "LEFT", "OpenAI")}),
    ("de", "Die Geschwister Dario und Daniela Amodei verließen OpenAI und gründeten Anthropic.",
     ("LEFT", "FOUNDED"),
     {("Dario Amodei", "LEFT", "OpenAI"), ("Daniela Amodei", "LEFT", "OpenAI"),
      ("Dario Amodei", "FOUNDED", "Anthropic"), ("Daniela Amodei", "FOUNDED", "Anthropic")}),
    ("de", "Zu den Geldgebern von Mistral AI zählen Nvidia, Microsoft und Samsung.",
     ("INVESTS_IN", "PARTNERS_WITH"),
     {("Nvidia", "INVESTS_IN", "Mistral AI"), ("Microsoft", "INVESTS_IN", "Mistral AI"),
      ("Samsung", "INVESTS_IN", "Mistral AI")}),
    ("de", "Mistral AI sammelte 600 Millionen Euro ein, zu den Geldgebern zählen Nvidia und "
           "Samsung.", ("INVESTS_IN", "PARTNERS_WITH"),
     {("Nvidia", "INVESTS_IN", "Mistral AI"), ("Samsung", "INVESTS_IN", "Mistral AI")}),
    ("de", "Nvidia ist seit dem Frühjahr an Mistral AI beteiligt.", ("INVESTS_IN",),
     {("Nvidia", "INVESTS_IN", "Mistral AI")}),
    # co-investors back the startup; they are not partners of each other
    ("de", "Nvidia investierte gemeinsam mit Samsung in Mistral AI.",
     ("INVESTS_IN", "PARTNERS_WITH"),
     {("Nvidia", "INVESTS_IN", "Mistral AI"), ("Samsung", "INVESTS_IN", "Mistral AI")}),
    ("de", "Musk wirft OpenAI vor, seine Gründungsidee verraten zu haben.", ("CRITICIZED",),
     {("Elon Musk", "CRITICIZED", "OpenAI")}),
    ("de", "Elon Musk kritisiert, dass OpenAI zu eng mit Microsoft verbunden sei.",
     ("CRITICIZED",), {("Elon Musk", "CRITICIZED", "OpenAI")}),
    ("de", "Anthropic gilt als wichtigster Konkurrent von OpenAI.", ("COMPETES_WITH",),
     {("Anthropic", "COMPETES_WITH", "OpenAI")}),
    ("de", "Meta stellte Llama 4 Scout und Llama 4 Maverick vor.", ("RELEASED", "OPEN_SOURCED"),
     {("Meta", "RELEASED", "Llama 4 Scout"), ("Meta", "RELEASED", "Llama 4 Maverick")}),
    ("de", "Die neue Modellreihe von Meta besteht aus Llama 4 Scout und Llama 4 Maverick.",
     ("RELEASED", "OPEN_SOURCED"),
     {("Meta", "RELEASED", "Llama 4 Scout"), ("Meta", "RELEASED", "Llama 4 Maverick")}),
    ("de", "Meta bleibt seiner Open-Source-Strategie treu.", ("SUPPORTS", "OPPOSES"),
     {("Meta", "SUPPORTS", "open-weight release")}),
    ("de", "Anthropic positioniert sich als besonders sicherheitsorientiertes Labor.",
     ("SUPPORTS",), {("Anthropic", "SUPPORTS", "AI safety priority")}),
    ("de", "OpenAI verzichtet aber nicht auf geschlossene Modelle.", ("SUPPORTS", "OPPOSES"),
     {("OpenAI", "SUPPORTS", "closed models")}),
    # ---------------------------------------------------------------- Spanish
    ("es", "Microsoft presentó sus cuentas. El consejero delegado, Satya Nadella, defendió la "
           "alianza.", ("LEADS",), {("Satya Nadella", "LEADS", "Microsoft")}),
    ("es", "OpenAI nombró a Mira Murati consejera delegada interina.", ("LEADS",),
     {("Mira Murati", "LEADS", "OpenAI")}),
    ("es", "Ilya Sutskever y Jan Leike se marchan de OpenAI.", ("LEFT",),
     {("Ilya Sutskever", "LEFT", "OpenAI"), ("Jan Leike", "LEFT", "OpenAI")}),
    ("es", "OpenAI presentó cambios. Mira Murati deja la compañía tras seis años.", ("LEFT",),
     {("Mira Murati", "LEFT", "OpenAI")}),
    ("es", "Sam Altman fue despedido por el consejo de OpenAI.", ("LEFT",),
     {("Sam Altman", "LEFT", "OpenAI")}),
    ("es", "Dario y Daniela Amodei fundaron Anthropic tras dejar OpenAI.", ("LEFT", "FOUNDED"),
     {("Dario Amodei", "LEFT", "OpenAI"), ("Daniela Amodei", "LEFT", "OpenAI"),
      ("Dario Amodei", "FOUNDED", "Anthropic"), ("Daniela Amodei", "FOUNDED", "Anthropic")}),
    # "founded with other former employees of X": LEFT X for the people, nothing for X
    ("es", "Dario Amodei fundó Anthropic junto a Daniela Amodei y otros exempleados de OpenAI.",
     ("LEFT", "FOUNDED"),
     {("Dario Amodei", "LEFT", "OpenAI"), ("Daniela Amodei", "LEFT", "OpenAI"),
      ("Dario Amodei", "FOUNDED", "Anthropic"), ("Daniela Amodei", "FOUNDED", "Anthropic")}),
    ("es", "Mistral AI cerró una ronda liderada por Nvidia en la que también participaron Samsung "
           "y Microsoft.", ("INVESTS_IN", "PARTNERS_WITH"),
     {("Nvidia", "INVESTS_IN", "Mistral AI"), ("Samsung", "INVESTS_IN", "Mistral AI"),
      ("Microsoft", "INVESTS_IN", "Mistral AI")}),
    ("es", "Mistral AI busca fondos. Nvidia participó en la ronda junto a Samsung y Microsoft.",
     ("INVESTS_IN", "PARTNERS_WITH"),
     {("Nvidia", "INVESTS_IN", "Mistral AI"), ("Samsung", "INVESTS_IN", "Mistral AI"),
      ("Microsoft", "INVESTS_IN", "Mistral AI")}),
    ("es", "Mistral AI creció mucho. Entre sus inversores están Nvidia y Samsung.",
     ("INVESTS_IN",),
     {("Nvidia", "INVESTS_IN", "Mistral AI"), ("Samsung", "INVESTS_IN", "Mistral AI")}),
    ("es", "Nvidia también ha respaldado a Mistral AI y a Cohere.", ("INVESTS_IN",),
     {("Nvidia", "INVESTS_IN", "Mistral AI"), ("Nvidia", "INVESTS_IN", "Cohere")}),
    ("es", "Elon Musk demandó a OpenAI por abandonar su misión original.", ("CRITICIZED",),
     {("Elon Musk", "CRITICIZED", "OpenAI")}),
    ("es", "xAI compite directamente con OpenAI.", ("COMPETES_WITH",),
     {("xAI", "COMPETES_WITH", "OpenAI")}),
    ("es", "Anthropic, la rival fundada por antiguos empleados de OpenAI, crece rápido.",
     ("COMPETES_WITH", "FOUNDED"), {("Anthropic", "COMPETES_WITH", "OpenAI")}),
    ("es", "OpenAI, la empresa que fabrica ChatGPT, anunció cambios.", ("DEVELOPS",),
     {("OpenAI", "DEVELOPS", "ChatGPT")}),
    ("es", "xAI mejoró su chatbot Grok con nuevas funciones.", ("DEVELOPS",),
     {("xAI", "DEVELOPS", "Grok")}),
    ("es", "Mistral AI se mantiene fiel a su estrategia de modelos abiertos.",
     ("SUPPORTS", "OPPOSES"), {("Mistral AI", "SUPPORTS", "open-weight release")}),
    ("es", "Anthropic se presenta como el laboratorio centrado en la seguridad.", ("SUPPORTS",),
     {("Anthropic", "SUPPORTS", "AI safety priority")}),
    ("es", "OpenAI no renuncia a los modelos cerrados.", ("SUPPORTS", "OPPOSES"),
     {("OpenAI", "SUPPORTS", "closed models")}),
    ("es", "OpenAI fue durante años el mayor defensor del enfoque cerrado.",
     ("SUPPORTS", "OPPOSES"), {("OpenAI", "SUPPORTS", "closed models")}),
    ("es", "OpenAI está gobernada por una junta sin ánimo de lucro.", ("SUPPORTS",),
     {("OpenAI", "SUPPORTS", "nonprofit control")}),
    # ---------------------------------------------------------------- Chinese
    ("zh", "OpenAI总裁格雷格·布罗克曼宣布休假。", ("LEADS",),
     {("Greg Brockman", "LEADS", "OpenAI")}),
    ("zh", "月之暗面创始人兼CEO杨植麟出席了发布会。", ("LEADS", "FOUNDED"),
     {("Yang Zhilin", "LEADS", "Moonshot AI"), ("Yang Zhilin", "FOUNDED", "Moonshot AI")}),
    ("zh", "OpenAI任命穆拉蒂为临时首席执行官。", ("LEADS", "WORKS_FOR"),
     {("Mira Murati", "LEADS", "OpenAI")}),
    ("zh", "OpenAI任命穆拉蒂为首席技术官。", ("LEADS", "WORKS_FOR"),
     {("Mira Murati", "WORKS_FOR", "OpenAI")}),
    ("zh", "OpenAI董事会解雇了奥尔特曼。", ("LEFT",), {("Sam Altman", "LEFT", "OpenAI")}),
    ("zh", "苏茨克维离开OpenAI后创办了Safe Superintelligence。", ("LEFT", "FOUNDED"),
     {("Ilya Sutskever", "LEFT", "OpenAI"),
      ("Ilya Sutskever", "FOUNDED", "Safe Superintelligence")}),
    ("zh", "Anthropic由前OpenAI员工达里奥·阿莫迪和丹妮拉·阿莫迪创立。", ("LEFT", "FOUNDED"),
     {("Dario Amodei", "LEFT", "OpenAI"), ("Daniela Amodei", "LEFT", "OpenAI"),
      ("Dario Amodei", "FOUNDED", "Anthropic"), ("Daniela Amodei", "FOUNDED", "Anthropic")}),
    # backers invest in the startup, never in each other
    ("zh", "阿里巴巴领投了月之暗面的新一轮融资，腾讯参投。", ("INVESTS_IN", "PARTNERS_WITH"),
     {("Alibaba", "INVESTS_IN", "Moonshot AI"), ("Tencent", "INVESTS_IN", "Moonshot AI")}),
    ("zh", "月之暗面完成新一轮融资，由阿里巴巴领投，腾讯和红杉资本跟投。",
     ("INVESTS_IN", "PARTNERS_WITH"),
     {("Alibaba", "INVESTS_IN", "Moonshot AI"), ("Tencent", "INVESTS_IN", "Moonshot AI"),
      ("Sequoia Capital", "INVESTS_IN", "Moonshot AI")}),
    ("zh", "DeepSeek-R1在春节期间亮相。", ("RELEASED", "OPEN_SOURCED"),
     {("DeepSeek", "RELEASED", "DeepSeek-R1")}),
    ("zh", "阿里巴巴开源了两款模型：Qwen3和QwQ。", ("RELEASED", "OPEN_SOURCED"),
     {("Alibaba", "OPEN_SOURCED", "Qwen3"), ("Alibaba", "OPEN_SOURCED", "QwQ")}),
    ("zh", "马斯克起诉OpenAI违背其非营利使命。", ("CRITICIZED",),
     {("Elon Musk", "CRITICIZED", "OpenAI")}),
    ("zh", "腾讯发布了混元大模型，与DeepSeek正面竞争。", ("COMPETES_WITH",),
     {("Tencent", "COMPETES_WITH", "DeepSeek")}),
    ("zh", "DeepSeek的走红促使百度宣布开源文心大模型。", ("INFLUENCED",),
     {("DeepSeek", "INFLUENCED", "Baidu")}),
    # an earlier stance and the later turn: both stances exist
    ("zh", "Meta曾是开源阵营最坚定的支持者，如今却转向闭源。", ("SUPPORTS", "OPPOSES"),
     {("Meta", "SUPPORTS", "open-weight release"), ("Meta", "SUPPORTS", "closed models")}),
    ("zh", "智谱一直是开源模型的开发者。", ("SUPPORTS", "OPPOSES"),
     {("Zhipu AI", "SUPPORTS", "open-weight release")}),
]


@pytest.mark.parametrize(("lang", "text", "predicates", "expected"), EXACT)
def test_pattern_gives_exactly_these_triples(lang: str, text: str, predicates: tuple[str, ...],
                                             expected: set[Triple]) -> None:
    assert of(facts(text, lang), *predicates) == expected


# (lang, sentence, predicates that must not come out at all)
NEAR_MISSES = [
    ("de", "Wird Meta Llama 5 im Sommer vorstellen?", ("RELEASED", "OPEN_SOURCED")),
    ("de", "Meta stellte Llama 5 noch nicht vor.", ("RELEASED", "OPEN_SOURCED")),
    ("de", "Meta will Llama 5 im Herbst vorstellen.", ("RELEASED", "OPEN_SOURCED")),
    ("de", "Verlässt Jan Leike OpenAI?", ("LEFT",)),
    ("de", "Sam Altman wurde nicht entlassen.", ("LEFT",)),
    ("de", "Nvidia plant, in Mistral AI zu investieren.", ("INVESTS_IN",)),
    ("es", "¿Lanzará Meta Llama 5 este verano?", ("RELEASED", "OPEN_SOURCED")),
    ("es", "Meta no lanzó Llama 5.", ("RELEASED", "OPEN_SOURCED")),
    ("es", "Meta planea lanzar Llama 5 en otoño.", ("RELEASED", "OPEN_SOURCED")),
    ("es", "Nvidia planea invertir en Mistral AI.", ("INVESTS_IN",)),
    ("es", "¿Dejará Jan Leike OpenAI?", ("LEFT",)),
    ("es", "Sam Altman no fue despedido.", ("LEFT",)),
    ("zh", "Meta是否会发布Llama 5？", ("RELEASED", "OPEN_SOURCED")),
    ("zh", "Meta没有发布Llama 5。", ("RELEASED", "OPEN_SOURCED")),
    ("zh", "Meta计划下个月发布Llama 5。", ("RELEASED", "OPEN_SOURCED")),
    ("zh", "腾讯计划投资月之暗面。", ("INVESTS_IN",)),
    ("zh", "Meta拒绝签署欧盟的行为准则。", ("ANNOUNCED",)),
    ("de", "Meta lehnt den Verhaltenskodex ab.", ("ANNOUNCED",)),
    ("de", "Meta will den Verhaltenskodex nicht unterzeichnen.", ("ANNOUNCED",)),
    ("es", "Meta no firmará el código de buenas prácticas.", ("ANNOUNCED",)),
    ("zh", "奥尔特曼没有被OpenAI解雇。", ("LEFT",)),
]


@pytest.mark.parametrize(("lang", "text", "predicates"), NEAR_MISSES)
def test_near_misses_give_nothing(lang: str, text: str, predicates: tuple[str, ...]) -> None:
    assert not of(facts(text, lang), *predicates)


def test_german_plan_to_present_is_development() -> None:
    assert ("Meta", "DEVELOPS", "Llama 5") in facts("Meta will Llama 5 im Herbst vorstellen.", "de")


