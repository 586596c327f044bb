"""German, Spanish and Chinese relation rules, one case per language pattern.

Every sentence is written for this file in news style. Positive cases pin the exact triples a
pattern must give; near misses (plans, questions, negations, co-investors) pin what it must not.
"""

from __future__ import annotations

import pytest

from stratgraph.ingest.pipeline import extract_article
from stratgraph.ingest.records import Record

Triple = tuple[str, str, str]


def facts(text: str, lang: str) -> set[Triple]:
    lines = extract_article(Record(id="t", text=text, lang=lang, published="2025-06-02"))
    return {(line["subject"]["name"], line["predicate"], line["object"]["name"])
            for line in lines if line["kind"] == "fact"}


def of(found: set[Triple], *predicates: str) -> set[Triple]:
    return {t for t in found if t[1] in predicates}


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


# announcements: the event object is named after its actor, the scorer matches by subject
ANNOUNCEMENTS = [
    ("de", "OpenAI kündigte eine Preissenkung für seine API an.", "OpenAI", "OpenAI price cut"),
    ("de", "Google bestätigte, den Verhaltenskodex der EU zu unterzeichnen.", "Google",
     "Google code of practice commitment"),
    ("de", "Anthropic stellte eine neue Sicherheitstechnik vor.", "Anthropic",
     "Anthropic safety protocol"),
    ("es", "Google anunció que firmará el código de buenas prácticas de la UE.", "Google",
     "Google code of practice commitment"),
    ("es", "Anthropic detalló una nueva técnica de seguridad.", "Anthropic",
     "Anthropic safety protocol"),
    ("zh", "DeepSeek宣布API价格下调50%。", "DeepSeek", "DeepSeek price cut"),
    ("zh", "百度宣布文心一言将于4月1日起全面免费。", "Baidu", "Baidu price cut"),
    ("zh", "谷歌表示将签署欧盟的行为准则。", "Google", "Google code of practice commitment"),
]


@pytest.mark.parametrize(("lang", "text", "actor", "event"), ANNOUNCEMENTS)
def test_announcements_and_commitments(lang: str, text: str, actor: str, event: str) -> None:
    assert of(facts(text, lang), "ANNOUNCED") == {(actor, "ANNOUNCED", event)}


# influence: X's move drove Y's decision, stated in one sentence
INFLUENCE = [
    ("de", "Nachdem DeepSeek mit R1 für Aufsehen gesorgt hatte, kündigte OpenAI ein offenes "
           "Modell an.", {("DeepSeek", "INFLUENCED", "OpenAI")}),
    ("de", "Als Reaktion auf DeepSeek senkte OpenAI seine Preise.",
     {("DeepSeek", "INFLUENCED", "OpenAI")}),
    ("es", "Después de que DeepSeek se hiciera viral, OpenAI anunció un modelo abierto.",
     {("DeepSeek", "INFLUENCED", "OpenAI")}),
    ("es", "Tras el éxito de DeepSeek, Baidu decidió abrir sus modelos.",
     {("DeepSeek", "INFLUENCED", "Baidu")}),
    ("es", "En respuesta a DeepSeek, OpenAI rebajó sus precios.",
     {("DeepSeek", "INFLUENCED", "OpenAI")}),
    ("zh", "DeepSeek爆火之后，OpenAI宣布推出开源模型。", {("DeepSeek", "INFLUENCED", "OpenAI")}),
    ("zh", "为了应对DeepSeek，OpenAI下调了价格。", {("DeepSeek", "INFLUENCED", "OpenAI")}),
    # a merely temporal clause is no influence
    ("es", "Cuando Meta lanzó Llama 3, Microsoft ya tenía un acuerdo con OpenAI.", set()),
    ("de", "Als Sam Altman OpenAI verließ, war Microsoft überrascht.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INFLUENCE)
def test_influence_in_one_sentence(lang: str, text: str, expected: set[Triple]) -> None:
    assert of(facts(text, lang), "INFLUENCED") == expected


def test_german_list_tail_after_aber_auch_is_a_rival_not_a_subject() -> None:
    found = of(facts("Anthropic bekommt Konkurrenz von Google, aber auch von chinesischen "
                     "Anbietern wie DeepSeek.", "de"), "COMPETES_WITH")
    assert found == {("Anthropic", "COMPETES_WITH", "Google"),
                     ("Anthropic", "COMPETES_WITH", "DeepSeek")}


def test_german_future_family_of_a_lab_is_developed_by_it() -> None:
    found = facts("Die künftigen Claude-Modelle von Anthropic sollen schneller werden.", "de")
    assert of(found, "DEVELOPS") == {("Anthropic", "DEVELOPS", "Claude")}


# roles other than chief executive: chairs, chief scientists, heads of a unit, returning staff
ROLES = [
    ("de", "Bret Taylor ist Vorsitzender des Verwaltungsrats von OpenAI.",
     {("Bret Taylor", "LEADS", "OpenAI")}),
    ("de", "Das Start-up Mistral AI wird von Arthur Mensch geleitet.",
     {("Arthur Mensch", "LEADS", "Mistral AI")}),
    ("de", "OpenAI wird derzeit kommissarisch von Mira Murati geführt.",
     {("Mira Murati", "LEADS", "OpenAI")}),
    ("de", "Jakub Pachocki ist Chefwissenschaftler bei OpenAI.",
     {("Jakub Pachocki", "WORKS_FOR", "OpenAI")}),
    ("de", "Greg Brockman kehrte im November zu OpenAI zurück.",
     {("Greg Brockman", "WORKS_FOR", "OpenAI")}),
    ("de", "Fidji Simo ist bei OpenAI für das Anwendungsgeschäft verantwortlich.",
     {("Fidji Simo", "WORKS_FOR", "OpenAI")}),
    # heading a unit of Meta is working for Meta, not leading it
    ("de", "Ahmad Al-Dahle leitet bei Meta die Abteilung für generative KI.",
     {("Ahmad Al-Dahle", "WORKS_FOR", "Meta")}),
    ("es", "Bret Taylor preside el consejo de administración de OpenAI.",
     {("Bret Taylor", "LEADS", "OpenAI")}),
    # a chief scientist is staff, not the company's chief
    ("es", "Jakub Pachocki es el científico jefe de OpenAI.",
     {("Jakub Pachocki", "WORKS_FOR", "OpenAI")}),
    ("es", "Ahmad Al-Dahle, responsable de IA generativa en Meta, presentó el modelo.",
     {("Ahmad Al-Dahle", "WORKS_FOR", "Meta")}),
    ("es", "Greg Brockman volvió a OpenAI en noviembre.",
     {("Greg Brockman", "WORKS_FOR", "OpenAI")}),
    ("zh", "布罗克曼重返OpenAI。", {("Greg Brockman", "WORKS_FOR", "OpenAI")}),
    ("zh", "OpenAI董事会主席布雷特·泰勒表示支持。", {("Bret Taylor", "LEADS", "OpenAI")}),
    ("zh", "Meta首席AI科学家杨立昆批评了闭源模型。", {("Yann LeCun", "WORKS_FOR", "Meta")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROLES)
def test_roles_other_than_chief(lang: str, text: str, expected: set[Triple]) -> None:
    assert of(facts(text, lang), "LEADS", "WORKS_FOR") == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "OpenAI argumentiert, es brauche eine Public Benefit Corporation."),
    ("es", "OpenAI sostiene que necesita una corporación de beneficio público."),
])
def test_argued_need_for_a_public_benefit_corporation(lang: str, text: str) -> None:
    assert of(facts(text, lang), "SUPPORTS") == {("OpenAI", "SUPPORTS", "for-profit restructuring")}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Mistral AI verspricht, seine Modelle weiterhin als Open Source zu veröffentlichen."),
    ("es", "Mistral AI promete liberar sus próximos modelos."),
])
def test_promise_to_open_source_is_a_stance(lang: str, text: str) -> None:
    found = facts(text, lang)
    assert of(found, "SUPPORTS") == {("Mistral AI", "SUPPORTS", "open-weight release")}
    assert not of(found, "RELEASED", "OPEN_SOURCED")


# criticism in reported speech, quotes and lawsuits
CRITICISM = [
    ("de", "Musk hat OpenAI verklagt.", {("Elon Musk", "CRITICIZED", "OpenAI")}),
    ("de", "„OpenAI hat seine Mission verraten“, sagte Elon Musk.",
     {("Elon Musk", "CRITICIZED", "OpenAI")}),
    ("de", "Yann LeCun warnt, Anthropic sei auf dem Holzweg.",
     {("Yann LeCun", "CRITICIZED", "Anthropic")}),
    ("de", "Jan Leike beklagte, dass die Sicherheitskultur bei OpenAI in den Hintergrund "
           "getreten sei.", {("Jan Leike", "CRITICIZED", "OpenAI")}),
    ("es", "«OpenAI ha traicionado su misión», afirmó Elon Musk.",
     {("Elon Musk", "CRITICIZED", "OpenAI")}),
    ("es", "Yann LeCun advirtió que Anthropic va por el camino equivocado.",
     {("Yann LeCun", "CRITICIZED", "Anthropic")}),
    ("es", "Jan Leike lamentó que la seguridad quedara relegada a un segundo plano en OpenAI.",
     {("Jan Leike", "CRITICIZED", "OpenAI")}),
    ("es", "Elon Musk presentó una demanda contra OpenAI.", {("Elon Musk", "CRITICIZED", "OpenAI")}),
    ("zh", "马斯克对OpenAI提起诉讼。", {("Elon Musk", "CRITICIZED", "OpenAI")}),
    ("zh", "杨立昆认为Anthropic走错了方向。", {("Yann LeCun", "CRITICIZED", "Anthropic")}),
    ("zh", "雷克称，OpenAI的安全文化已经让位于光鲜的产品。", {("Jan Leike", "CRITICIZED", "OpenAI")}),
    ("zh", "“OpenAI已经背离了初心，”马斯克说。", {("Elon Musk", "CRITICIZED", "OpenAI")}),
    # praise and plain reports are not criticism
    ("de", "Yann LeCun sagte, Meta werde weiter offene Modelle veröffentlichen.", set()),
    ("es", "Yann LeCun dijo que Meta seguirá publicando modelos abiertos.", set()),
    ("zh", "杨立昆认为Meta的开源策略是正确的。", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CRITICISM)
def test_criticism_in_reported_speech(lang: str, text: str, expected: set[Triple]) -> None:
    assert of(facts(text, lang), "CRITICIZED") == expected


# Chinese stances described in prose, model-level rivalry, subsidiaries named in the text
ZH_MORE = [
    ("zh", "Anthropic将自己定位为注重安全的AI公司。", ("SUPPORTS", "OPPOSES"),
     {("Anthropic", "SUPPORTS", "AI safety priority")}),
    ("zh", "OpenAI并不打算放弃闭源模型。", ("SUPPORTS", "OPPOSES"),
     {("OpenAI", "SUPPORTS", "closed models")}),
    ("zh", "OpenAI放弃了闭源模型。", ("SUPPORTS",), set()),
    ("zh", "OpenAI由一个非营利董事会管理。", ("SUPPORTS",),
     {("OpenAI", "SUPPORTS", "nonprofit control")}),
    ("zh", "OpenAI曾长期是闭源路线的坚定支持者，如今发布了开源模型。", ("SUPPORTS", "OPPOSES"),
     {("OpenAI", "SUPPORTS", "closed models"), ("OpenAI", "SUPPORTS", "open-weight release")}),
    ("zh", "阿里巴巴的通义千问与DeepSeek展开直接竞争。", ("COMPETES_WITH",),
     {("Alibaba", "COMPETES_WITH", "DeepSeek")}),
    ("zh", "Kimi的竞争对手包括豆包和元宝。", ("COMPETES_WITH",),
     {("Moonshot AI", "COMPETES_WITH", "ByteDance"), ("Moonshot AI", "COMPETES_WITH", "Tencent")}),
    ("zh", "字节跳动旗下火山引擎发布了豆包大模型1.5。", ("RELEASED", "OPEN_SOURCED"),
     {("Volcano Engine", "RELEASED", "Doubao")}),
    ("zh", "xAI旗下聊天机器人Grok正在训练新版本。", ("DEVELOPS",), {("xAI", "DEVELOPS", "Grok")}),
]


@pytest.mark.parametrize(("lang", "text", "predicates", "expected"), ZH_MORE)
def test_chinese_stances_rivalry_and_subsidiaries(lang: str, text: str,
                                                  predicates: tuple[str, ...],
                                                  expected: set[Triple]) -> None:
    assert of(facts(text, lang), *predicates) == expected


# an earlier stance reported in the past together with the later turn: both stances exist
STANCE_CHANGES = [
    ("de", "OpenAI war lange der entschiedenste Verfechter geschlossener Modelle. Nun hat das "
           "Unternehmen zwei offene Modelle veröffentlicht.", "OpenAI"),
    ("de", "Meta galt lange als Vorreiter offener Modelle, setzt nun aber auf geschlossene "
           "Systeme.", "Meta"),
    ("es", "OpenAI fue durante años el mayor defensor del enfoque cerrado. Ahora la empresa ha "
           "publicado dos modelos de pesos abiertos.", "OpenAI"),
    ("es", "Meta, que durante años defendió los modelos abiertos, ahora apuesta por un enfoque "
           "cerrado.", "Meta"),
]


@pytest.mark.parametrize(("lang", "text", "actor"), STANCE_CHANGES)
def test_past_stance_and_later_turn_both_exist(lang: str, text: str, actor: str) -> None:
    assert of(facts(text, lang), "SUPPORTS", "OPPOSES") == {
        (actor, "SUPPORTS", "closed models"), (actor, "SUPPORTS", "open-weight release")}


def test_spanish_round_led_by_after_a_comma_backs_the_startup_in_context() -> None:
    text = ("Mistral AI anunció nueva financiación. La ronda, liderada por Nvidia, la valora en "
            "12.000 millones.")
    assert of(facts(text, "es"), "INVESTS_IN") == {("Nvidia", "INVESTS_IN", "Mistral AI")}


GERMAN_WORD_ORDER = [
    ("de", "Im Juni stellte Mistral AI die Modelle Magistral Small und Magistral Medium vor.",
     ("RELEASED", "OPEN_SOURCED"),
     {("Mistral AI", "RELEASED", "Magistral Small"), ("Mistral AI", "RELEASED", "Magistral Medium")}),
    ("de", "Am Dienstag veröffentlichte Google DeepMind Gemini 2.5 Pro für zahlende Kunden.",
     ("RELEASED", "OPEN_SOURCED"), {("Google DeepMind", "RELEASED", "Gemini 2.5 Pro")}),
    ("de", "Mistral AI wurde 2023 von Arthur Mensch, Guillaume Lample und Timothée Lacroix "
           "gegründet.", ("FOUNDED",),
     {("Arthur Mensch", "FOUNDED", "Mistral AI"), ("Guillaume Lample", "FOUNDED", "Mistral AI"),
      ("Timothée Lacroix", "FOUNDED", "Mistral AI")}),
    ("de", "Mistral AI sammelt frisches Geld ein. Angeführt wurde die Runde vom Chiphersteller "
           "ASML.", ("INVESTS_IN",), {("ASML", "INVESTS_IN", "Mistral AI")}),
    ("de", "Mistral gilt als wichtigster europäischer Konkurrent von OpenAI und Anthropic.",
     ("COMPETES_WITH",),
     {("Mistral AI", "COMPETES_WITH", "OpenAI"), ("Mistral AI", "COMPETES_WITH", "Anthropic")}),
]


@pytest.mark.parametrize(("lang", "text", "predicates", "expected"), GERMAN_WORD_ORDER)
def test_german_verb_second_and_verb_final(lang: str, text: str, predicates: tuple[str, ...],
                                           expected: set[Triple]) -> None:
    assert of(facts(text, lang), *predicates) == expected


def test_german_inverted_release_plan_is_no_release() -> None:
    found = facts("Im Herbst will Meta Llama 5 vorstellen.", "de")
    assert not of(found, "RELEASED", "OPEN_SOURCED")


def test_spanish_round_with_a_described_leader_and_participants() -> None:
    text = ("La startup Mistral AI ha cerrado una ronda de 1.700 millones de euros liderada por el "
            "fabricante neerlandés de chips ASML. En la operación también participaron Nvidia y "
            "Microsoft.")
    assert of(facts(text, "es"), "INVESTS_IN", "PARTNERS_WITH") == {
        ("ASML", "INVESTS_IN", "Mistral AI"), ("Nvidia", "INVESTS_IN", "Mistral AI"),
        ("Microsoft", "INVESTS_IN", "Mistral AI")}


def test_spanish_commitment_to_keep_publishing_open_models() -> None:
    text = ("Mistral AI crece. Su consejero delegado, Arthur Mensch, dijo que la compañía seguirá "
            "publicando modelos abiertos.")
    found = facts(text, "es")
    assert ("Mistral AI", "SUPPORTS", "open-weight release") in found
    assert ("Arthur Mensch", "LEADS", "Mistral AI") in found


CHINESE_MORE = [
    ("zh", "月之暗面创始人杨植麟曾在谷歌和Meta工作。", ("WORKS_FOR",),
     {("Yang Zhilin", "WORKS_FOR", "Google"), ("Yang Zhilin", "WORKS_FOR", "Meta")}),
    ("zh", "此次发布的系列包括Qwen3和QwQ两款模型。", ("RELEASED", "OPEN_SOURCED"),
     {("Alibaba", "RELEASED", "Qwen3"), ("Alibaba", "RELEASED", "QwQ")}),
    ("zh", "百度也宣布，文心大模型4.5将于6月30日起正式开源。", ("ANNOUNCED", "SUPPORTS"),
     {("Baidu", "ANNOUNCED", "Baidu open-weight model plan"),
      ("Baidu", "SUPPORTS", "open-weight release")}),
]


@pytest.mark.parametrize(("lang", "text", "predicates", "expected"), CHINESE_MORE)
def test_chinese_lists_lineups_and_open_plans(lang: str, text: str, predicates: tuple[str, ...],
                                              expected: set[Triple]) -> None:
    assert of(facts(text, lang), *predicates) == expected


def test_chinese_announced_open_plan_is_no_release() -> None:
    found = facts("百度也宣布，文心大模型4.5将于6月30日起正式开源。", "zh")
    assert not of(found, "RELEASED", "OPEN_SOURCED")


GERMAN_MORE = [
    ("de", "Nach Ilya Sutskever hat nun auch Jan Leike OpenAI verlassen.", ("LEFT",),
     {("Jan Leike", "LEFT", "OpenAI")}),
    ("de", "Leike leitete gemeinsam mit Sutskever das Superalignment-Team.", ("LEADS",),
     {("Jan Leike", "LEADS", "Superalignment team"),
      ("Ilya Sutskever", "LEADS", "Superalignment team")}),
    ("de", "Jan Leike meldete sich zu Wort. Auf X kritisierte er, dass bei OpenAI die "
           "Sicherheitskultur zurückstehe.", ("CRITICIZED",),
     {("Jan Leike", "CRITICIZED", "OpenAI")}),
    ("de", "Wenige Wochen später wechselte Jan Leike zum Konkurrenten Anthropic.", ("WORKS_FOR",),
     {("Jan Leike", "WORKS_FOR", "Anthropic")}),
    ("de", "Amazon und Google haben Milliarden in Anthropic investiert.", ("INVESTS_IN",),
     {("Amazon", "INVESTS_IN", "Anthropic"), ("Google", "INVESTS_IN", "Anthropic")}),
    ("de", "Anthropic wird von Dario Amodei geführt und positioniert sich als "
           "sicherheitsbewusstes Labor.", ("SUPPORTS", "LEADS"),
     {("Anthropic", "SUPPORTS", "AI safety priority"), ("Dario Amodei", "LEADS", "Anthropic")}),
]


@pytest.mark.parametrize(("lang", "text", "predicates", "expected"), GERMAN_MORE)
def test_german_departures_co_leads_and_perfect_tense(lang: str, text: str,
                                                      predicates: tuple[str, ...],
                                                      expected: set[Triple]) -> None:
    assert of(facts(text, lang), *predicates) == expected


SPANISH_MORE = [
    ("es", "OpenAI vive una fuga de talento. Con ella se van también Barret Zoph y Bob McGrew.",
     ("LEFT",), {("Barret Zoph", "LEFT", "OpenAI"), ("Bob McGrew", "LEFT", "OpenAI")}),
    ("es", "Murati fundó meses después Thinking Machines Lab.", ("FOUNDED",),
     {("Mira Murati", "FOUNDED", "Thinking Machines Lab")}),
    ("es", "Thinking Machines Lab ha captado 2.000 millones de dólares de inversores como "
           "Andreessen Horowitz y Nvidia.", ("INVESTS_IN", "PARTNERS_WITH"),
     {("Andreessen Horowitz", "INVESTS_IN", "Thinking Machines Lab"),
      ("Nvidia", "INVESTS_IN", "Thinking Machines Lab")}),
    ("es", "Altman defiende que OpenAI necesita una estructura de corporación de beneficio "
           "público.", ("SUPPORTS",), {("OpenAI", "SUPPORTS", "for-profit restructuring")}),
]


@pytest.mark.parametrize(("lang", "text", "predicates", "expected"), SPANISH_MORE)
def test_spanish_departures_founders_and_rounds(lang: str, text: str,
                                                predicates: tuple[str, ...],
                                                expected: set[Triple]) -> None:
    assert of(facts(text, lang), *predicates) == expected


CHINESE_DEPARTURES = [
    ("zh", "OpenAI首席科学家伊利亚·苏茨克维宣布离职，超级对齐团队负责人扬·莱克随后也离开了公司。",
     ("LEADS", "LEFT"),
     {("Jan Leike", "LEADS", "Superalignment team"), ("Jan Leike", "LEFT", "OpenAI"),
      ("Ilya Sutskever", "LEFT", "OpenAI")}),
    ("zh", "莱克在X上发文称，OpenAI的安全文化已经让位于光鲜的产品。", ("CRITICIZED",),
     {("Jan Leike", "CRITICIZED", "OpenAI")}),
    ("zh", "苏茨克维随后与丹尼尔·格罗斯和丹尼尔·列维共同创立了Safe Superintelligence。",
     ("FOUNDED",),
     {("Ilya Sutskever", "FOUNDED", "Safe Superintelligence"),
      ("Daniel Gross", "FOUNDED", "Safe Superintelligence"),
      ("Daniel Levy", "FOUNDED", "Safe Superintelligence")}),
]


@pytest.mark.parametrize(("lang", "text", "predicates", "expected"), CHINESE_DEPARTURES)
def test_chinese_departures_and_co_founders(lang: str, text: str, predicates: tuple[str, ...],
                                            expected: set[Triple]) -> None:
    assert of(facts(text, lang), *predicates) == expected


RIVALRY = [
    ("es", "OpenAI domina el mercado. Frente a ella, Google y Anthropic intentan ganar cuota.",
     {("OpenAI", "COMPETES_WITH", "Google"), ("OpenAI", "COMPETES_WITH", "Anthropic")}),
    ("es", "DeepSeek se ha convertido en el gran rival de OpenAI.",
     {("DeepSeek", "COMPETES_WITH", "OpenAI")}),
    ("de", "OpenAI dominiert den Markt. Ihr gegenüber stehen Google und Anthropic.",
     {("OpenAI", "COMPETES_WITH", "Google"), ("OpenAI", "COMPETES_WITH", "Anthropic")}),
    ("de", "Mistral AI will OpenAI Paroli bieten.", {("Mistral AI", "COMPETES_WITH", "OpenAI")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RIVALRY)
def test_rivalry_phrasings(lang: str, text: str, expected: set[Triple]) -> None:
    assert of(facts(text, lang), "COMPETES_WITH") == expected


LOST_STAFF = [
    ("de", "OpenAI hat zuletzt mehrere Forscher verloren, darunter Jan Leike und Ilya Sutskever.",
     {("Jan Leike", "LEFT", "OpenAI"), ("Ilya Sutskever", "LEFT", "OpenAI")}),
    ("es", "OpenAI ha visto marcharse a varios investigadores, entre ellos Jan Leike e Ilya "
           "Sutskever.", {("Jan Leike", "LEFT", "OpenAI"), ("Ilya Sutskever", "LEFT", "OpenAI")}),
    ("zh", "OpenAI多名高管相继离职，包括穆拉蒂和苏茨克维。",
     {("Mira Murati", "LEFT", "OpenAI"), ("Ilya Sutskever", "LEFT", "OpenAI")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LOST_STAFF)
def test_lab_lost_staff_including_a_list(lang: str, text: str, expected: set[Triple]) -> None:
    assert of(facts(text, lang), "LEFT") == expected


DEVELOPMENT = [
    ("de", "Claude 5 befindet sich noch im Training.", {("Anthropic", "DEVELOPS", "Claude 5")}),
    ("de", "Anthropic arbeitet an seinen künftigen Claude-Modellen.",
     {("Anthropic", "DEVELOPS", "Claude")}),
    ("es", "Anthropic trabaja en sus futuros modelos Claude.", {("Anthropic", "DEVELOPS", "Claude")}),
    ("es", "Claude 5 sigue en fase de entrenamiento.", {("Anthropic", "DEVELOPS", "Claude 5")}),
    ("zh", "Claude 5仍在训练中。", {("Anthropic", "DEVELOPS", "Claude 5")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DEVELOPMENT)
def test_development_by_possession_and_training(lang: str, text: str,
                                                expected: set[Triple]) -> None:
    found = facts(text, lang)
    assert of(found, "DEVELOPS") == expected
    assert not of(found, "RELEASED", "OPEN_SOURCED")


def test_chinese_series_with_members_released_together() -> None:
    found = facts("Meta推出了Llama 4系列，包括Llama 4 Scout和Llama 4 Maverick。", "zh")
    assert of(found, "RELEASED", "OPEN_SOURCED") == {
        ("Meta", "RELEASED", "Llama 4"), ("Meta", "RELEASED", "Llama 4 Scout"),
        ("Meta", "RELEASED", "Llama 4 Maverick")}


# near misses for the rules above: negations, questions, customers that are not investors
MORE_NEAR_MISSES = [
    ("de", "Nvidia und Samsung haben nicht in Mistral AI investiert.", ("INVESTS_IN",)),
    ("de", "Hat Musk OpenAI verklagt?", ("CRITICIZED",)),
    ("de", "Zu den Kunden von Mistral AI zählen Nvidia und Samsung.", ("INVESTS_IN",)),
    ("de", "Im Juni stellte Mistral AI keine neuen Modelle vor.", ("RELEASED", "OPEN_SOURCED")),
    ("de", "Google kündigte keine Preissenkung an.", ("ANNOUNCED",)),
    ("es", "¿Despidió OpenAI a Sam Altman?", ("LEFT",)),
    ("es", "Mistral AI crece. Entre sus clientes están Nvidia y Samsung.", ("INVESTS_IN",)),
    ("es", "Mistral AI no ha captado dinero de inversores como Nvidia.", ("INVESTS_IN",)),
    ("es", "¿Se ha convertido DeepSeek en el gran rival de OpenAI?", ("COMPETES_WITH",)),
    ("zh", "OpenAI没有解雇奥尔特曼。", ("LEFT",)),
    ("zh", "阿里巴巴是否领投了月之暗面的融资？", ("INVESTS_IN",)),
    ("zh", "马斯克没有对OpenAI提起诉讼。", ("CRITICIZED",)),
]


@pytest.mark.parametrize(("lang", "text", "predicates"), MORE_NEAR_MISSES)
def test_more_near_misses_give_nothing(lang: str, text: str, predicates: tuple[str, ...]) -> None:
    assert not of(facts(text, lang), *predicates)


BACKED_LISTS = [
    ("de", "Nvidia hat auch Mistral AI und Cohere unterstützt.",
     {("Nvidia", "INVESTS_IN", "Mistral AI"), ("Nvidia", "INVESTS_IN", "Cohere")}),
    ("de", "Nvidia investierte zuvor bereits in Mistral AI und Cohere.",
     {("Nvidia", "INVESTS_IN", "Mistral AI"), ("Nvidia", "INVESTS_IN", "Cohere")}),
    ("de", "Microsoft hat OpenAI mit Rechenleistung unterstützt.", set()),
    ("zh", "英伟达还投资了Mistral AI和Cohere。",
     {("Nvidia", "INVESTS_IN", "Mistral AI"), ("Nvidia", "INVESTS_IN", "Cohere")}),
    ("zh", "英伟达计划投资Mistral AI和Cohere。", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BACKED_LISTS)
def test_backer_of_several_startups(lang: str, text: str, expected: set[Triple]) -> None:
    assert of(facts(text, lang), "INVESTS_IN") == expected
