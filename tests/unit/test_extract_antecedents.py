"""What "the company" / "la société" / "l'entreprise" points to in two shapes news uses often.

1. A fronted participle clause describing the founders ("Founded in 2023 by A and B, former
   researchers at X and Y, the company ..."): X and Y are the founders' former employers, never
   the company; the company is the article's topic, else nothing.
2. A product as the subject with a rival named only as a comparison ("M, unlike X's model,
   ..., and the company ..."): the company is the product's owner, not X.

Every sentence is written for this file.
"""

from __future__ import annotations

import pytest

from stratgraph.ingest.pipeline import extract_article
from stratgraph.ingest.records import Record

Triple = tuple[str, str, str]


def facts(text: str, lang: str, title: str | None = None) -> set[Triple]:
    rows = extract_article(Record(id="t", text=text, title=title, lang=lang,
                                  published="2025-05-01"), learned=False)
    return {(r["subject"]["name"], r["predicate"], r["object"]["name"])
            for r in rows if r["kind"] == "fact"}


FOUNDED_SHAPE = [
    ("en", "Helix Labs raises $50 million",
     "Helix Labs raised $50 million on Tuesday. Founded in 2023 by Anna Berg and Tom Ruiz, "
     "former researchers at Google DeepMind and Meta, the company now employs 40 people."),
    ("fr", "Helix Labs lève 50 millions",
     "Helix Labs a levé 50 millions de dollars mardi. Fondée en 2023 par Anna Berg et Tom "
     "Ruiz, anciens chercheurs de Google DeepMind et de Meta, la société emploie aujourd'hui "
     "40 personnes."),
    ("es", None,
     "Helix Labs levantó 50 millones de dólares el martes. Fundada en 2023 por Anna Berg y Tom "
     "Ruiz, antiguos investigadores de Google DeepMind y de Meta, la empresa emplea hoy a 40 "
     "personas."),
    ("de", None,
     "Helix Labs hat am Dienstag 50 Millionen Dollar eingesammelt. Gegründet 2023 von Anna Berg "
     "und Tom Ruiz, ehemaligen Forschern bei Google DeepMind und Meta, beschäftigt das "
     "Unternehmen heute 40 Menschen."),
]


@pytest.mark.parametrize(("lang", "title", "text"), FOUNDED_SHAPE)
def test_fronted_founders_clause_points_to_topic(lang: str, title: str | None,
                                                 text: str) -> None:
    found = facts(text, lang, title)
    expected = {("Anna Berg", "FOUNDED", "Helix Labs"), ("Tom Ruiz", "FOUNDED", "Helix Labs"),
                ("Anna Berg", "LEFT", "Google DeepMind"), ("Anna Berg", "LEFT", "Meta"),
                ("Tom Ruiz", "LEFT", "Google DeepMind"), ("Tom Ruiz", "LEFT", "Meta")}
    assert {t for t in found if t[1] in ("FOUNDED", "LEFT")} == expected
    for wrong in ("Meta", "Google DeepMind"):
        assert ("Anna Berg", "FOUNDED", wrong) not in found
        assert ("Tom Ruiz", "FOUNDED", wrong) not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Founded in 2023 by Anna Berg and Tom Ruiz, former researchers at Google DeepMind "
           "and Meta, the company now employs 40 people."),
    ("fr", "Fondée en 2023 par Anna Berg et Tom Ruiz, anciens chercheurs de Google DeepMind et "
           "de Meta, l'entreprise emploie aujourd'hui 40 personnes."),
    ("de", "Gegründet 2023 von Anna Berg und Tom Ruiz, ehemaligen Forschern bei Google DeepMind "
           "und Meta, hat das Unternehmen 50 Millionen Dollar von Sequoia erhalten."),
])
def test_fronted_founders_clause_without_topic_founds_nothing(lang: str, text: str) -> None:
    """No earlier company: better no FOUNDED at all than one about a former employer."""
    found = facts(text, lang)
    assert not {t for t in found if t[1] == "FOUNDED"}


def test_subject_before_the_phrase_still_wins_after_fronted_clause() -> None:
    found = facts("Founded in 2021 by former OpenAI staff, Anthropic said the company had "
                  "hired Lena Ortiz as general counsel.", "en")
    assert ("Lena Ortiz", "WORKS_FOR", "Anthropic") in found
    assert ("Lena Ortiz", "WORKS_FOR", "OpenAI") not in found


def test_product_subject_with_comparison_hires_for_owner() -> None:
    found = facts("Anthropic hired a new policy chief. Claude 4, unlike Meta's Llama, keeps "
                  "its weights private, and the company hired Lena Ortiz as general counsel.",
                  "en")
    assert ("Lena Ortiz", "WORKS_FOR", "Anthropic") in found
    assert ("Lena Ortiz", "WORKS_FOR", "Meta") not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Claude 4, unlike Meta's Llama, keeps its weights private, and the company "
           "partnered with Amazon on chips."),
    ("en", "Claude 4, unlike Meta's Llama, keeps its weights private. The company raised "
           "$3 billion from Amazon."),
    ("fr", "Claude 4, contrairement au Llama de Meta, garde ses poids fermés, et "
           "l'entreprise s'est associée à Amazon pour ses puces."),
    ("de", "Claude 4 ist anders als Llama von Meta nicht offen, und das Unternehmen "
           "arbeitet mit Amazon bei Chips zusammen."),
])
def test_comparison_rival_is_never_the_company(lang: str, text: str) -> None:
    found = facts(text, lang)
    assert ("Meta", "DEVELOPS", "Llama") in found
    assert not {t for t in found if "Meta" in (t[0], t[2]) and "Amazon" in (t[0], t[2])}


def test_fronted_clause_without_founders_keeps_its_organization() -> None:
    """No founders in the fronted clause: its organization may well be "the company"."""
    found = facts("Microsoft is expanding its AI research. Created by Microsoft in 2019, the "
                  "research unit has 80 staff, and the company hired Lena Ortiz as general "
                  "counsel.", "en")
    assert ("Lena Ortiz", "WORKS_FOR", "Microsoft") in found


def test_french_product_subject_with_comparison_hires_for_owner() -> None:
    found = facts("Anthropic recrute. Claude 4, contrairement au Llama de Meta, reste fermé, et "
                  "l'entreprise a recruté Lena Ortiz comme directrice juridique.", "fr")
    assert ("Lena Ortiz", "WORKS_FOR", "Anthropic") in found
    assert ("Lena Ortiz", "WORKS_FOR", "Meta") not in found
