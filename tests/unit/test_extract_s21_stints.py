"""Session 21: a job the text tells of as held and then ended ("spent ten years at X",
"previously worked at X", "曾任X副总裁") reads as WORKS_FOR as well as LEFT (the schema's
WORKS_FOR is a job held now or before); "former" wording and a past title stay departures
only. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts


@pytest.mark.parametrize("text,lang,person,org", [
    ("Joelle Brandt, who spent about eight years at Meta, joined Cohere.", "en",
     "Joelle Brandt", "Meta"),
    ("Marie Dupont a passé dix ans chez Google avant de rejoindre Mistral AI.", "fr",
     "Marie Dupont", "Google"),
    ("Anna Schmidt arbeitete zehn Jahre lang bei SAP, bevor sie zu Aleph Alpha wechselte.", "de",
     "Anna Schmidt", "SAP"),
    ("Ravi Menon, who previously worked as a research scientist at OpenAI, founded Perplexity.",
     "en", "Ravi Menon", "OpenAI"),
    ("Mario Rossi in passato ha lavorato presso Google e oggi guida Nexa.", "it",
     "Mario Rossi", "Google"),
])
def test_a_stint_told_as_over_is_a_job_and_a_departure(text: str, lang: str, person: str,
                                                       org: str) -> None:
    found = facts(text, lang)
    assert {(person, "LEFT", org), (person, "WORKS_FOR", org)} <= found


def test_a_post_held_before_in_chinese_is_a_job_and_a_departure() -> None:
    found = facts("MiniMax创始人闫俊杰曾任商汤科技副总裁。", "zh")
    assert {("Yan Junjie", "LEFT", "SenseTime"), ("Yan Junjie", "WORKS_FOR", "SenseTime")} <= found


@pytest.mark.parametrize("text,person,org", [
    ("Former OpenAI researcher Jan Leike joined Anthropic.", "Jan Leike", "OpenAI"),
    ("Sam Altman, the former chief executive of Loopt, now runs OpenAI.", "Sam Altman", "Loopt"),
])
def test_former_wording_stays_a_departure_only(text: str, person: str, org: str) -> None:
    found = facts(text, "en")
    assert (person, "LEFT", org) in found
    assert (person, "WORKS_FOR", org) not in found
