"""Open models named in passing (`ingest/open_lists.py`): "open models such as Llama 2 from
Meta" says Meta open-sourced Llama 2, not only that it develops it. Sentences written for
this file; the promotion must not fire on closed models, plans or negations."""

from __future__ import annotations

import pytest

from extract_helpers import facts, of


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Banks now compare open models such as Mistral 7B and Meta's Llama 3.1 with GPT-4o.", "en",
     ("Meta", "Llama 3.1")),
    ("The start-up fine-tunes Gemma 2, the open-weight model family from Google, for lawyers.",
     "en", ("Google", "Gemma 2")),
    ("Les hôpitaux testent des modèles ouverts comme Llama 3 de Meta ou Qwen2.5 d'Alibaba.", "fr",
     ("Alibaba", "Qwen2.5")),
    ("Die Behörde setzt auf offene Modelle wie Llama 2 von Meta oder Falcon vom Technology "
     "Innovation Institute.", "de", ("Technology Innovation Institute", "Falcon")),
    ("La empresa usa modelos abiertos como Llama 4, de Meta, en sus centros de datos.", "es",
     ("Meta", "Llama 4")),
    ("Il laboratorio ha confrontato due modelli a pesi aperti, Llama 3 70B di Meta e un "
     "modello interno.", "it", ("Meta", "Llama 3 70B")),
])
def test_an_open_model_named_in_passing_was_open_sourced(text: str, lang: str,
                                                          pair: tuple[str, str]) -> None:
    found = facts(text, lang)
    assert (pair[0], "OPEN_SOURCED", pair[1]) in found
    assert (pair[0], "DEVELOPS", pair[1]) not in found


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Open models such as Mistral 7B trail OpenAI's GPT-4o on most tests.", "en",
     ("OpenAI", "GPT-4o")),
    ("Meta's Llama 3 and OpenAI's GPT-4o were both tested by the agency.", "en",
     ("Meta", "Llama 3")),
    ("Meta ne publiera pas de modèle ouvert Llama 5 cette année.", "fr", ("Meta", "Llama 5")),
])
def test_a_model_outside_the_open_phrase_keeps_its_reading(text: str, lang: str,
                                                           pair: tuple[str, str]) -> None:
    assert (pair[0], "OPEN_SOURCED", pair[1]) not in facts(text, lang)
