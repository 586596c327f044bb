"""Session 22: German forms the rules missed. A past job told with the verb at the end ("hatte
zuvor bei X gearbeitet") is a job held and ended; a deal agreed with a partner ("einigte sich
mit X auf einen Vertrag") and work with a partner on something ("arbeitet mit X an ...") are
partnerships; a customer named alone ("Zu den Kunden zählt auch X") is one. People the
knowledge base lacks are found in German by the rarity of their words, where every noun is
capitalized too. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts, of


@pytest.mark.parametrize("text,person,orgs", [
    ("Lena Vogt leitet Qdrant. Vogt hatte zuvor beim Suchkonzern Google gearbeitet.",
     "Lena Vogt", {"Google"}),
    ("Jonas Weber, der zuvor bei Palantir gearbeitet hatte, gründete Helsing.",
     "Jonas Weber", {"Palantir"}),
    ("Tobias Brandt wird Chef von Nokia. Zuvor arbeitete Tobias Brandt unter anderem für "
     "Motorola und Ericsson.", "Tobias Brandt", {"Motorola", "Ericsson"}),
    ("Miriam Lang, die früher bei Instacart tätig war, leitet nun das Geschäft.",
     "Miriam Lang", {"Instacart"}),
])
def test_a_past_job_with_the_verb_at_the_end_is_a_job_and_a_departure(
        text: str, person: str, orgs: set[str]) -> None:
    found = facts(text, "de")
    for org in orgs:
        assert {(person, "LEFT", org), (person, "WORKS_FOR", org)} <= found


def test_a_job_held_now_is_no_departure() -> None:
    found = facts("Jonas Weber, der bei Palantir arbeitet, sprach in Berlin.", "de")
    assert not of(found, "LEFT")


@pytest.mark.parametrize("text,pair", [
    ("Sony Music einigte sich im Mai mit Spotify auf einen neuen Lizenzvertrag.",
     ("Sony Music", "Spotify")),
    ("Zugleich arbeitet Siemens mit Nvidia an einer Plattform für Fabriken.",
     ("Siemens", "Nvidia")),
    ("Siemens arbeitet mit Nvidia, das die Chips liefert, an einer Plattform.",
     ("Siemens", "Nvidia")),
    ("Lakera baut Schutzprogramme für Sprachmodelle. Zu den Kunden zählt auch Dropbox.",
     ("Lakera", "Dropbox")),
])
def test_german_partnerships(text: str, pair: tuple[str, str]) -> None:
    found = of(facts(text, "de"), "PARTNERS_WITH")
    assert {tuple(sorted(t[::2])) for t in found} == {tuple(sorted(pair))}


def test_a_partnership_denied_is_none() -> None:
    assert not of(facts("Mistral AI arbeitet nicht mit Google an Modellen.", "de"),
                  "PARTNERS_WITH")


def test_rare_german_names_are_people_and_compound_nouns_are_not() -> None:
    found = entities("Sony zeigte den Prototyp. Am Projekt beteiligt war auch Sharwin "
                     "Raghoebardajal. Der Bildgenerator Imagen und die Industrieholding Aker "
                     "spielten keine Rolle.", "de")
    assert found.get("Sharwin Raghoebardajal") == "Person"
    assert not {"Bildgenerator Imagen", "Industrieholding Aker"} & set(found)


def test_a_founder_the_knowledge_base_lacks_is_found_in_german() -> None:
    found = facts("Gegründet wurde Contextual AI im vergangenen Jahr von Douwe Kiela.", "de")
    assert ("Douwe Kiela", "FOUNDED", "Contextual AI") in found
