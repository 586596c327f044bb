"""Case-folded twins: they may only make scans faster, never change what a rule or cue finds."""

from __future__ import annotations

import re

import pytest

from stratgraph.ingest import langdata
from stratgraph.ingest.folding import folded_source, lowered
from stratgraph.ingest.learned.features import cues

SENTENCES = {
    "en": "@P0@, the Chief Executive of @O1@, said the company RELEASED @M2@ with Open Weights.",
    "fr": "Le PDG d'@O0@, @P1@, a Annoncé que la start-up publiait @M2@ en open source.",
    "de": "Der Gründer von @O0@, @P1@, verließ das Unternehmen; @O2@ ist ein Konkurrent.",
    "it": "L'AD di @O0@, @P1@, ha detto che l'amministratore delegato di @O2@ lo ha lasciato.",
    "es": "El consejero delegado de @O0@, @P1@, FICHÓ por @O2@ tras años de rivalidad.",
    "pt": "A @O0@, fundada por @P1@, compete com a @O2@ e lançou o @M3@.",
    "zh": "@O0@首席执行官@P1@表示，公司已开源@M2@。",
}


def test_folding_keeps_escapes_and_group_syntax() -> None:
    assert folded_source(r"(?P<s>@P\d+@)\s+LED\W(?P=s)") == r"(?P<s>@p\d+@)\s+led\W(?P=s)"
    assert folded_source(r"(?-i:AD)|amministratore") is None  # case matters inside: no twin
    assert folded_source(r"\N{LATIN CAPITAL LETTER A}") == r"\N{LATIN CAPITAL LETTER A}"


def test_lowered_refuses_text_whose_length_would_change() -> None:
    assert lowered("OpenAI Released") == "openai released"
    assert lowered("İstanbul") is None  # "İ" lowers to two characters: offsets would shift


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_twins_find_what_their_patterns_find(lang: str) -> None:
    data = langdata.load(lang)
    text = SENTENCES[lang]
    low = lowered(text)
    assert low is not None
    checked = 0
    for rule in data.rules:
        for pattern, twin in zip(rule.patterns, rule.twins):
            if twin is not None:
                checked += 1
                assert (pattern.search(text) is None) == (twin.search(low) is None), rule.name
    for cue in data.fallback:
        if cue.twin is not None:
            checked += 1
            assert [m.span() for m in cue.pattern.finditer(text)] == \
                [m.span() for m in cue.twin.finditer(low)], cue.name
    table = cues(lang)
    for name, pattern in [*table.spans, *table.stances]:
        assert [m.span() for m in pattern.finditer(text)] == \
            [m.span() for m in table.finditer(name, pattern, text, low)], name
    assert checked > 100


def test_the_italian_capitals_only_abbreviation_keeps_its_case() -> None:
    table = cues("it")
    pattern = dict(table.spans)["LEAD_ROLE"]
    assert "LEAD_ROLE" not in table.folded  # it holds "(?-i:AD)"
    text = "Lo ha detto l'AD, non l'ad hoc comitato."
    spans = [text[m.start():m.end()] for m in
             table.finditer("LEAD_ROLE", pattern, text, lowered(text))]
    assert spans == ["AD"]


def test_a_rule_built_without_twins_still_runs_its_patterns() -> None:
    rule = langdata.Rule("r", "LEADS", [re.compile("x")])
    assert rule.twins == [None]
