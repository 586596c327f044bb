"""Government officials (`ingest/officials.py`): a minister's title touching a name makes the
person work for the government the article names; a head of government leads it; a country
adjective near the title picks that country's government, or none when the article does not
name it; a former minister gets nothing; the learned layer links no serving minister to a
firm. Every sentence is written for this file; the people are invented."""

from __future__ import annotations

import pytest

from extract_helpers import facts, of
from stratgraph.ingest.candidate import Candidate
from stratgraph.ingest.kb import get_kb
from stratgraph.ingest.officials import RULE, _countries, no_firm_jobs

CANADA = "Government of Canada"


@pytest.mark.parametrize("lang,text,person,government", [
    ("fr", "Le gouvernement canadien a signé un accord avec Cohere. Le ministre de l'Innovation, "
           "des Sciences et de l'Industrie, Marcel Tremblay, a salué l'accord.",
     "Marcel Tremblay", CANADA),
    ("fr", "Le gouvernement canadien a signé un accord avec Cohere. « C'est un grand jour », a "
           "déclaré Marcel Tremblay, ministre de l'Intelligence artificielle.",
     "Marcel Tremblay", CANADA),
    ("en", "The Canadian government signed a deal with Cohere. Industry Minister Paula Grant "
           "welcomed it on Monday.", "Paula Grant", CANADA),
    ("en", "The UK government signed a memorandum with Anthropic. It was signed by Rupert "
           "Hale, the technology secretary.", "Rupert Hale", "UK Government"),
    ("de", "Die US-Regierung verschärft die Regeln für Nvidia. Handelsministerin Karla Hofmann "
           "verteidigte den Schritt.", "Karla Hofmann", "Government of the United States"),
    ("es", "El gobierno español firmó un acuerdo con Mistral. La ministra de Transformación "
           "Digital, Lucía Ferrer, lo presentó el martes.", "Lucía Ferrer", "Government of Spain"),
    ("it", "Il governo italiano ha firmato un accordo con Mistral. Il ministro delle Imprese, "
           "Paolo Bianchi, ha presentato il piano.", "Paolo Bianchi", "Government of Italy"),
])
def test_a_minister_works_for_the_government_the_article_names(
        lang: str, text: str, person: str, government: str) -> None:
    assert (person, "WORKS_FOR", government) in facts(text, lang)


@pytest.mark.parametrize("lang,text,person,government", [
    ("en", "The UK government backed the plan. Prime Minister Arthur Penhall said Nvidia would "
           "invest.", "Arthur Penhall", "UK Government"),
    ("pt", "O governo português apoia o projeto. O modelo foi anunciado pelo primeiro-ministro, "
           "Rui Albuquerque, na abertura da cimeira.", "Rui Albuquerque", "Government of Portugal"),
])
def test_a_head_of_government_leads_it(lang: str, text: str, person: str,
                                       government: str) -> None:
    found = facts(text, lang)
    assert (person, "LEADS", government) in found
    assert (person, "WORKS_FOR", government) not in found


def test_a_deputy_prime_minister_works_for_the_government() -> None:
    found = facts("The UK government backed the plan. Deputy Prime Minister Arthur Penhall "
                  "said Nvidia would invest.", "en")
    assert ("Arthur Penhall", "WORKS_FOR", "UK Government") in found
    assert ("Arthur Penhall", "LEADS", "UK Government") not in found


@pytest.mark.parametrize("lang,text", [
    ("fr", "Cohere a signé un accord. Le ministre de l'Innovation, Marcel Tremblay, a salué "
           "l'accord."),
    ("en", "Cohere signed a deal. Industry Minister Paula Grant welcomed it on Monday."),
])
def test_no_government_named_means_no_government_fact(lang: str, text: str) -> None:
    assert not {t for t in facts(text, lang) if t[2].startswith("Government")}


@pytest.mark.parametrize("lang,text", [
    ("en", "The Canadian government signed a deal with Cohere. Former Industry Minister Paula "
           "Grant welcomed it."),
    ("fr", "Le gouvernement canadien a signé un accord avec Cohere. L'ancien ministre de "
           "l'Innovation, Marcel Tremblay, a salué l'accord."),
])
def test_a_former_minister_gets_no_government_fact(lang: str, text: str) -> None:
    assert not of(facts(text, lang), "WORKS_FOR", "LEADS")


def test_a_country_adjective_picks_its_government() -> None:
    text = ("Le gouvernement américain et le gouvernement français ont signé un accord sur "
            "l'IA. La ministre française du Numérique, Claire Vasseur, l'a défendu.")
    found = facts(text, "fr")
    assert ("Claire Vasseur", "WORKS_FOR", "Government of France") in found
    assert ("Claire Vasseur", "WORKS_FOR", "Government of the United States") not in found


def test_another_countrys_minister_gets_no_government_the_article_does_not_name() -> None:
    text = ("Le gouvernement britannique a signé un accord avec Cohere. « Nous voulons une IA "
            "canadienne forte », a déclaré Marcel Tremblay, ministre de l'Intelligence "
            "artificielle.")
    assert ("Marcel Tremblay", "WORKS_FOR", "UK Government") not in facts(text, "fr")


def test_country_forms_match_their_inflections_but_not_other_words() -> None:
    patterns = dict(_countries(get_kb()))
    france, india = patterns["org:government-of-france"], patterns["org:government-of-india"]
    assert france.search("la ministre française") and france.search("die französischen Pläne")
    assert india.search("the Indian minister") and india.search("印度电子和信息技术部")
    assert not india.search("el ministro indicó que")


def test_the_learned_layer_links_no_serving_minister_to_a_firm() -> None:
    kb = get_kb()
    learned = Candidate("WORKS_FOR", "per:marcel-tremblay", "org:cohere", "learned:pair", 0.6, 1)
    ruled = Candidate("WORKS_FOR", "per:marcel-tremblay", "org:government-of-canada", RULE,
                      0.6, 1)
    other = Candidate("WORKS_FOR", "per:someone-else", "org:cohere", "learned:pair", 0.6, 1)
    kept = no_firm_jobs([learned, ruled, other], {"per:marcel-tremblay"}, kb)
    assert kept == [ruled, other]


@pytest.mark.parametrize("lang,text", [
    ("en", "The UK government backed the plan. Sam Altman, who met the prime minister, said "
           "OpenAI would invest."),
    ("en", "The UK government backed the plan. Rupert Hale, adviser to the prime minister, "
           "praised it."),
    ("pt", "O governo português apoia o projeto. Rui Albuquerque, conselheiro do "
           "primeiro-ministro, elogiou o plano."),
])
def test_a_clause_after_a_name_gives_no_title(lang: str, text: str) -> None:
    assert not {t for t in of(facts(text, lang), "LEADS", "WORKS_FOR")
                if t[2].startswith(("Government", "UK"))}
