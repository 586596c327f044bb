"""German, Spanish and Chinese relation rules, continued: announcements, influence, roles, criticism, stances.

Every sentence is written for this file in news style. Positive cases pin the exact triples a
pattern must give; near misses (plans, questions, negations, co-investors) pin what it must not.
"""

from __future__ import annotations

import pytest

from extract_helpers import Triple, facts, of


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


