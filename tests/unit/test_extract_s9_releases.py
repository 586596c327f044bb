"""Session-9 releases: a model "made available" or "opened to the public", and a lab that
"distributes" its models with open weights. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Google made Gemini 2.0 Flash available to developers on Wednesday.", "en"),
    ("Google a rendu Gemini 2.0 Flash disponible pour les développeurs mercredi.", "fr"),
    ("Google stellt Gemini 2.0 Flash ab sofort Entwicklern zur Verfügung.", "de"),
    ("Google macht Gemini 2.0 Flash ab sofort für alle verfügbar.", "de"),
    ("Google ha reso Gemini 2.0 Flash disponibile agli sviluppatori.", "it"),
    ("O Google tornou o Gemini 2.0 Flash disponível para desenvolvedores.", "pt"),
    ("Google hizo Gemini 2.0 Flash disponible para los desarrolladores.", "es"),
])
def test_making_a_model_available_releases_it(text: str, lang: str) -> None:
    assert ("Google", "RELEASED", "Gemini 2.0 Flash") in facts(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("OpenAI opened Sora to the public on Monday.", "en"),
    ("OpenAI a ouvert Sora au grand public lundi.", "fr"),
    ("OpenAI abrió Sora al público el lunes.", "es"),
    ("A OpenAI abriu nesta segunda-feira ao público o Sora, seu gerador de vídeos.", "pt"),
    ("OpenAI ha aperto Sora al pubblico lunedì.", "it"),
])
def test_opening_a_model_to_the_public_releases_it(text: str, lang: str) -> None:
    assert ("OpenAI", "RELEASED", "Sora") in facts(text, lang)


def test_a_model_not_made_available_is_no_release() -> None:
    found = facts("Google has not made Gemini Ultra available to developers.", "en")
    assert ("Google", "RELEASED", "Gemini Ultra") not in found


def test_opening_an_office_is_no_release() -> None:
    found = facts("OpenAI opened an office in Paris, its third in Europe.", "en")
    assert not [f for f in found if f[1] == "RELEASED"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Meta distributes its Llama models with open weights.", "en"),
    ("Meta distribue ses modèles Llama avec des poids ouverts.", "fr"),
    ("Meta distribuisce i suoi modelli Llama con pesi aperti.", "it"),
])
def test_distributing_models_with_open_weights_open_sources_them(text: str, lang: str) -> None:
    assert ("Meta", "OPEN_SOURCED", "Llama") in facts(text, lang)


def test_a_coordinated_italian_clause_ends_the_release_list() -> None:
    found = facts("Meta distribuisce i suoi modelli Llama con pesi aperti, e ha integrato "
                  "l'assistente Meta AI in WhatsApp e Instagram.", "it")
    assert ("Meta", "OPEN_SOURCED", "Llama") in found
    assert not [f for f in found if f[1] == "OPEN_SOURCED" and f[2] in ("WhatsApp", "Instagram")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Meta a annoncé jeudi le déploiement de son assistant Meta AI dans 41 pays.", "fr"),
    ("Meta announced the rollout of its assistant Meta AI across Europe.", "en"),
])
def test_announcing_the_rollout_of_its_product_releases_it(text: str, lang: str) -> None:
    assert ("Meta", "RELEASED", "Meta AI") in facts(text, lang)


def test_a_model_put_in_free_access_is_open_sourced() -> None:
    assert ("Meta", "OPEN_SOURCED", "MusicGen") in facts(
        "Meta a mis en libre accès MusicGen l'an dernier.", "fr")
