"""Session-8 Chinese names in quotation marks: a product or a model named by its quotes and
the noun beside them. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts


@pytest.mark.parametrize(("text", "name", "type_"), [
    ("美团本周推出了面向商家的智能助手“袋鼠参谋”。", "袋鼠参谋", "Product"),
    ("小鹏汽车的新车将搭载“天玑”智能驾驶系统。", "天玑", "Product"),
    ("联想在发布会上展示了对话应用“小天”。", "小天", "Product"),
    ("网易有道发布了教育大模型“子曰”。", "子曰", "Model"),
    ("昆仑万维此前推出了“天工Pro”大模型。", "天工Pro", "Model"),
])
def test_a_quoted_name_beside_a_product_or_model_noun_is_named(text: str, name: str,
                                                            type_: str) -> None:
    assert entities(text, "zh").get(name) == type_


@pytest.mark.parametrize("text", [
    "监管部门把这家公司列入了“实体清单”。",
    "他认为对手用“蒸馏”的方法训练了模型。",
    "业内人士称这种做法“缺乏依据”。",
])
def test_scare_quotes_name_nothing(text: str) -> None:
    found = entities(text, "zh")
    assert not [n for n, t in found.items() if t in ("Product", "Model")]


def test_a_quoted_model_is_released_by_its_maker() -> None:
    found = facts("网易有道发布了教育大模型“子曰”。", "zh")
    assert any(p in ("RELEASED", "DEVELOPS") and o == "子曰" for _, p, o in found)


def test_a_group_name_does_not_start_with_you_or_qian() -> None:
    found = entities("由前腾讯集团副总裁创办的初创公司Genspark完成了融资。", "zh")
    assert not [n for n in found if n.startswith(("由", "前"))]


def test_founders_glossed_in_latin_letters_found_the_firm() -> None:
    text = ("CoreWeave是一家云计算公司。该公司由布莱恩·文图罗（Brian Venturo）和"
            "布兰宁·麦克比（Brannin McBee）于2017年创立。")
    found = facts(text, "zh")
    assert ("Brian Venturo", "FOUNDED", "CoreWeave") in found
    assert any(p == "FOUNDED" and s == "布兰宁·麦克比" for s, p, _ in found)


def test_a_known_person_glossing_a_chinese_name_is_the_one_named() -> None:
    found = facts("Hugging Face联合创始人兼首席执行官克莱门特·德朗格（Clément Delangue）表示欢迎。",
                  "zh")
    assert ("Clément Delangue", "LEADS", "Hugging Face") in found


@pytest.mark.parametrize("text", [
    "智谱的GLM-4的低价曾引发字节跳动、阿里巴巴等大厂跟进降价。",
    "去年，智谱以低价掀起了价格战，字节跳动、阿里巴巴等厂商随后纷纷降价。",
    "自3月智谱率先降价以来，字节跳动、阿里巴巴等公司打响了价格战。",
])
def test_price_war_followers_were_influenced(text: str) -> None:
    found = facts(text, "zh")
    assert ("Zhipu AI", "INFLUENCED", "ByteDance") in found
    assert ("Zhipu AI", "INFLUENCED", "Alibaba") in found


def test_baidu_ai_cloud_is_a_firm() -> None:
    assert entities("百度智能云宣布降价。", "zh").get("Baidu AI Cloud") == "Organization"


def test_a_quoted_price_war_is_no_model() -> None:
    found = entities("一场大模型“价格战”由此打响。", "zh")
    assert "价格战" not in found


def test_followers_after_a_comma_and_suihou_were_influenced() -> None:
    text = "今年5月，智谱把价格降到1元，随后字节跳动、腾讯等大厂纷纷跟进降价。"
    assert ("Zhipu AI", "INFLUENCED", "Tencent") in facts(text, "zh")
