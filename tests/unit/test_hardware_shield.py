"""Chips and devices (ingest/kb/products_hardware.yaml): recognised so that no other reading
takes their words, then neither listed nor linked, since the gold conventions leave hardware
out. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts
from stratgraph.ingest.kb import get_kb
from stratgraph.ingest.pipeline import analyse, extract_article
from stratgraph.ingest.records import Record


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Nvidia said sales of the H20 to Chinese buyers would resume in May.", "en", "H20"),
    ("Huawei a présenté sa puce Ascend 910C face aux GPU de Nvidia.", "fr", "Ascend 910C"),
    ("华为发布了昇腾910C芯片，英伟达H20在中国市场受阻。", "zh", "Ascend 910C"),
    ("Samsung stellte das Galaxy S24 mit Funktionen von Google vor.", "de", "Galaxy S24"),
    ("Qualcomm said its Snapdragon X Elite chip powers the laptops.", "en", "Snapdragon X Elite"),
    ("Tesla showed its Optimus robot at the event in October.", "en", "Optimus"),
])
def test_hardware_is_read_then_left_out(text: str, lang: str, name: str) -> None:
    found = analyse(Record(id="h", text=text, lang=lang, published="2025-05-01"))
    assert name in {found.registry.names[e] for e in found.registry.hardware}
    assert name not in entities(text, lang)
    assert not [f for f in facts(text, lang) if name in (f[0], f[2])]


def test_the_makers_around_hardware_stay_actors() -> None:
    """A family pattern takes the version, not the maker before it ("Nvidia H20")."""
    text = "Nvidia H20 chips were bought by Alibaba and Tencent, the companies said."
    found = entities(text, "en")
    assert {"Nvidia", "Alibaba", "Tencent"} <= set(found)


def test_hardware_families_are_typed_by_their_file() -> None:
    families = [f for f in get_kb().families if f.hardware]
    assert families and all(f.type == "Product" for f in families)
    assert not [f for f in get_kb().families if f.type == "Model" and f.hardware]


def test_models_next_to_hardware_keep_their_facts() -> None:
    lines = extract_article(Record(
        id="h", text="DeepSeek released DeepSeek-V3, trained on 2,048 H800 chips, in December.",
        lang="en", published="2025-05-01"), learned=False)
    got = {(x["subject"]["name"], x["predicate"], x["object"]["name"])
           for x in lines if x["kind"] == "fact"}
    assert any(p in ("RELEASED", "OPEN_SOURCED") and o == "DeepSeek-V3"
               for _, p, o in got)
    assert not any("H800" in (s, o) for s, _, o in got)
