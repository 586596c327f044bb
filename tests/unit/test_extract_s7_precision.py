"""Session-7 guards against wrong facts. Every sentence is written for this file."""

from __future__ import annotations

from extract_helpers import entities, facts, of


def test_a_nationality_before_ai_is_no_firm() -> None:
    found = entities("Chinese rivals such as Zhipu court Chinese AI users.", "en")
    assert "Chinese AI" not in found


def test_domestic_large_models_are_no_model_name() -> None:
    found = entities("DeepSeek发布V2模型时就以低价掀起了国内大模型的价格战。", "zh")
    assert not {n for n in found if n.startswith("国内")}


def test_the_possessive_after_a_preposition_is_the_subjects() -> None:
    found = facts("Renault s'est tourné vers Google pour la nouvelle génération de son "
                  "assistant Reno.", "fr")
    assert not {t for t in of(found, "DEVELOPS") if t[0] == "Google"}


def test_a_head_of_state_leads_no_firm_of_the_article() -> None:
    found = facts("A Meituan chega ao Brasil. O anúncio contou com a presença do presidente "
                  "Luiz Inácio Lula da Silva.", "pt")
    assert not of(found, "LEADS")


def test_a_chinese_comma_ends_an_investment_clause() -> None:
    found = facts("极越今年多次向股东请求注资，百度原本计划追加投资。", "zh")
    assert ("Jiyue", "INVESTS_IN", "Baidu") not in found


def test_the_word_state_is_no_firm() -> None:
    found = facts("El Estado español apoya el proyecto con OpenAI.", "es")
    assert not {t for t in found if "Estad" in t[0] or "Estad" in t[2]}


def test_backed_by_after_a_relative_clause_funds_its_antecedent() -> None:
    found = facts("Pika raised $55 million. Runway, which is backed by Google, released Gen-2.", "en")
    assert ("Google", "INVESTS_IN", "Runway") in found
    assert ("Google", "INVESTS_IN", "Pika") not in found


def test_co_signers_of_a_pledge_are_no_partners() -> None:
    found = facts("Anthropic signed the commitments alongside OpenAI, Google, Microsoft, Meta and "
                  "Amazon.", "en")
    assert not of(found, "PARTNERS_WITH")


def test_the_firm_after_a_possessive_founder_is_the_one_that_sues() -> None:
    found = of(facts("Elon Musk's artificial-intelligence company xAI has sued Apple and OpenAI.",
                     "en"), "CRITICIZED")
    assert ("xAI", "CRITICIZED", "Apple") in found
    assert not {t for t in found if t[0] == "Elon Musk"}


def test_spanish_and_german_lawsuits_and_reproaches() -> None:
    assert ("xAI", "CRITICIZED", "Apple") in facts("xAI ha demandado a Apple por prácticas "
                                                   "anticompetitivas.", "es")
    assert ("Max Schrems", "CRITICIZED", "Meta") in facts(
        "Max Schrems hält das Vorgehen von Meta für rechtswidrig.", "de")


def test_closed_developers_named_as_a_kind_hold_the_closed_stance() -> None:
    found = facts("Tülu competes with closed developers such as OpenAI and Anthropic.", "en")
    assert {("OpenAI", "SUPPORTS", "closed models"),
            ("Anthropic", "SUPPORTS", "closed models")} <= found


def test_a_model_only_on_its_makers_api_is_closed() -> None:
    found = facts("Upstage released Solar Pro 2. Solar Pro 2 is available only through "
                  "Upstage's API and its cloud partners.", "en")
    assert ("Upstage", "SUPPORTS", "closed models") in found


def test_challenging_closed_models_is_no_closed_stance() -> None:
    assert not of(facts("Meta défie les modèles fermés comme ChatGPT.", "fr"), "SUPPORTS")
