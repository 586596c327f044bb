"""Session-8 company phrases: "la compañía de Musk" is Musk's firm, an adjective of origin
stays with "la pépite", and a founding participle inside a sentence founds no later firm.
Every sentence is written for this file."""

from __future__ import annotations

from extract_helpers import facts


def test_the_company_of_a_person_is_the_firm_the_article_tied_them_to() -> None:
    text = ("Google respondió el lunes a la demanda. Según Google, los ingenieros se fueron "
            "por su cuenta. Elon Musk fundó xAI en 2023. "
            "La compañía de Musk sostiene que uno de ellos copió código.")
    found = facts(text, "es")
    assert ("Elon Musk", "LEADS", "Google") not in found


def test_the_group_of_a_known_leader_is_his_firm_when_the_article_names_it() -> None:
    text = ("L'Autorité de la concurrence a publié un avis. Selon l'Autorité de la concurrence, "
            "Nvidia domine le marché des puces. "
            "Le groupe de Jensen Huang avait fait l'objet d'une visite en 2023.")
    found = facts(text, "fr")
    assert ("Jensen Huang", "LEADS", "Autorité de la concurrence") not in found


def test_a_company_phrase_with_its_adjective_of_origin_is_founded_by_the_founders() -> None:
    text = ("Le rapport concerne surtout Poolside. La pépite parisienne, fondée en 2023 par "
            "Jason Warner et Eiso Kant, a levé 500 millions auprès de Bain Capital et Nvidia.")
    found = facts(text, "fr")
    assert ("Jason Warner", "FOUNDED", "Poolside") in found
    assert ("Jason Warner", "FOUNDED", "Nvidia") not in found


def test_a_mid_sentence_founding_clause_does_not_found_a_later_investor() -> None:
    text = ("Cohere, fundada en 2019 por Aidan Gomez e Ivan Zhang, recaudó 500 millones de "
            "dólares con Nvidia, Oracle y Salesforce.")
    found = facts(text, "es")
    assert ("Aidan Gomez", "FOUNDED", "Cohere") in found
    assert not {t for t in found if t[1] == "FOUNDED" and t[2] in ("Oracle", "Salesforce")}


def test_a_company_phrase_never_means_a_regulator() -> None:
    text = ("L'Autorité de la concurrence a rendu un avis. Selon l'Autorité de la concurrence, "
            "les géants investissent trop. Les conclusions visent surtout Poolside. "
            "La pépite parisienne, fondée en 2023 par Jason Warner, a levé 500 millions.")
    found = facts(text, "fr")
    assert ("Jason Warner", "FOUNDED", "Autorité de la concurrence") not in found
    assert ("Jason Warner", "FOUNDED", "Poolside") in found


def test_the_company_founded_by_a_known_founder_is_his_firm() -> None:
    text = ("Reddit demandó a Anthropic. Reddit pide daños. La demanda contrasta con la imagen "
            "que cultiva la empresa fundada en 2021 por Dario Amodei y otros antiguos "
            "investigadores de OpenAI.")
    found = facts(text, "es")
    assert ("Dario Amodei", "FOUNDED", "Reddit") not in found
    assert ("Dario Amodei", "FOUNDED", "Anthropic") in found


def test_the_company_founded_by_a_former_employee_is_not_his_old_employer() -> None:
    text = ("Poolside raised $5 million. Poolside sells coding tools. Tessa Lund, a former "
            "Google engineer, left Google in 2022. The company, founded by Tessa Lund, is "
            "growing fast.")
    found = facts(text, "en")
    assert ("Tessa Lund", "FOUNDED", "Google") not in found
    assert ("Tessa Lund", "FOUNDED", "Poolside") in found


def test_a_company_phrase_after_a_regulator_and_a_comma_is_not_the_regulator() -> None:
    text = ("Nvidia a présenté ses puces. L'Autorité de la concurrence enquête sur le marché. "
            "Selon l'Autorité de la concurrence, la société de Tessa Lundqvist a tort.")
    found = facts(text, "fr")
    assert ("Tessa Lundqvist", "LEADS", "Autorité de la concurrence") not in found


def test_the_company_of_a_known_person_with_an_elided_de() -> None:
    text = ("Mistral AI a levé des fonds. OpenAI répond. OpenAI investit. OpenAI recrute. "
            "Selon OpenAI, la société d'Arthur Mensch est en position de force.")
    found = facts(text, "fr")
    assert ("Arthur Mensch", "LEADS", "OpenAI") not in found
