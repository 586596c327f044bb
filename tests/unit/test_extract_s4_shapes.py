"""Session-4 entity shapes that hold in any article: parameter counts name a model, and so on.

Every sentence here is written for this file (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts


# ------------------------------------------------------------ parameter counts name a model
@pytest.mark.parametrize(("text", "lang", "model"), [
    ("Zephyr Labs released Orion Coder 33B, its first coding model.", "en", "Orion Coder 33B"),
    ("Nimbus a publié Vega 70B sous licence Apache 2.0.", "fr", "Vega 70B"),
    ("Das Start-up Quill veröffentlichte Quill Mixture 8x7B.", "de", "Quill Mixture 8x7B"),
    ("星辰智能开源了Orion-13B和Orion-7B。", "zh", "Orion-13B"),
    ("Nimbus lanzó Vega 2 11B VLM, que describe imágenes.", "es", "Vega 2 11B VLM"),
])
def test_a_name_before_a_parameter_count_is_a_model(text: str, lang: str, model: str) -> None:
    assert entities(text, lang).get(model) == "Model"


def test_a_known_family_keeps_the_member_the_size_names() -> None:
    found = entities("Google released Gemma 7B, and Meta followed with Llama 3 70B.", "en")
    assert found.get("Gemma 7B") == "Model" and found.get("Llama 3 70B") == "Model"


def test_the_sized_model_is_released_by_its_maker() -> None:
    assert ("Zephyr Labs", "RELEASED", "Orion Coder 33B") in facts(
        "Zephyr Labs released Orion Coder 33B in March.", "en")


@pytest.mark.parametrize("text", [
    "The company raised $6B in a Series B round.",
    "In 2024, 7B parameters were enough for most tasks.",
])
def test_money_and_bare_sizes_are_no_model(text: str) -> None:
    assert not [t for t in entities(text, "en").values() if t == "Model"]


# ------------------------------------------------------------ two titles joined by "and"
@pytest.mark.parametrize(("text", "lang"), [
    ("Ana Ruiz, Zephyr AI's founder and chief executive, spoke on Monday.", "en"),
    ("Zephyr AI's chief executive and co-founder Ana Ruiz spoke on Monday.", "en"),
    ("Ana Ruiz, PDG et cofondatrice de Zephyr AI, a pris la parole lundi.", "fr"),
    ("Ana Ruiz, Gründerin und Chefin von Zephyr AI, sprach am Montag.", "de"),
    ("Ana Ruiz, fundadora y consejera delegada de Zephyr AI, habló el lunes.", "es"),
])
def test_a_founder_and_chief_both_founded_and_leads(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert {("Ana Ruiz", "FOUNDED", "Zephyr AI"), ("Ana Ruiz", "LEADS", "Zephyr AI")} <= found


def test_a_founder_alone_does_not_lead() -> None:
    found = facts("Ana Ruiz, the founder of Zephyr AI, later joined Google.", "en")
    assert ("Ana Ruiz", "LEADS", "Zephyr AI") not in found


# ------------------------------------------------------------ the head of a unit works there
@pytest.mark.parametrize(("text", "lang"), [
    ("Kari Lind, who heads generative AI software at Zephyr Labs, described the release.", "en"),
    ("Kari Lind leads the safety team at Zephyr Labs.", "en"),
    ("Kari Lind, qui dirige la recherche chez Zephyr Labs, a présenté le modèle.", "fr"),
    ("Kari Lind, die die Forschung bei Zephyr Labs leitet, stellte das Modell vor.", "de"),
])
def test_the_head_of_a_unit_works_for_the_firm(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("Kari Lind", "WORKS_FOR", "Zephyr Labs") in found
    assert ("Kari Lind", "LEADS", "Zephyr Labs") not in found


def test_the_unit_head_of_the_company_resolves_it() -> None:
    found = facts("Zephyr Labs released a model on Monday. Kari Lind, who heads generative AI "
                  "software at the company, described the release.", "en")
    assert ("Kari Lind", "WORKS_FOR", "Zephyr Labs") in found


# ------------------------------------------------------------ a fund or lab of a known firm
@pytest.mark.parametrize(("text", "unit"), [
    ("The round drew Samsung Catalyst Fund and Harbor Capital.", "Samsung Catalyst Fund"),
    ("The round was led by BlackRock Private Equity Partners.", "BlackRock Private Equity Partners"),
    ("AMD Ventures joined the round.", "AMD Ventures"),
])
def test_a_unit_named_after_a_firm_is_its_own_organization(text: str, unit: str) -> None:
    assert entities(text, "en").get(unit) == "Organization"


def test_a_firm_before_another_word_stays_itself() -> None:
    assert "Meta" in entities("Google said Meta Platforms would follow.", "en")


# ------------------------------------------------------------ a description inside a list
@pytest.mark.parametrize(("text", "lang"), [
    ("Zephyr AI was founded in 2021 by Ana Ruiz, its chief executive, and Marco Trevisan.", "en"),
    ("Zephyr AI a été fondée à Lyon en 2023 par Ana Ruiz, sa directrice générale, Marco "
     "Trevisan, son directeur technique, et Kari Lind.", "fr"),
])
def test_founders_described_in_the_list_all_founded(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert {("Ana Ruiz", "FOUNDED", "Zephyr AI"), ("Marco Trevisan", "FOUNDED", "Zephyr AI")
            } <= found


def test_a_firm_inside_a_description_founded_nothing() -> None:
    # a description naming a firm ends the list (its firm would otherwise join the founders)
    found = facts("Zephyr AI was founded by Ana Ruiz, a former Google researcher, and Marco "
                  "Trevisan.", "en")
    assert ("Ana Ruiz", "FOUNDED", "Zephyr AI") in found
    assert ("Google", "FOUNDED", "Zephyr AI") not in found


def test_a_person_before_a_firm_apposition_stays_a_person() -> None:
    found = entities("Fondée en 2023 par Ana Ruiz et Marco Trevisan, la start-up emploie 40 "
                     "personnes.", "fr")
    assert found.get("Marco Trevisan") == "Person"


# ------------------------------------------------------------ products and their makers
@pytest.mark.parametrize(("text", "lang", "product"), [
    ("Zephyr AI launched Lumen, a search engine that cites its sources.", "en", "Lumen"),
    ("Zephyr AI a présenté Tessel, un agent de programmation.", "fr", "Tessel"),
    ("Zephyr AI lanzó Faro, una plataforma para empresas.", "es", "Faro"),
])
def test_a_name_described_as_a_product_is_a_product(text: str, lang: str, product: str) -> None:
    assert entities(text, lang).get(product) == "Product"


def test_a_lower_case_verb_is_no_product_name() -> None:
    assert "launched Lumen" not in entities("Zephyr AI launched Lumen, a search engine.", "en")


@pytest.mark.parametrize(("text", "lang", "thing"), [
    ("Zephyr Coder, le produit de Zephyr AI, fait figure de référence.", "fr", "Zephyr Coder"),
    ("Orion, el modelo estrella de Zephyr AI, fue presentado ayer.", "es", "Orion"),
    ("Modelos como Orion 2B, de la francesa Zephyr AI, publican sus pesos.", "es", "Orion 2B"),
    ("Le modèle bat Orion 7B, du français Zephyr AI, sur plusieurs tests.", "fr", "Orion 7B"),
    ("Orion 2B, Zephyr AI's flagship model, was updated.", "en", "Orion 2B"),
])
def test_a_thing_described_as_a_firms_is_developed_by_it(text: str, lang: str, thing: str
                                                         ) -> None:
    assert ("Zephyr AI", "DEVELOPS", thing) in facts(text, lang)


def test_a_sentence_initial_word_is_cut_from_a_sized_name() -> None:
    assert "Orion 7B" in entities("Comme Orion 7B, le nouveau modèle est ouvert.", "fr")


# ------------------------------------------------------------ names after a descriptor
@pytest.mark.parametrize(("text", "lang", "name", "type_"), [
    ("Gleichzeitig brachte die Konzerntochter Nordwerk Data ein Werkzeug heraus.", "de",
     "Nordwerk Data", "Organization"),
    ("Seit Jahren entwickelt Zephyr AI den Sprachassistenten Quillo.", "de", "Quillo", "Product"),
    ("Zephyr AI bietet die Modelle über seinen Dienst Cortexa an.", "de", "Cortexa", "Product"),
    ("Zephyr AI ofrece sus chips en su servicio en la nube ZephyrCloud.", "es", "ZephyrCloud",
     "Product"),
    ("The firm Nordwerk Data, which Zephyr AI owns, released a tool.", "en", "Nordwerk Data",
     "Organization"),
])
def test_a_name_after_a_descriptor_is_typed_by_it(text: str, lang: str, name: str, type_: str
                                                  ) -> None:
    assert entities(text, lang).get(name) == type_


def test_a_person_after_a_firm_descriptor_stays_a_person() -> None:
    assert entities("Die Firma Anna Berg hat geklagt.", "de").get("Anna Berg") == "Person"


def test_a_role_acronym_after_company_is_no_firm() -> None:
    found = entities("The company CEO said so. The startup Quill raised money.", "en")
    assert "CEO" not in found and found.get("Quill") == "Organization"


@pytest.mark.parametrize(("text", "name"), [
    ("星辰智能近日完成新一轮融资，由阿里巴巴领投，远山资本等机构跟投。", "远山资本"),
    ("星辰智能宣布，与北辰汽车集团合作开源两款模型。", "北辰汽车集团"),
])
def test_a_chinese_name_ending_in_a_firm_word_is_an_organization(text: str, name: str) -> None:
    assert entities(text, "zh").get(name) == "Organization"


@pytest.mark.parametrize(("text", "lang"), [
    ("Meta also hired Trapit Bansal, who worked on its first reasoning models.", "en"),
    ("Meta fichó a Trapit Bansal, quien trabajó en modelos de razonamiento.", "es"),
])
def test_a_name_before_who_is_a_person(text: str, lang: str) -> None:
    assert entities(text, lang).get("Trapit Bansal") == "Person"


def test_a_firm_before_who_stays_a_firm() -> None:
    found = entities("Zephyr AI said Thrive Capital, who led the round, was pleased.", "en")
    assert found.get("Thrive Capital") == "Organization"


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Ana Ruiz teaches at Lakeside University in Ohio.", "en", "Lakeside University"),
    ("Ana Ruiz studied at the University of Westbrook.", "en", "University of Westbrook"),
    ("Ana Ruiz, Professorin an der Universität Westbrook, forscht dort.", "de",
     "Universität Westbrook"),
    ("Ana Ruiz enseigne à l'université Westbrook depuis 2019.", "fr", "université Westbrook"),
    ("Ana Ruiz trabajó con el Instituto Kempner en Boston.", "es", "Instituto Kempner"),
])
def test_universities_and_institutes_are_organizations(text: str, lang: str, name: str) -> None:
    assert entities(text, lang).get(name) == "Organization"
