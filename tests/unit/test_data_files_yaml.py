"""The word lists of the rule and knowledge-base files hold words, never YAML booleans.

YAML 1.1 (what PyYAML reads) turns a bare On, No, on or no into True or False: "On" vanished
from the English and French capitalized stop words that way, "No" from the Portuguese ones and
"no" from the abbreviations the sentence splitter knows. Such words must be quoted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from stratgraph.datafiles import read_yaml

ROOT = Path(__file__).resolve().parents[2]
INGEST = ROOT / "ingest"
FILES = sorted([*(INGEST / "rules").glob("*.yaml"), *(INGEST / "kb").glob("*.yaml"),
                INGEST / "learned" / "cues.yaml"])


def _booleans(node: Any, path: str = "") -> list[str]:
    if isinstance(node, dict):
        return [hit for key, value in node.items() for hit in _booleans(value, f"{path}/{key}")]
    if isinstance(node, list):
        out: list[str] = []
        for i, item in enumerate(node):
            out += [f"{path}[{i}]"] if isinstance(item, bool) else _booleans(item, path)
        return out
    return []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_word_of_a_list_is_read_as_a_boolean(path: Path) -> None:
    assert _booleans(read_yaml(path)) == []


def test_the_check_sees_a_bare_on() -> None:
    assert _booleans({"stop": ["In", True, "At"]}) == ["/stop[1]"]
