"""Session-8 influence and stances: a release read as a reply to a rival, a French reaction
to a rival's success, an Italian cleft ("È stato il successo di X a spingere Y"), and weights
kept back as a closed stance. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Cohere released a new model, a move analysts read as a reply to the popularity of open "
     "models from Mistral AI.", "en", ("Mistral AI", "INFLUENCED", "Cohere")),
    ("Aleph Alpha a réagi au succès de Mistral AI en publiant un modèle ouvert.", "fr",
     ("Mistral AI", "INFLUENCED", "Aleph Alpha")),
    ("È stato il successo di Mistral AI a spingere Aleph Alpha a cambiare strategia.", "it",
     ("Mistral AI", "INFLUENCED", "Aleph Alpha")),
    ("È stato il successo di ChatGPT a spingere Kakao ad accelerare.", "it",
     ("OpenAI", "INFLUENCED", "Kakao")),
])
def test_influence(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "firm"), [
    ("Like every Claude model, it is proprietary: its weights are not published.", "en",
     "Anthropic"),
    ("Sora 2 reste un modèle propriétaire dont les poids ne sont pas publiés.", "fr", "OpenAI"),
    ("Die Gewichte des Modells hält Cohere unter Verschluss.", "de", "Cohere"),
    ("Como el resto de modelos de Cohere, es cerrado: sus pesos no se publican.", "es",
     "Cohere"),
    ("Come gli altri modelli di OpenAI, GPT-4.1 non è scaricabile.", "it", "OpenAI"),
    ("Como os outros modelos da Cohere, segue fechado: seus pesos não são divulgados.", "pt",
     "Cohere"),
])
def test_weights_kept_back_are_a_closed_stance(text: str, lang: str, firm: str) -> None:
    assert (firm, "SUPPORTS", "closed models") in facts(text, lang)


def test_published_weights_are_no_closed_stance() -> None:
    found = facts("Cohere said the weights are published under an open licence.", "en")
    assert ("Cohere", "SUPPORTS", "closed models") not in found


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Command R is widely seen as Cohere's answer to OpenAI's GPT-4.", "en",
     ("OpenAI", "INFLUENCED", "Cohere")),
    ("Das Modell gilt als Cohere-Antwort auf GPT-4. Es gilt als Metas Antwort auf Sora.", "de",
     ("OpenAI", "INFLUENCED", "Meta")),
    ("Deux jours après le lancement de Claude 3, d'Anthropic, Google a riposté.", "fr",
     ("Anthropic", "INFLUENCED", "Google")),
    ("Un día después del anuncio de Anthropic, OpenAI contraatacó con una oferta gratuita.",
     "es", ("Anthropic", "INFLUENCED", "OpenAI")),
    ("Google ha tagliato i prezzi, una risposta diretta al lancio di GPT-4o mini.", "it",
     ("OpenAI", "INFLUENCED", "Google")),
    ("通义千问被视为阿里对ChatGPT热潮的正面回应。", "zh", ("OpenAI", "INFLUENCED", "Alibaba")),
])
def test_answers_and_retorts(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Cohere et xAI, eux, réservent leurs modèles phares à leurs propres services.", "fr",
     ("Cohere", "SUPPORTS", "closed models")),
    ("Cohere, which keeps Command A closed and sells access through an API, declined.", "en",
     ("Cohere", "SUPPORTS", "closed models")),
    ("Poolside, the start-up that publishes many of its models openly, disagreed.", "en",
     ("Poolside", "SUPPORTS", "open-weight release")),
    ("Cohere ha hecho de la seguridad su seña de identidad.", "es",
     ("Cohere", "SUPPORTS", "AI safety priority")),
    ("Aleph Alpha wirbt gezielt mit seinem Fokus auf Sicherheit.", "de",
     ("Aleph Alpha", "SUPPORTS", "AI safety priority")),
])
def test_stances_in_prose(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_foil_keeps_no_closed_stance() -> None:
    found = facts("Unlike Meta, Cohere keeps its models closed.", "en")
    assert ("Meta", "SUPPORTS", "closed models") not in found
