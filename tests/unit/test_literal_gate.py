"""Literal gates may only skip searches that would find nothing, never change a fact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import stratgraph.ingest
from stratgraph.ingest import langdata, literal_gate
from stratgraph.ingest.learned import features
from stratgraph.ingest.folding import lowered
from stratgraph.ingest.literal_gate import further_gates_of, gate_of, passes
from stratgraph.ingest.pipeline import analyse, extract_article
from stratgraph.ingest.records import read_inputs

SAMPLES = Path(stratgraph.ingest.__file__).parent / "samples"


def test_a_required_word_is_the_gate() -> None:
    assert gate_of(r"@o\d+@\s+acquired\s+@o\d+@") == ("acquired",)


def test_each_alternative_gives_a_string_and_contained_strings_collapse() -> None:
    gate = gate_of(r"(?:founded|found|set\s+up)\s+by")
    assert gate is not None and set(gate) == {"found", "set"}


def test_the_most_selective_required_part_wins() -> None:
    assert gate_of(r"of\s+the\s+(?:chief\s+executive|boss)") == ("executive", "boss")


def test_optional_parts_and_short_strings_make_no_gate() -> None:
    assert gate_of(r"@o\d+@(?:\s+acquired)?\s+@o\d+@") is None  # only "@o": too common
    assert gate_of(r"(?:co-)?founder") == ("founder",)
    assert gate_of(r"(?:de|du)\s+@o\d+@") is None
    assert gate_of(r"(?:acquired|[a-z]+ed)\s+by") is None  # one alternative has no literal


def test_inline_flags_and_conditionals_leave_a_pattern_ungated() -> None:
    assert gate_of(r"(?i)acquired") is None
    assert gate_of(r"(?-i:AD)|amministratore") is None
    assert gate_of(r"(a)?(?(1)cquired|bought)") is None
    assert gate_of(r"[unclosed") is None


def test_passes_reads_any_string() -> None:
    assert passes(("acquired", "bought"), "meta bought a start-up")
    assert not passes(("acquired", "bought"), "meta sold a start-up")


def test_passes_reads_short_and_overlapping_strings() -> None:
    assert passes(("xq", "zzzz"), "an xq here")  # under three characters: no index key
    assert passes(("founded", "found"), "it was cofounded in 2015")
    assert passes(("t up",), "set up by")  # a string across a space
    assert passes(("lab", "laboratory"), "the lab signed")  # three characters: a set of its own
    assert not passes(("lab",), "the la b signed")
    assert not passes(("founded", "found"), "it was started in 2015")


def test_a_gate_first_seen_after_a_text_was_read_still_sees_it() -> None:
    """Answers kept per text must not hide the strings of a gate indexed later."""
    text = "the lab signed a licensing deal with a newsroom"
    assert not passes(("zebra-crossing",), text)
    assert passes(("licensing deal",), text)


def _masked_sample_sentences() -> list[tuple[str, str]]:
    """(language, sentence as the rules read it: names masked) over the sample corpus."""
    out = []
    for record in read_inputs([SAMPLES]):
        found = analyse(record)
        out += [(found.lang, masked) for masked, _hits in found.extractor.cue_hits.values()]
    return out


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_every_twin_match_passes_its_gate(lang: str) -> None:
    """Where a rule or fallback twin matches a sample sentence, its gate lets the sentence
    through: a gate that refused would have lost the match."""
    data = langdata.load(lang)
    gated = [(twin, gate) for rule in data.rules for twin, gate in zip(rule.twins, rule.gates)
             if twin is not None and gate is not None]
    gated += [(cue.twin, cue.gate) for cue in data.fallback
              if cue.twin is not None and cue.gate is not None]
    pair_cues = features.cues(lang)  # the pair layer's cue macros
    gated += [(twin, pair_cues.gates[name]) for name, twin in pair_cues.folded.items()
              if name in pair_cues.gates]
    assert len(gated) > 200
    further = further_gates_of("test-further", [twin.pattern for twin, _gate in gated])
    gated += [(twin, more) for (twin, _gate), mores in zip(gated, further) for more in mores]
    assert sum(map(len, further)) > 100  # the further gates are checked as well
    matched = 0
    for _lang, text in (s for s in _masked_sample_sentences() if s[0] == lang):
        low = lowered(text)
        if low is None:
            continue
        for twin, gate in gated:
            if twin.search(low) is not None:
                matched += 1
                assert passes(gate, low), (twin.pattern[:80], text)
    assert matched > 20


def test_extraction_is_the_same_without_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    records = list(read_inputs([SAMPLES]))
    gated = [json.dumps(extract_article(r), sort_keys=True) for r in records]
    monkeypatch.setattr(literal_gate.GatedList, "open", lambda self, text: self.items)
    assert [json.dumps(extract_article(r), sort_keys=True) for r in records] == gated


def test_a_gated_list_keeps_its_order_and_its_ungated_items() -> None:
    items = ["acquire", "any", "buy", "found"]
    gated = literal_gate.GatedList(items, [("acquired",), None, ("bought", "buys"),
                                           ("founded", "found")])
    assert gated.open("meta bought a start-up it founded") == ["any", "buy", "found"]
    assert gated.open("nothing here") == ["any"]
    assert gated.open(None) == items  # no lower-cased text: the caller searches them all


def test_further_gates_are_the_other_required_parts() -> None:
    """"compete with": a text needs both words; a part the best gate implies adds nothing."""
    source = r"@o\d+@\s+(?:competes|compete)\s+(?:head-on\s+)?with\s+@o\d+@"
    assert gate_of(source) == ("compete",)
    assert further_gates_of("test-further", [source, None]) == [(("with",),), ()]
    implied = r"(?:released|releases)\s+(?:the\s+)?(?:release)"
    assert further_gates_of("test-further", [implied]) == [()]  # "release" is in "released"


def test_a_gated_list_skips_an_item_missing_a_further_gate() -> None:
    gated = literal_gate.GatedList(["compete", "acquire"], [("compete",), ("acquired",)],
                                   [(("with",),), ()])
    assert gated.open("meta competes with google") == ["compete"]
    assert gated.open("meta competes against google") == []
    assert gated.open("meta acquired a start-up") == ["acquire"]
