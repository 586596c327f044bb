"""German, Spanish and Chinese relation rules, continued: criticism, stances in prose, stance changes.

Every sentence is written for this file in news style. Positive cases pin the exact triples a
pattern must give; near misses (plans, questions, negations, co-investors) pin what it must not.
"""

from __future__ import annotations

import pytest

from extract_helpers import Triple, facts, of


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
