"""Session-9 models and context: bracketed and "Instant" tiers, Mistral generations, openness
stated in an apposition about the models, backers "among the investors", and the subject after a
fronted participle clause carried by "elle". Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Black Forest Labs hat die Gewichte seines Bildmodells FLUX.1 Kontext [dev] "
     "veröffentlicht.", "de", "FLUX.1 Kontext [dev]"),
    ("La nueva versión se ofrece en dos variantes, GPT-5.1 Instant y GPT-5.1 Thinking.", "es",
     "GPT-5.1 Instant"),
    ("Mistral AI a dévoilé Mistral 3 et Ministral 3 mardi.", "fr", "Mistral 3"),
    ("Mistral AI a dévoilé Mistral 3 et Ministral 3 mardi.", "fr", "Ministral 3"),
])
def test_model_members(text: str, lang: str, name: str) -> None:
    assert entities(text, lang).get(name) == "Model"


def test_a_sized_mistral_model_is_not_a_generation() -> None:
    found = entities("Mistral 7B came first; Mistral 3.1 came later.", "en")
    assert "Mistral 7B" in found and "Mistral 3.1" in found
    assert "Mistral 7" not in found


def test_openness_in_an_apposition_about_the_models() -> None:
    found = facts("Mistral AI a dévoilé mardi Mistral 3, une nouvelle famille de modèles dont "
                  "toutes les déclinaisons sont publiées en poids ouverts sous licence Apache 2.0.",
                  "fr")
    assert ("Mistral AI", "OPEN_SOURCED", "Mistral 3") in found


def test_a_comma_clause_about_something_else_keeps_a_release_closed() -> None:
    found = facts("Google released Gemini 2.0 Flash, while Meta published Llama weights openly "
                  "under a permissive licence.", "en")
    assert ("Google", "OPEN_SOURCED", "Gemini 2.0 Flash") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Mistral AI a levé 1,7 milliard. Nvidia et Bpifrance figuraient aussi parmi les "
     "investisseurs.", "fr"),
    ("Mistral AI raised money. Nvidia and Bpifrance were also among the investors.", "en"),
])
def test_backers_among_the_investors(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("Nvidia", "INVESTS_IN", "Mistral AI") in found
    assert ("Bpifrance", "INVESTS_IN", "Mistral AI") in found


def test_elle_after_a_fronted_participle_clause_is_the_main_subject() -> None:
    found = facts("Mistral AI a dévoilé Mistral 3 mardi. Fondée en 2023 par Arthur Mensch, passé "
                  "par Google DeepMind, la société est dirigée par Arthur Mensch. En septembre, "
                  "elle a levé 1,7 milliard d'euros lors d'un tour de table mené par ASML.", "fr")
    assert ("ASML", "INVESTS_IN", "Mistral AI") in found
    assert ("ASML", "INVESTS_IN", "Google DeepMind") not in found


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("It builds on LLaMA, the model Meta released to researchers in February.", "en",
     ("Meta", "RELEASED", "Llama")),
    ("Il s'appuie sur LLaMA, le modèle de 30 milliards de paramètres que Meta a diffusé en "
     "février.", "fr", ("Meta", "RELEASED", "Llama")),
    ("Si basa su Llama 2, il modello che Meta ha pubblicato a luglio.", "it",
     ("Meta", "RELEASED", "Llama 2")),
    ("Se basa en Llama 2, el modelo que Meta lanzó en julio.", "es",
     ("Meta", "RELEASED", "Llama 2")),
])
def test_a_model_described_as_the_one_a_lab_released(text: str, lang: str,
                                                     triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_apache_2_0_is_an_open_licence_after_masking() -> None:
    found = facts("It uses Mistral 7B, the model that the Paris start-up Mistral AI published in "
                  "September under the Apache 2.0 licence.", "en")
    assert ("Mistral AI", "OPEN_SOURCED", "Mistral 7B") in found


def test_a_model_another_firm_offers_is_not_its_release() -> None:
    found = facts("It runs on Claude, the model that Amazon offers on Bedrock.", "en")
    assert ("Amazon", "RELEASED", "Claude") not in found
