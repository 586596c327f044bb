"""Session 32: a rival named by its possessor in apposition ("Anthropic, OpenAI's smaller
rival"); a firm's contest with others ("Meta's competition with OpenAI"); contracts awarded and
won; a participle with a name after it is a finite verb; "a managing director at X" works
there; a German relative clause of a move ("der später zu OpenAI wechselte"); a digit-led firm's
short name ("1X" after "1X Technologies"). Every sentence is written for this file: none is
taken from a set."""

from __future__ import annotations

import pytest

from extract_helpers import facts, of


@pytest.mark.parametrize("text,lang", [
    ("Cohere, Google's smaller rival, hired twenty engineers.", "en"),
    ("Cohere, a smaller Google rival, hired twenty engineers.", "en"),
    ("Cohere, Googles kleinerer Konkurrent, stellte zwanzig Ingenieure ein.", "de"),
    ("Cohere, ein Google-Konkurrent, stellte zwanzig Ingenieure ein.", "de"),
])
def test_a_rival_named_by_its_possessor_in_apposition(text: str, lang: str) -> None:
    found = of(facts(text, lang), "COMPETES_WITH")
    assert {frozenset((s, o)) for s, _p, o in found} == {frozenset(("Cohere", "Google"))}


def test_the_compound_rival_backed_by_an_investor_is_no_rival_of_the_investor() -> None:
    found = facts("Cohere, the Google rival backed by Nvidia, hired twenty engineers.", "en")
    assert ("Cohere", "COMPETES_WITH", "Google") in found
    assert not {t for t in of(found, "COMPETES_WITH") if "Nvidia" in (t[0], t[2])}


@pytest.mark.parametrize("text,lang", [
    ("The new data centre sharpens Amazon's competition with Microsoft and Oracle.", "en"),
    ("Le nouveau centre de données attise la rivalité d'Amazon avec Microsoft et Oracle.", "fr"),
    ("El nuevo centro de datos aviva la competencia de Amazon con Microsoft y Oracle.", "es"),
])
def test_a_firm_s_contest_with_others(text: str, lang: str) -> None:
    found = of(facts(text, lang), "COMPETES_WITH")
    assert {frozenset((s, o)) for s, _p, o in found} == {frozenset(("Amazon", "Microsoft")),
                                                         frozenset(("Amazon", "Oracle"))}


@pytest.mark.parametrize("text,lang", [
    ("The European Commission awarded contracts worth up to 40 million euros each to Mistral AI "
     "and Aleph Alpha.", "en"),
    ("La Commission européenne a attribué un contrat à Mistral AI et Aleph Alpha.", "fr"),
    ("Die Europäische Kommission vergab Aufträge an Mistral AI und Aleph Alpha.", "de"),
])
def test_a_buyer_awarding_contracts_partners_with_each_supplier(text: str, lang: str) -> None:
    found = of(facts(text, lang), "PARTNERS_WITH")
    assert {(s, o) for s, _p, o in found} == {("European Commission", "Mistral AI"),
                                              ("European Commission", "Aleph Alpha")}


def test_a_contract_won_from_a_buyer_and_not_from_a_protester() -> None:
    assert ("Helsing", "PARTNERS_WITH", "European Commission") in facts(
        "Helsing won a 90 million euro contract from the European Commission.", "en")
    assert not of(facts("Helsing won the contract despite protests from Palantir.", "en"),
                  "PARTNERS_WITH")


def test_a_participle_followed_by_a_name_is_the_maker_s_own_verb() -> None:
    found = facts("Mistral AI, which makes the Codestral models, released Devstral on Monday.",
                  "en")
    assert ("Mistral AI", "DEVELOPS", "Codestral") in found
    assert ("Mistral AI", "RELEASED", "Codestral") not in found


def test_a_participle_without_a_name_after_it_still_reads_as_one() -> None:
    text = "Mistral AI is growing. Its Codestral model, released in May, writes code."
    assert ("Mistral AI", "RELEASED", "Codestral") in facts(text, "en")


@pytest.mark.parametrize("text,expected", [
    ("Priya Raman, a managing director at Sequoia Capital, declined to comment.",
     ("Priya Raman", "WORKS_FOR", "Sequoia Capital")),
    ("Priya Raman, another Sequoia Capital investment executive, declined to comment.",
     ("Priya Raman", "WORKS_FOR", "Sequoia Capital")),
    ("Priya Raman, the managing director of Sequoia Capital, declined to comment.",
     ("Priya Raman", "LEADS", "Sequoia Capital")),
])
def test_one_of_several_directors_works_there_the_director_leads(
        text: str, expected: tuple[str, str, str]) -> None:
    found = of(facts(text, "en"), "WORKS_FOR", "LEADS")
    assert found == {expected}


@pytest.mark.parametrize("text", [
    "Lukas Brandt, der später zu Aleph Alpha wechselte, sprach auf der Konferenz.",
    "Das Start-up wurde von Lukas Brandt gegründet, der 2023 zu Aleph Alpha kam.",
])
def test_a_german_relative_clause_of_a_move_gives_the_new_employer(text: str) -> None:
    assert ("Lukas Brandt", "WORKS_FOR", "Aleph Alpha") in facts(text, "de")


def test_a_german_relative_clause_without_a_move_gives_no_job() -> None:
    text = "Lukas Brandt, der später über Aleph Alpha schrieb, sprach auf der Konferenz."
    assert not of(facts(text, "de"), "WORKS_FOR")


def test_a_digit_led_firm_is_named_later_by_its_head() -> None:
    text = ("1X Technologies showed a home robot in Oslo. Its hands are driven by Harbor, a "
            "control model developed by 1X for household chores.")
    assert ("1X Technologies", "DEVELOPS", "Harbor") in facts(text, "en")


def test_german_cooperation_with_the_company_named_before() -> None:
    text = ("Aleph Alpha hat eine neue Runde abgeschlossen. SAP arbeitet seit Jahren mit dem "
            "Unternehmen zusammen.")
    assert ("SAP", "PARTNERS_WITH", "Aleph Alpha") in facts(text, "de")


@pytest.mark.parametrize("text,lang", [
    ("Aleph Alpha a bouclé un tour de 100 millions d'euros, mené notamment par Eurazeo avec "
     "Lakestar.", "fr"),
    ("Aleph Alpha closed a 100 million euro round led by Eurazeo with Lakestar.", "en"),
])
def test_a_round_led_by_one_fund_with_another(text: str, lang: str) -> None:
    found = of(facts(text, lang), "INVESTS_IN")
    assert {("Eurazeo", "INVESTS_IN", "Aleph Alpha"),
            ("Lakestar", "INVESTS_IN", "Aleph Alpha")} <= found


@pytest.mark.parametrize("text,lang", [
    ("Nadia Sorel, elle aussi venue de Google DeepMind, dirige la recherche.", "fr"),
    ("Nadia Sorel, débauchée de Google DeepMind, dirige la recherche.", "fr"),
    ("Nadia Sorel, recruited from Google DeepMind, runs research.", "en"),
    ("Nadia Sorel, que también viene de Google DeepMind, dirige la investigación.", "es"),
    ("Nadia Sorel, die ebenfalls von Google DeepMind kam, leitet die Forschung.", "de"),
])
def test_a_person_who_came_from_a_firm_left_it(text: str, lang: str) -> None:
    assert ("Nadia Sorel", "LEFT", "Google DeepMind") in facts(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Hugging Face, propriété de Salesforce, a lancé un outil.", "fr"),
    ("Hugging Face, propiedad de Salesforce, lanzó una herramienta.", "es"),
    ("Hugging Face, di proprietà di Salesforce, ha lanciato uno strumento.", "it"),
])
def test_a_firm_owned_by_another_in_apposition(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("Salesforce", "INVESTS_IN", "Hugging Face") in found
    assert not {t for t in found if t[0] == "Salesforce" and t[1] == "RELEASED"}


def test_a_product_owned_by_a_firm_is_no_investment_in_the_article_s_firm() -> None:
    text = "Poolside lève des fonds. GitHub Copilot, propriété de Microsoft, domine le marché."
    assert not of(facts(text, "fr"), "INVESTS_IN")


def test_italian_vedersela_con_is_competing() -> None:
    found = of(facts("Nei chip per auto Qualcomm dovrà vedersela con Nvidia e Mobileye.", "it"),
               "COMPETES_WITH")
    assert {frozenset((s, o)) for s, _p, o in found} == {frozenset(("Qualcomm", "Nvidia")),
                                                         frozenset(("Qualcomm", "Mobileye"))}


@pytest.mark.parametrize("text,lang", [
    ("Cohere, Mistral AI and Aleph Alpha compete for the same government contracts.", "en"),
    ("Cohere, Mistral AI y Aleph Alpha compiten por los mismos contratos públicos.", "es"),
])
def test_firms_vying_for_the_same_thing_are_rivals_of_each_other(text: str, lang: str) -> None:
    found = of(facts(text, lang), "COMPETES_WITH")
    assert {frozenset((s, o)) for s, _p, o in found} == {
        frozenset(("Cohere", "Mistral AI")), frozenset(("Cohere", "Aleph Alpha")),
        frozenset(("Mistral AI", "Aleph Alpha"))}


def test_firms_competing_for_different_things_are_not_read_as_vying() -> None:
    text = "Cohere and Mistral AI compete for talent in different countries."
    assert not of(facts(text, "en"), "COMPETES_WITH")


@pytest.mark.parametrize("text,lang", [
    ("Jane Okafor, the chief executive of the robotics start-up Figure AI, spoke in Austin.", "en"),
    ("Jane Okafor, amministratrice delegata della società di robotica Figure AI, ha parlato.",
     "it"),
])
def test_a_leader_s_title_with_a_descriptor_before_the_firm(text: str, lang: str) -> None:
    assert ("Jane Okafor", "LEADS", "Figure AI") in facts(text, lang)


@pytest.mark.parametrize("text,lang,expected", [
    ("Ava Lindqvist, an early investor in Mistral AI, sold part of her stake.", "en",
     ("Ava Lindqvist", "INVESTS_IN", "Mistral AI")),
    ("Lakestar, a Mistral AI investor, opened an office in Munich.", "en",
     ("Lakestar", "INVESTS_IN", "Mistral AI")),
    ("Ava Lindqvist, the Spotify co-founder and an early Mistral AI backer, spoke.", "en",
     ("Ava Lindqvist", "INVESTS_IN", "Mistral AI")),
])
def test_an_investor_named_in_apposition(text: str, lang: str,
                                        expected: tuple[str, str, str]) -> None:
    assert expected in facts(text, lang)


def test_an_investor_apposition_names_no_investment_in_a_later_firm() -> None:
    found = facts("Lakestar, a Mistral AI investor, also met Aleph Alpha.", "en")
    assert ("Lakestar", "INVESTS_IN", "Aleph Alpha") not in found
