"""Session 29: Alphabet is its own organization, the parent of Google and of its other bets
(Waymo, Verily, Isomorphic Labs...), not a spelling of Google: articles name it for the
holding's own chief, shares and stakes; Microsoft Research and the Toyota Research Institute are
units of their firms for the same reason. A person titled chief of two firms joined by "and" leads
both; weights withheld and rivals named in apposition (see each test).
Every sentence is written for this file: none is taken from a set."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts, of
from stratgraph.ingest.kb import get_kb


def test_alphabet_is_googles_parent_not_its_alias() -> None:
    kb = get_kb()
    assert kb.entities["org:alphabet"].name == "Alphabet"
    assert "Alphabet" not in kb.entities["org:google"].aliases
    assert kb.parent_or_unit("org:alphabet", "org:google")
    assert kb.parent_or_unit("org:waymo", "org:alphabet")
    named = entities("Alphabet shares fell while Google hired more engineers.", "en")
    assert named.get("Alphabet") == named.get("Google") == "Organization"


@pytest.mark.parametrize("lab,parent", [("Microsoft Research", "org:microsoft"),
                                        ("Toyota Research Institute", "org:toyota")])
def test_a_corporate_research_lab_is_a_unit_of_its_firm(lab: str, parent: str) -> None:
    text = f"Dana Whitfield, a researcher at {lab}, spoke about robots and batteries."
    assert ("Dana Whitfield", "WORKS_FOR", lab) in facts(text, "en")
    kb = get_kb()
    unit = next(e.id for e in kb.entities.values() if e.name == lab)
    assert kb.parent_or_unit(unit, parent)


@pytest.mark.parametrize("text,lang", [
    ("Sundar Pichai, the chief executive of Google and Alphabet, spoke at the event.", "en"),
    ("Sundar Pichai, le PDG de Google et d’Alphabet, a pris la parole mardi.", "fr"),
    ("Sundar Pichai, consejero delegado de Google y de Alphabet, habló el martes.", "es"),
])
def test_a_chief_of_two_firms_leads_both(text: str, lang: str) -> None:
    assert of(facts(text, lang), "LEADS") == {("Sundar Pichai", "LEADS", "Google"),
                                              ("Sundar Pichai", "LEADS", "Alphabet")}


def test_a_second_firm_that_opens_a_new_subject_is_not_led() -> None:
    text = "Sundar Pichai, chief executive of Google and Microsoft's Satya Nadella spoke."
    assert ("Sundar Pichai", "LEADS", "Microsoft") not in facts(text, "en")


CLOSED = "closed models"


@pytest.mark.parametrize("text,lang,firms", [
    ("A Stability AI e a Cohere vendem os seus modelos a bancos sem publicar os pesos.", "pt",
     {"Stability AI", "Cohere"}),
    ("Anthropic propose Claude aux entreprises et aux administrations, sans en publier les poids.",
     "fr", {"Anthropic"}),
    ("Google vende l'accesso a Gemini alle aziende senza rendere pubblici i suoi pesi.", "it",
     {"Google"}),
])
def test_selling_models_without_publishing_weights_is_a_closed_stance(
        text: str, lang: str, firms: set[str]) -> None:
    assert of(facts(text, lang), "SUPPORTS") == {(firm, "SUPPORTS", CLOSED) for firm in firms}


@pytest.mark.parametrize("text,lang,firm", [
    ("Cohere presentó Aya Vision. Como los demás modelos de la casa, es cerrado: sus pesos no se "
     "publican.", "es", "Cohere"),
    ("Amazon ha presentato Nova Premier. Come gli altri modelli del gruppo, non è scaricabile.",
     "it", "Amazon"),
])
def test_a_sentence_naming_no_firm_keeps_the_firm_in_context_closed(
        text: str, lang: str, firm: str) -> None:
    assert (firm, "SUPPORTS", CLOSED) in facts(text, lang)


@pytest.mark.parametrize("text,lang,firm,model", [
    ("Anthropic launched Claude Opus 4 without publishing its weights.", "en", "Anthropic",
     "Claude Opus 4"),
    ("Mistral AI a publié Mistral Medium 3 sans en diffuser les poids.", "fr", "Mistral AI",
     "Mistral Medium 3"),
])
def test_a_release_without_its_weights_is_a_closed_release(
        text: str, lang: str, firm: str, model: str) -> None:
    found = facts(text, lang)
    assert (firm, "RELEASED", model) in found  # "without" negates no release ...
    assert (firm, "OPEN_SOURCED", model) not in found  # ... and "its weights" opens nothing
    assert (firm, "SUPPORTS", CLOSED) in found


def test_an_open_licence_before_without_still_opens() -> None:
    text = "Meta released Llama 3 under an open licence without charging developers."
    assert ("Meta", "OPEN_SOURCED", "Llama 3") in facts(text, "en")


@pytest.mark.parametrize("text,lang,pair", [
    ("Salesforce added agents to its CRM. Microsoft, a direct rival in business software, did "
     "the same.", "en", ("Salesforce", "Microsoft")),
    ("SAP stellte Joule vor. Oracle, ein direkter Konkurrent, zog im Herbst nach.", "de",
     ("SAP", "Oracle")),
])
def test_a_rival_in_apposition_competes_with_the_firm_in_context(
        text: str, lang: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "COMPETES_WITH", pair[1]) in facts(text, lang)


def test_a_rival_of_a_named_firm_is_not_the_context_firms_rival() -> None:
    text = "Nvidia reported record sales. AMD, a rival of Intel, reported its own figures."
    found = of(facts(text, "en"), "COMPETES_WITH")
    assert ("AMD", "COMPETES_WITH", "Intel") in found
    assert not {t for t in found if "Nvidia" in t}


@pytest.mark.parametrize("text,lang", [
    ("Cohere cut its prices. Its models compete directly with those of OpenAI and Google.", "en"),
    ("Cohere a baissé ses prix. Ses modèles rivalisent avec ceux d'OpenAI et de Google.", "fr"),
])
def test_its_models_compete_with_those_of_others(text: str, lang: str) -> None:
    assert of(facts(text, lang), "COMPETES_WITH") == {("Cohere", "COMPETES_WITH", "OpenAI"),
                                                      ("Cohere", "COMPETES_WITH", "Google")}


@pytest.mark.parametrize("text,want", [
    ("Amazon shipped Nova Act. The launch pits Amazon more directly against OpenAI.",
     ("Amazon", "COMPETES_WITH", "OpenAI")),
    ("The contract puts Oracle in direct competition with Microsoft.",
     ("Oracle", "COMPETES_WITH", "Microsoft")),
    ("Cohere led the ranking, ahead of Mistral AI, which Cohere regards as its closest rival.",
     ("Cohere", "COMPETES_WITH", "Mistral AI")),
])
def test_pitted_against_and_regarded_as_a_rival(text: str, want: tuple) -> None:
    assert want in facts(text, "en")


def test_a_department_director_works_for_the_firm() -> None:
    text = "Marta Ruiz, a research director at Meta, spoke at the conference."
    assert of(facts(text, "en"), "WORKS_FOR", "LEADS") == {("Marta Ruiz", "WORKS_FOR", "Meta")}


@pytest.mark.parametrize("text,sued,plaintiffs", [
    ("A group of newspapers sued Cohere on Thursday. The suit was brought by outlets including "
     "Forbes and Politico.", "Cohere", {"Forbes", "Politico"}),
    ("Universal Music Group sued Suno in June. The case was filed on behalf of Sony Music and "
     "Warner Records.", "Suno", {"Sony Music", "Warner Records"}),
])
def test_listed_plaintiffs_criticize_the_firm_sued(text: str, sued: str,
                                                   plaintiffs: set[str]) -> None:
    found = of(facts(text, "en"), "CRITICIZED")
    assert {(p, "CRITICIZED", sued) for p in plaintiffs} <= found
    assert not {t for t in found if t[2] in plaintiffs}  # no plaintiff sues another


@pytest.mark.parametrize("text,lang", [
    ("Elon Musk, who is also the chief executive of Tesla, said the robots were ready.", "en"),
    ("Elon Musk, qui est aussi le patron de Tesla, a parlé mardi.", "fr"),
    ("Elon Musk, que es también consejero delegado de Tesla, habló el martes.", "es"),
])
def test_who_is_also_the_chief_of_a_firm_leads_it(text: str, lang: str) -> None:
    assert ("Elon Musk", "LEADS", "Tesla") in facts(text, lang)


def test_who_is_a_senior_director_leads_nothing() -> None:
    text = "Elon Musk, who is a senior director of Tesla, said so."
    assert of(facts(text, "en"), "LEADS") == set()
