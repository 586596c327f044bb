"""Session-13 name shapes, with sentences written for this file: an acronym after an
institute-like noun is an organization ("the institute INSAIT", "Forschungsinstitut INSAIT"),
German text keeps English institute names ("das Arc Institute"), a name ending in GPT or LM is
a model ("BgGPT"), and a whole-number version makes a model of a known model ("OLMo 3"), of a
known lab with a "V" ("Midjourney V6") or of a rare word in a sentence about models
("Hermes 3"), while "Windows 11", "Phase 2" or "Pixel 9" stay words."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts


@pytest.mark.parametrize(("text", "lang", "name", "type_"), [
    ("The Sofia institute INSAIT trained a Bulgarian model.", "en", "INSAIT", "Organization"),
    ("Das Sofioter Forschungsinstitut INSAIT hat ein Modell trainiert.", "de", "INSAIT",
     "Organization"),
    ("L'institut INSAIT a entraîné un modèle bulgare.", "fr", "INSAIT", "Organization"),
    ("El instituto INSAIT entrenó un modelo búlgaro.", "es", "INSAIT", "Organization"),
    ("L'istituto INSAIT ha addestrato un modello bulgaro.", "it", "INSAIT", "Organization"),
    ("Das Arc Institute aus Palo Alto hat ein Genommodell trainiert.", "de", "Arc Institute",
     "Organization"),
    ("The ministry backs BgGPT, a Bulgarian chatbot.", "en", "BgGPT", "Model"),
    ("Researchers in Kyiv built MamayLM for Ukrainian.", "en", "MamayLM", "Model"),
    ("Ai2 trained OLMo 3 on more languages than before.", "en", "OLMo 3", "Model"),
    ("Midjourney a lancé Midjourney V6 en décembre.", "fr", "Midjourney V6", "Model"),
    ("Nous Research shipped the Hermes 3 model family in August.", "en", "Hermes 3", "Model"),
    ("Le modèle Genie 2 génère des mondes en trois dimensions.", "fr", "Genie 2", "Model"),
])
def test_the_name_is_found_and_typed(text: str, lang: str, name: str, type_: str) -> None:
    assert entities(text, lang).get(name) == type_


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("The Phase 2 trial of the model ended in May, Windows 11 users said.", "en", "Phase 2"),
    ("The Phase 2 trial of the model ended in May, Windows 11 users said.", "en", "Windows 11"),
    ("Google's Pixel 9 runs the Gemini Nano model.", "en", "Pixel 9"),
    ("Das Institut hat den Bericht im Mai veröffentlicht.", "de", "Institut"),
])
def test_a_common_word_with_a_number_is_no_model(text: str, lang: str, word: str) -> None:
    assert word not in entities(text, lang)


def test_the_versioned_model_keeps_its_known_maker() -> None:
    found = facts("Ai2 trained OLMo 3 on more languages than before.", "en")
    assert ("Allen Institute for AI", "DEVELOPS", "OLMo 3") in found


def test_the_institute_releases_its_model() -> None:
    assert ("INSAIT", "RELEASED", "BgGPT") in facts(
        "The Sofia institute INSAIT released BgGPT in March.", "en")


def test_a_german_noun_after_a_descriptor_is_no_firm() -> None:
    found = entities("Das Labor unter Leitung von Demis Hassabis hat ein Modell vorgestellt.",
                     "de")
    assert "Leitung" not in found


def test_a_pinyin_given_name_before_a_chinese_surname_is_a_person() -> None:
    found = entities("Dopo la partenza di Pang la guida è passata a Zhifeng Chen, ex ricercatore "
                     "di Google.", "it")
    assert found.get("Zhifeng Chen") == "Person"


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("La banque singapourienne UOB va supprimer des postes.", "fr", "UOB"),
    ("The lender KCBX will cut 400 roles, its chief said.", "en", "KCBX"),
    ("Motorola unveiled a new Razr phone with Perplexity built in.", "en", "Motorola"),
    ("Die Commonwealth Bank of Australia nimmt Kündigungen zurück.", "de",
     "Commonwealth Bank of Australia"),
])
def test_banks_and_device_makers_are_firms(text: str, lang: str, name: str) -> None:
    assert entities(text, lang).get(name) == "Organization"


@pytest.mark.parametrize(("text", "name"), [
    ("Das Unternehmen hat er gemeinsam mit Johannes Hagemann gegründet.", "Johannes Hagemann"),
    ("Wissenschaftlicher Leiter ist Jan Kocoń von der Breslauer Hochschule.", "Jan Kocoń"),
    ("General Markus Laubenthal, Stabschef im Hauptquartier, sagte das.", "Markus Laubenthal"),
    ("Geschäftsführer ist Borislav Petrov.", "Borislav Petrov"),
])
def test_german_people_are_found_whole_and_alone(text: str, name: str) -> None:
    """"mit" is no MIT, "von der Breslauer" no part of a name, "General" a title."""
    assert entities(text, "de").get(name) == "Person"


def test_known_people_are_found_by_their_chinese_names() -> None:
    found = entities("Meta挖走了OpenAI研究员赵晟佳。阶跃星辰创始人姜大昕表示欢迎竞争。", "zh")
    assert found.get("Shengjia Zhao") == "Person" and found.get("Jiang Daxin") == "Person"
