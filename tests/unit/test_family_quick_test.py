"""A family's quick test (its pattern without the opening edge tests) may only skip sentences
the full pattern cannot match: it is a speed device, never a filter of names."""

from __future__ import annotations

from pathlib import Path

import stratgraph.ingest
from stratgraph.ingest.kb import get_kb
from stratgraph.ingest.records import read_inputs
from stratgraph.ingest.sentences import split

SAMPLES = Path(stratgraph.ingest.__file__).parent / "samples"
EDGES = [  # names at, inside and next to other words, in several scripts
    "GPT-4o and o3-mini shipped; xGPT-4 and GPT-4x are other words.",
    "Llama 3.1 405B, Qwen2.5-Max, DeepSeek-V3 and Grok2 came out before 开源文心4.5.",
    "The Galaxy S24, the H20 chip and the iPhone 15 Pro are hardware, not models.",
    "Claude 3.5 Sonnet and Gemini 1.5 Pro, then Mistral Large 2 and Gemma 2.",
]


def _sentences() -> list[str]:
    out = list(EDGES)
    for record in read_inputs([SAMPLES]):
        out += [s.text for s in split(record.text, "en")]
    return out


def test_every_family_match_passes_its_quick_test() -> None:
    families = get_kb().families
    assert families and all(f.quick is not None for f in families)
    matched = 0
    for text in _sentences():
        for family in families:
            if family.pattern.search(text) is not None:
                matched += 1
                assert family.quick.search(text) is not None, (family.canonical, text)
    assert matched > 20


def test_the_quick_test_skips_a_sentence_without_the_name() -> None:
    gpt = next(f for f in get_kb().families if f.pattern.search("GPT-4o"))
    assert gpt.quick.search("The board met on Tuesday.") is None
    assert gpt.quick.search("xGPT-4") is not None  # looser than the pattern, never stricter
    assert gpt.pattern.search("xGPT-4") is None
