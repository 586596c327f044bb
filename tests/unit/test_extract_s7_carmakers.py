"""Session-7 shapes from car, mobility and regulator news in five languages. Every sentence is
written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts, of


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Lyft has signed with Wayve, a British start-up backed by SoftBank.", "en",
     ("SoftBank", "INVESTS_IN", "Wayve")),
    ("The new model comes from the Qwen team at Alibaba.", "en", ("Alibaba", "DEVELOPS", "Qwen")),
    ("Renault s'est allié au constructeur Geely pour ses moteurs.", "fr",
     ("Renault", "PARTNERS_WITH", "Geely")),
    ("Stellantis travaille avec Leapmotor, dont il détient environ 20 %.", "fr",
     ("Stellantis", "INVESTS_IN", "Leapmotor")),
    ("Audi kauft sich für rund 500 Millionen Dollar beim Start-up Momenta ein.", "de",
     ("Audi", "INVESTS_IN", "Momenta")),
    ("Alibaba gehört bis heute zu den Aktionären von Xpeng.", "de",
     ("Alibaba", "INVESTS_IN", "XPeng")),
    ("Er hatte den Browser UCWeb mitgegründet, der 2014 von Alibaba übernommen wurde.", "de",
     ("Alibaba", "ACQUIRED", "UCWeb")),
    ("BMW setzt bei seinem neuen Sprachassistenten auf Amazon.", "de",
     ("BMW", "PARTNERS_WITH", "Amazon")),
    ("Das sagte Lena Brandt, Chief Software Officer von Mercedes-Benz.", "de",
     ("Lena Brandt", "WORKS_FOR", "Mercedes-Benz")),
    ("Es la agencia AESIA, con sede en A Coruña, que dirige Ignasi Belda.", "es",
     ("Ignasi Belda", "LEADS", "Agencia Española de Supervisión de la Inteligencia Artificial")),
    ("La Agencia Española de Protección de Datos ha ordenado a Worldcoin que pare.", "es",
     ("Agencia Española de Protección de Datos", "CRITICIZED", "Worldcoin")),
    ("上汽与阿里巴巴合资的智己汽车也加入了这一行列。", "zh", ("Alibaba", "INVESTS_IN", "IM Motors")),
    ("由百度和吉利联合打造的新能源汽车品牌极越陷入危机。", "zh", ("Geely", "FOUNDED", "Jiyue")),
    ("宝马此前已宣布与阿里巴巴合作。", "zh", ("BMW", "PARTNERS_WITH", "Alibaba")),
    ("大众汽车则通过与小鹏汽车的合作来补齐短板。", "zh", ("Volkswagen", "PARTNERS_WITH", "XPeng")),
    ("比亚迪去年卖出超过400万辆车，远超特斯拉。", "zh", ("BYD", "COMPETES_WITH", "Tesla")),
])
def test_car_and_regulator_news(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_funding_phrase_after_an_apposition_funds_the_described_firm_only() -> None:
    found = of(facts("Lyft has signed with Wayve, a British start-up backed by SoftBank.", "en"),
               "INVESTS_IN")
    assert ("SoftBank", "INVESTS_IN", "Lyft") not in found


def test_chief_as_a_title_is_no_firm() -> None:
    found = facts("Das sagte Lena Brandt, Chief Software Officer von Mercedes-Benz.", "de")
    assert not {t for t in found if "Chief" in t[2]}


@pytest.mark.parametrize(("text", "triple"), [
    ("长城汽车表示，其智能体已接入DeepSeek。", ("Great Wall Motor", "PARTNERS_WITH", "DeepSeek")),
    ("岚图宣布将DeepSeek大模型融入智能座舱。", ("Voyah", "PARTNERS_WITH", "DeepSeek")),
    ("比亚迪表示其整车智能架构已完成与DeepSeek R1的深度融合。",
     ("BYD", "PARTNERS_WITH", "DeepSeek")),
    ("昆仑万维由周亚辉于2008年创立，目前的首席执行官为方汉。", ("方汉", "LEADS", "Kunlun Tech")),
    ("地平线的股东名单中既有大众汽车、比亚迪等产业资本，也有英特尔等芯片企业。",
     ("Intel", "INVESTS_IN", "Horizon Robotics")),
    ("地平线引入了基石投资者。其中，阿里巴巴和百度各认购5000万美元。",
     ("Baidu", "INVESTS_IN", "Horizon Robotics")),
])
def test_chinese_integrations_leaders_and_shareholders(text: str,
                                                       triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, "zh")


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Mistral AI grandit. Fondée en 2023 par Arthur Mensch, ancien de Google DeepMind, et par "
     "Guillaume Lample et Timothée Lacroix, la start-up vaut cher.", "fr",
     ("Timothée Lacroix", "FOUNDED", "Mistral AI")),
    ("Renault s'est tourné vers Google pour son nouvel assistant.", "fr",
     ("Renault", "PARTNERS_WITH", "Google")),
    ("Die Telekom will wachsen. Konkurrent Vodafone setzt dagegen auf Microsoft.", "de",
     ("Vodafone", "COMPETES_WITH", "Deutsche Telekom")),
    ("In China verliert Audi Marktanteile an Hersteller wie BYD.", "de",
     ("Audi", "COMPETES_WITH", "BYD")),
])
def test_founders_after_a_comma_partners_and_rivals(text: str, lang: str,
                                                     triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)
