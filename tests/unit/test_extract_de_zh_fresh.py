"""German and Chinese shapes found on fresh news text written for this round.

Every sentence is invented for this file. Each positive case pins the triples a construction
must give (appointments in the perfect tense, financing passives, stakes with an amount, rivals
after "Zu den Konkurrenten zählen", a round "由A领投，B、C跟投", an appointment "任命A为……",
a past post "此前在X担任", a company that keeps a model closed, open source criticized or
praised); the near misses pin what the same words must not give.
"""

from __future__ import annotations

import pytest

from extract_helpers import Triple, facts, lines, of

EXACT: list[tuple[str, str, tuple[str, ...], set[Triple]]] = [
    # ---------------------------------------------------------------- German
    ("de", "Der Kölner Softwareanbieter Quentra hat Sabine Roth zur neuen Vorstandschefin "
           "ernannt.", ("LEADS",), {("Sabine Roth", "LEADS", "Quentra")}),
    ("de", "Das Start-up Quentra wird seit 2023 von Siemens und Bosch finanziert.",
     ("INVESTS_IN",), {("Siemens", "INVESTS_IN", "Quentra"), ("Bosch", "INVESTS_IN", "Quentra")}),
    ("de", "SAP beteiligt sich mit 30 Millionen Euro an Aleph Alpha.", ("INVESTS_IN",),
     {("SAP", "INVESTS_IN", "Aleph Alpha")}),
    ("de", "Aleph Alpha baut Sprachmodelle für Behörden. Zu den Konkurrenten zählen Mistral AI "
           "und Cohere.", ("COMPETES_WITH",),
     {("Mistral AI", "COMPETES_WITH", "Aleph Alpha"), ("Cohere", "COMPETES_WITH", "Aleph Alpha")}),
    ("de", "Mit seinem neuen Chatbot tritt Mistral AI gegen Google an.", ("COMPETES_WITH",),
     {("Mistral AI", "COMPETES_WITH", "Google")}),
    ("de", "Google hat ein neues Modell vorgestellt. Damit tritt der Konzern gegen OpenAI an.",
     ("COMPETES_WITH",), {("Google", "COMPETES_WITH", "OpenAI")}),
    ("de", "Cohere und das Münchner Start-up Helsing haben eine Partnerschaft vereinbart.",
     ("PARTNERS_WITH",), {("Cohere", "PARTNERS_WITH", "Helsing")}),
    ("de", "Aleph Alpha arbeitet seit dem Frühjahr eng mit Bosch zusammen.", ("PARTNERS_WITH",),
     {("Aleph Alpha", "PARTNERS_WITH", "Bosch")}),
    ("de", "Am Montag hat Google sein Modell Gemma 4 vorgestellt.", ("RELEASED", "OPEN_SOURCED"),
     {("Google", "RELEASED", "Gemma 4")}),
    ("de", "Der Technikchef von Cohere, Tobias Krüger, ist im Juni zurückgetreten.", ("LEFT",),
     {("Tobias Krüger", "LEFT", "Cohere")}),
    # ---------------------------------------------------------------- Chinese
    ("zh", "人工智能初创公司云帆智能完成新一轮融资。本轮融资由腾讯领投，小米、百度跟投。",
     ("INVESTS_IN",),
     {("Tencent", "INVESTS_IN", "云帆智能"), ("Xiaomi", "INVESTS_IN", "云帆智能"),
      ("Baidu", "INVESTS_IN", "云帆智能")}),
    ("zh", "月之暗面由杨植麟和周昕宇于2023年共同创立。", ("FOUNDED",),
     {("Yang Zhilin", "FOUNDED", "Moonshot AI"), ("周昕宇", "FOUNDED", "Moonshot AI")}),
    ("zh", "阿里巴巴宣布任命陈立为通义团队负责人。", ("WORKS_FOR",),
     {("陈立", "WORKS_FOR", "Alibaba")}),
    ("zh", "刘洋此前在微软担任研究总监。", ("WORKS_FOR",), {("刘洋", "WORKS_FOR", "Microsoft")}),
    ("zh", "字节跳动表示豆包大模型将继续保持闭源。", ("SUPPORTS",),
     {("ByteDance", "SUPPORTS", "closed models")}),
    ("zh", "腾讯高管张伟曾公开批评开源模型。", ("OPPOSES",),
     {("张伟", "OPPOSES", "open-weight release")}),
    ("zh", "智谱AI研究员刘洋已于五月离开公司，随后加入了腾讯。", ("WORKS_FOR", "LEFT"),
     {("刘洋", "LEFT", "Zhipu AI"), ("刘洋", "WORKS_FOR", "Tencent")}),
    ("zh", "小米宣布向智谱AI追加投资。", ("INVESTS_IN",), {("Xiaomi", "INVESTS_IN", "Zhipu AI")}),
    ("zh", "智谱AI推出了GLM-5，但并未开源。", ("RELEASED", "OPEN_SOURCED"),
     {("Zhipu AI", "RELEASED", "GLM-5")}),
    ("zh", "百度CEO李彦宏表示，开源是推动行业发展的最好方式。", ("SUPPORTS",),
     {("Robin Li", "SUPPORTS", "open-weight release")}),
]

# (lang, sentence, predicates that must stay empty)
NEAR_MISSES: list[tuple[str, str, tuple[str, ...]]] = [
    ("de", "SAP beteiligt sich nicht an Aleph Alpha.", ("INVESTS_IN",)),
    ("de", "Aleph Alpha wird von Bosch nicht finanziert.", ("INVESTS_IN",)),
    ("de", "Aleph Alpha hat Sabine Roth zur Sprecherin ernannt.", ("LEADS",)),
    ("de", "Bisher hat Google Gemma 5 nicht veröffentlicht.", ("RELEASED", "OPEN_SOURCED")),
    ("de", "Sabine Roth ist bei Cohere nicht ausgeschieden.", ("LEFT",)),
    ("zh", "腾讯拒绝向智谱AI投资。", ("INVESTS_IN",)),
    ("de", "Zu den Konkurrenten zählen nach eigenen Angaben keine Start-ups.", ("COMPETES_WITH",)),
    ("zh", "腾讯计划投资一家芯片公司，融资由其子公司负责。", ("INVESTS_IN",)),
    ("zh", "百度并不打算保持闭源。", ("SUPPORTS",)),
    ("zh", "李明和王芳在发布会上发言。", ("FOUNDED",)),
    ("zh", "谷歌研究员刘洋认为，开源模型存在风险。", ("OPPOSES", "SUPPORTS")),
]


@pytest.mark.parametrize(("lang", "text", "predicates", "expected"), EXACT)
def test_fresh_shapes(lang: str, text: str, predicates: tuple[str, ...],
                      expected: set[Triple]) -> None:
    assert of(facts(text, lang), *predicates) == expected


@pytest.mark.parametrize(("lang", "text", "predicates"), NEAR_MISSES)
def test_fresh_near_misses(lang: str, text: str, predicates: tuple[str, ...]) -> None:
    assert of(facts(text, lang), *predicates) == set()


def test_zh_criticized_copying_is_a_rule_not_a_bare_cue() -> None:
    """"A批评B利用其模型的输出": an accusation read as one construction, with rule confidence."""
    found = [line for line in lines("谷歌批评DeepSeek利用其模型的输出训练新模型。", "zh")
             if line["kind"] == "fact" and line["predicate"] == "CRITICIZED"]
    assert [(f["subject"]["name"], f["object"]["name"]) for f in found] == [("Google", "DeepSeek")]
    assert found[0]["confidence"] >= 0.7
