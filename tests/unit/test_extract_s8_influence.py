"""Session-8 influence: a release read as a reply to a rival, a French reaction to a rival's
success and an Italian cleft ("È stato il successo di X a spingere Y"). Every sentence is
written for this file."""

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
