"""A Latin-script name written straight after Chinese characters is a name of its own
("研究员Leandro von Werra"): Chinese articles write Western names that way."""

from __future__ import annotations

import pytest

from stratgraph.ingest.name_shapes import WORD
from stratgraph.ingest.pipeline import extract_article
from stratgraph.ingest.records import Record


def people(text: str, lang: str) -> set[str]:
    lines = extract_article(Record(id="n", text=text, lang=lang, published="2025-05-01"),
                            learned=False)
    return {x["name"] for x in lines if x["kind"] == "entity" and x["type"] == "Person"}


def test_chinese_characters_end_a_word() -> None:
    assert [m.group(0) for m in WORD.finditer("研究员Leandro von Werra表示")] == [
        "研究员", "Leandro", "von", "Werra", "表示"]
    assert [m.group(0) for m in WORD.finditer("O'Brien's co-founder")] == [
        "O'Brien's", "co-founder"]


@pytest.mark.parametrize(("text", "name"), [
    ("Quill Labs研究员Leandro Ferraz表示，公司将开源新模型。", "Leandro Ferraz"),
    ("Helix Systems首席科学家Johannes Brandt已离职。", "Johannes Brandt"),
])
def test_a_latin_name_after_a_chinese_title_is_a_person(text: str, name: str) -> None:
    assert name in people(text, "zh")


def test_a_latin_firm_name_before_labs_takes_no_chinese_words() -> None:
    text = "前Helix Systems研究员Johannes Brandt创立了Orbit Labs。"
    lines = extract_article(Record(id="n", text=text, lang="zh", published="2025-05-01"),
                            learned=False)
    orgs = {x["name"] for x in lines if x["kind"] == "entity" and x["type"] == "Organization"}
    assert "Orbit Labs" in orgs
    assert not any("创立" in name for name in orgs)  # not "Brandt创立了Orbit Labs"
