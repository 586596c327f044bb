"""Session 31: German compound descriptors ("der Chipkonzern", "des Softwarekonzerns") point
back to the firm named before them, as "der Konzern" does. Every sentence is written for this file: none is taken from a set."""

from __future__ import annotations

import pytest

from extract_helpers import facts

_STORY = ("Samsung stellt einen neuen Speicherchip vor. Bei Intel läuft es dagegen schlecht. "
          "{phrase} wird seit dem Frühjahr von Finanzchef Carl Mertens geführt.")


@pytest.mark.parametrize("phrase", ["Der Chipkonzern", "Der Konzern", "Der US-Konzern"])
def test_a_compound_konzern_continues_the_firm_named_before(phrase: str) -> None:
    found = facts(_STORY.format(phrase=phrase), "de")
    assert {(s, o) for s, p, o in found if s == "Carl Mertens"} == {("Carl Mertens", "Intel")}


def test_the_genitive_compound_also_continues_it() -> None:
    text = ("Bei Intel läuft es schlecht. Samsung wächst. Die Aktie des Chipkonzerns Intel fiel. "
            "Der Chef des Chipkonzerns, Carl Mertens, will sparen.")
    assert ("Carl Mertens", "LEADS", "Intel") in facts(text, "de")



@pytest.mark.parametrize("text,lang", [
    ("Selon Lena Vogt, de l'Université de Washington, le modèle se trompe souvent.", "fr"),
    ("Según Lena Vogt, de la Universidad de Washington, el modelo se equivoca a menudo.", "es"),
    ("Secondo Lena Vogt, dell'Università di Washington, il modello sbaglia spesso.", "it"),
    ("Laut Lena Vogt, von der University of Washington, irrt das Modell oft.", "de"),
    ("The award was shared with Lena Vogt, of the University of Washington.", "en"),
])
def test_a_person_s_affiliation_in_apposition_with_its_article(text: str, lang: str) -> None:
    assert ("Lena Vogt", "WORKS_FOR", "University of Washington") in facts(text, lang)
