"""Session-9 people and money: a leader named by "who runs it" or "qui en est le directeur",
"until recently" as a former job, an investment noun after its investor, and the backers
"among its investors". Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Le fabricant de robots Figure AI recrute. Brett Adcock, qui en est le directeur général, "
     "vise l'Europe.", "fr", ("Brett Adcock", "LEADS", "Figure AI")),
    ("Runway grows fast. Cristóbal Valenzuela, who runs it as chief executive, hired twenty "
     "people.", "en", ("Cristóbal Valenzuela", "LEADS", "Runway")),
    ("Anthropic abre oficina en Madrid. Dario Amodei, que la dirige desde 2021, lo anunció.",
     "es", ("Dario Amodei", "LEADS", "Anthropic")),
    ("Mistral AI apre a Milano. Arthur Mensch, che ne è l'amministratore delegato, era presente.",
     "it", ("Arthur Mensch", "LEADS", "Mistral AI")),
    ("Aleph Alpha baut Stellen ab. Jonas Andrulis, der es seit 2019 leitet, bestätigte das.",
     "de", ("Jonas Andrulis", "LEADS", "Aleph Alpha")),
    ("A Maritaca AI cresce. Rodrigo Nogueira, que a lidera desde 2022, comemorou.", "pt",
     ("Rodrigo Nogueira", "LEADS", "Maritaca AI")),
])
def test_a_relative_clause_that_leads_it_names_the_firm_in_context(
        text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_person_who_leads_a_team_is_no_leader_of_the_firm() -> None:
    found = facts("OpenAI set up a safety team. Jan Leike, who leads the team, spoke.", "en")
    assert ("Jan Leike", "LEADS", "OpenAI") not in found


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Stuart Pann, hasta hace poco alto directivo de Intel, se une a la empresa.", "es",
     ("Stuart Pann", "LEFT", "Intel")),
    ("Kate Rouch, until recently the marketing chief of Coinbase, joins the board.", "en",
     ("Kate Rouch", "LEFT", "Coinbase")),
    ("Bret Taylor, ancien codirecteur général de Salesforce, préside le conseil.", "fr",
     ("Bret Taylor", "LEFT", "Salesforce")),
])
def test_until_recently_marks_a_former_job(text: str, lang: str,
                                           triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "org"), [
    ("Koray Levent, jusqu'ici directeur technique de Google DeepMind, devient architecte en "
     "chef.", "fr", "Google DeepMind"),
    ("Clara Ruiz, hasta ahora consejera delegada de Salesforce, se incorpora a Meta.", "es",
     "Salesforce"),
])
def test_until_now_is_a_current_job_not_a_former_one(text: str, lang: str, org: str) -> None:
    found = facts(text, lang)
    assert not [f for f in found if f[1] == "LEFT" and f[2] == org]


@pytest.mark.parametrize(("text", "lang"), [
    ("Amazon completed a $4 billion investment in Anthropic in March.", "en"),
    ("Amazon a achevé fin mars un investissement de 4 milliards de dollars dans Anthropic.",
     "fr"),
    ("Amazon completó en marzo una inversión de 4.000 millones de dólares en Anthropic.", "es"),
    ("Amazon schloss im März eine Investition von vier Milliarden Dollar in Anthropic ab.",
     "de"),
    ("Amazon ha completato a marzo un investimento di 4 miliardi di dollari in Anthropic.",
     "it"),
])
def test_an_investment_noun_after_its_investor_funds_the_firm_after_in(text: str,
                                                                     lang: str) -> None:
    assert ("Amazon", "INVESTS_IN", "Anthropic") in facts(text, lang)


def test_an_investment_announced_in_a_relative_clause_is_the_antecedents() -> None:
    found = facts("Reid Hoffman siège au conseil de Microsoft, qui a annoncé en janvier un "
                  "nouvel investissement de plusieurs milliards de dollars dans OpenAI.", "fr")
    assert ("Microsoft", "INVESTS_IN", "OpenAI") in found


def test_no_stake_is_no_investment() -> None:
    assert ("Google", "INVESTS_IN", "Windsurf") not in facts(
        "Google took no stake in Windsurf.", "en")


def test_an_investment_in_a_firm_is_not_made_by_that_firm() -> None:
    found = facts("Amazon anunció una inversión en Anthropic.", "es")
    assert ("Amazon", "INVESTS_IN", "Anthropic") in found
    assert ("Anthropic", "INVESTS_IN", "Amazon") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Anthropic raised new money. Amazon and Google are among its biggest investors.", "en"),
    ("Anthropic lève des fonds. Amazon et Google figurent parmi ses principaux investisseurs.",
     "fr"),
    ("Anthropic recauda fondos. Amazon y Google están entre sus mayores inversores.", "es"),
    ("Anthropic sammelt Geld ein. Amazon und Google gehören zu seinen größten Investoren.", "de"),
    ("A Anthropic levantou fundos. A Amazon e o Google estão entre os seus maiores "
     "investidores.", "pt"),
])
def test_backers_among_its_investors_fund_the_firm_in_context(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("Amazon", "INVESTS_IN", "Anthropic") in found
    assert ("Google", "INVESTS_IN", "Anthropic") in found


def test_having_the_backing_of_a_firm_in_spanish() -> None:
    assert ("Nvidia", "INVESTS_IN", "Nebius") in facts(
        "Nebius cuenta con el respaldo de Nvidia desde el año pasado.", "es")


def test_an_ampersand_name_in_the_knowledge_base_is_one_firm() -> None:
    found = entities("CoreWeave bought Weights & Biases, which Lukas Biewald founded.", "en")
    assert found.get("Weights & Biases") == "Organization"


def test_two_leaders_with_a_plural_verb_both_lead_the_firm() -> None:
    found = facts("Anthropic crece. Dario y Daniela Amodei, que dirigen la empresa como consejero "
                  "delegado y presidenta, lo celebraron.", "es")
    assert ("Dario Amodei", "LEADS", "Anthropic") in found
    assert ("Daniela Amodei", "LEADS", "Anthropic") in found


def test_a_singular_verb_after_two_names_is_the_second_persons() -> None:
    found = facts("Worldcoin, cofundada por Altman y Alex Blania, que dirige Tools for Humanity, "
                  "instala orbes.", "es")
    assert ("Alex Blania", "LEADS", "Tools for Humanity") in found
    assert ("Sam Altman", "LEADS", "Tools for Humanity") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("OpenAI ha stretto accordi di licenza con numerosi gruppi editoriali, tra cui Associated "
     "Press, Axel Springer e Hearst.", "it"),
    ("OpenAI a signé des accords avec plusieurs éditeurs, dont Axel Springer et Hearst.", "fr"),
])
def test_partners_listed_after_including(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("OpenAI", "PARTNERS_WITH", "Axel Springer") in found or (
        "Axel Springer", "PARTNERS_WITH", "OpenAI") in found
    assert ("OpenAI", "PARTNERS_WITH", "Hearst") in found or (
        "Hearst", "PARTNERS_WITH", "OpenAI") in found


def test_a_firm_that_counts_backers_among_its_investors_funds_none_of_them() -> None:
    found = facts("Snowflake signe avec Mistral AI. Mistral AI compte parmi ses investisseurs "
                  "Andreessen Horowitz et Nvidia.", "fr")
    assert ("Nvidia", "INVESTS_IN", "Mistral AI") in found
    assert ("Mistral AI", "INVESTS_IN", "Snowflake") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("OpenAI, che ha ricevuto miliardi di dollari da Microsoft, cresce.", "it"),
    ("OpenAI, que ha recibido miles de millones de dólares de Microsoft, crece.", "es"),
])
def test_money_received_from_a_backer(text: str, lang: str) -> None:
    assert ("Microsoft", "INVESTS_IN", "OpenAI") in facts(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("OpenAI, que ha recibido críticas de Microsoft, crece.", "es"),
    ("OpenAI, che ha ricevuto l'approvazione da Microsoft, cresce.", "it"),
])
def test_receiving_something_other_than_money_is_no_investment(text: str, lang: str) -> None:
    assert ("Microsoft", "INVESTS_IN", "OpenAI") not in facts(text, lang)


def test_two_people_who_both_came_from_a_firm_left_it() -> None:
    found = facts("Guillaume Lample and Timothée Lacroix, who both came from Meta, joined him.",
                  "en")
    assert ("Guillaume Lample", "LEFT", "Meta") in found
    assert ("Timothée Lacroix", "LEFT", "Meta") in found


@pytest.mark.parametrize(("text", "lang"), [
    ("MGX figura tra i finanziatori di OpenAI e di xAI.", "it"),
    ("MGX is among the backers of OpenAI and xAI.", "en"),
    ("MGX figure parmi les investisseurs d'OpenAI et de xAI.", "fr"),
])
def test_a_backer_among_the_investors_of_two_firms(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("MGX", "INVESTS_IN", "OpenAI") in found
    assert ("MGX", "INVESTS_IN", "xAI") in found


def test_chinese_shareholders_listed_before_shi_x_de_gudong() -> None:
    found = facts("此前，美团和红杉中国等机构已是宇树科技的股东。", "zh")
    assert ("Meituan", "INVESTS_IN", "Unitree") in found


def test_a_german_inverted_round_join() -> None:
    assert ("SAP", "INVESTS_IN", "Aleph Alpha") in facts(
        "Im Jahr 2023 beteiligte sich SAP an der Finanzierungsrunde des Heidelberger "
        "KI-Start-ups Aleph Alpha.", "de")
