"""The word lists of the rule and knowledge-base files hold words, never YAML booleans, and no
key is given twice.

YAML 1.1 (what PyYAML reads) turns a bare On, No, on or no into True or False: "On" vanished
from the English and French capitalized stop words that way, "No" from the Portuguese ones and
"no" from the abbreviations the sentence splitter knows. Such words must be quoted. Nor may a
file give one key twice, or a language's files define one macro twice: YAML and the rule loader
would both keep the last value without a word."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

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


class _KeysOnce(yaml.SafeLoader):
    """A loader that records mapping keys a file gives twice: PyYAML keeps the last value
    without a word, which once left a new macro (`LAW_AGAINST`) overridden by an older one of
    the same name further down its file, and every rule that used it matching nothing."""

    twice: list[tuple[str, int]]


def _mapping(loader: _KeysOnce, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            loader.twice.append((str(key), key_node.start_mark.line + 1))
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_KeysOnce.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _keys_twice(text: str) -> list[tuple[str, int]]:
    loader = _KeysOnce(text)
    loader.twice = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    return loader.twice


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_file_gives_a_key_twice(path: Path) -> None:
    assert _keys_twice(path.read_text(encoding="utf-8")) == []


def test_the_check_sees_a_key_given_twice() -> None:
    assert _keys_twice("macros:\n  A: 'x'\n  B: 'y'\n  A: 'z'\n") == [("A", 4)]


def test_a_macro_defined_again_in_another_file_of_a_language_is_an_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from stratgraph.ingest import langdata

    (tmp_path / "xx.yaml").write_text("lang: xx\nmacros:\n  AND: 'and'\n  NAMED: 'named'\n",
                                      encoding="utf-8")
    (tmp_path / "xx_more.yaml").write_text("macros:\n  NAMED: 'tapped'\n", encoding="utf-8")
    monkeypatch.setattr(langdata, "RULES_DIR", tmp_path)
    with pytest.raises(ValueError, match="macro NAMED is defined again in xx_more.yaml"):
        langdata.load.__wrapped__("xx")
