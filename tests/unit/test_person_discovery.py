"""Discovery of people the knowledge base lacks, from the given-name list and the name shape.

The names below are invented or ordinary names absent from the knowledge base, so each test
exercises discovery, not the gazetteer.
"""

from __future__ import annotations

import pytest

from extract_helpers import lines


def entities(text: str, lang: str) -> dict[str, str]:
    """name -> type of every entity line of the article."""
    return {line["name"]: line["type"] for line in lines(text, lang) if line["kind"] == "entity"}


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("Emil Sorensen, who runs research at Microsoft, presented the new model on Tuesday.",
     "en", "Emil Sorensen"),
    ("Selon Gaëlle Marchand, directrice technique de Mistral AI, le modèle sera ouvert.",
     "fr", "Gaëlle Marchand"),
    ("Laut Sönke Hartwig, Forschungschef bei Aleph Alpha, ist das Modell schneller.",
     "de", "Sönke Hartwig"),
    ("Según Ximena Castañeda, directora de investigación en Meta, el modelo es abierto.",
     "es", "Ximena Castañeda"),
    ("Microsoft President Kent Walberg testified before the committee.",
     "en", "Kent Walberg"),
])
def test_unknown_given_name_person_is_found(text: str, lang: str, person: str) -> None:
    found = entities(text, lang)
    assert found.get(person) == "Person", found


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("May Meta release its next model before the summer? Nobody at the company would say.",
     "en", "May"),
    ("Grace Blackwell chips power the new cluster that Meta is building.", "en", "Grace"),
    ("Rosa Mistral AI no ha confirmado nada sobre su próximo modelo.", "es", "Rosa"),
    ("Will Anthropic Release Claude Next Year? The question is open.", "en", "Will"),
])
def test_ambiguous_capitalized_word_at_sentence_start_is_no_person(
        text: str, lang: str, word: str) -> None:
    found = entities(text, lang)
    assert not any(name.startswith(word + " ") and type_ == "Person"
                   for name, type_ in found.items()), found


def test_apostrophe_surnames() -> None:
    found = entities("Adam D'Angelo and Niamh O’Connell joined the board of OpenAI in May.", "en")
    assert found.get("Adam D'Angelo") == "Person", found
    assert found.get("Niamh O’Connell") == "Person", found


def test_double_given_names() -> None:
    found = entities("Shan Shan Wong met Kai-Fu Lee and Jean-Baptiste Lemoine in Paris.", "en")
    for person in ("Shan Shan Wong", "Kai-Fu Lee", "Jean-Baptiste Lemoine"):
        assert found.get(person) == "Person", found


def test_particle_surname() -> None:
    found = entities("Le ministre a reçu Pieter van der Brugge, chercheur chez Mistral AI.", "fr")
    assert found.get("Pieter van der Brugge") == "Person", found


def test_following_organization_is_not_swallowed() -> None:
    found = entities("Analysts say Emil Sorensen Microsoft's new hire will lead the lab.", "en")
    assert found.get("Emil Sorensen") == "Person", found
    assert found.get("Microsoft") == "Organization", found


def test_possessive_is_cut() -> None:
    found = entities("Kent Walberg’s team at Google shipped the release.", "en")
    assert found.get("Kent Walberg") == "Person", found
    assert not any("’s" in name for name in found), found


def test_organization_named_after_a_person_is_no_person() -> None:
    found = entities("Researchers at the Alan Turing Institute reviewed the model.", "en")
    assert "Alan Turing" not in found, found


def test_place_before_a_given_name_is_no_person() -> None:
    found = entities("The San Francisco Chronicle reported that OpenAI hired new staff.", "en")
    assert not any(type_ == "Person" for type_ in found.values()), found
