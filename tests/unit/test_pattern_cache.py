"""The on-disk cache of compiled rule patterns: it may only save time, never change a match."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from stratgraph.ingest import langdata
from stratgraph.ingest.pattern_cache import CompileError, compile_all
from stratgraph.settings import get_settings

SPECS = [
    (r"(?P<s>@P\d+@)\s*,\s*(?:the\s+)?chief executive of\s+(?P<o>@O\d+@)", int(re.IGNORECASE)),
    (r"(?<!\w)(?:a publié|a lancé)\s+(?P<o>@M\d+@)", int(re.IGNORECASE)),
    (r"开源了?(?P<o>@M\d+@)", 0),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "patterns"
    monkeypatch.setenv("STRATGRAPH_PATTERN_CACHE", str(folder))
    get_settings.cache_clear()
    yield folder
    get_settings.cache_clear()


def test_saved_patterns_equal_freshly_compiled_ones(cache: Path) -> None:
    first = compile_all("demo", SPECS)
    files = list(cache.glob("demo-*.bin"))
    assert len(files) == 1
    again = compile_all("demo", SPECS)  # read back from the file
    fresh = [re.compile(pattern, flags) for pattern, flags in SPECS]
    assert again == fresh == first  # Pattern equality compares the compiled code itself
    assert [p.groupindex for p in again] == [p.groupindex for p in fresh]
    match = again[0].search("Hier, @P0@, the Chief Executive of @O1@, a dit")
    assert match is not None and (match["s"], match["o"]) == ("@P0@", "@O1@")


def test_a_language_s_rules_read_back_from_the_cache_match_re_compile(cache: Path) -> None:
    langdata.load.cache_clear()
    try:
        cold = langdata.load("fr")
        langdata.load.cache_clear()
        warm = langdata.load("fr")
    finally:
        langdata.load.cache_clear()
    names = {p.name.split("-")[0] for p in cache.glob("*.bin")}
    assert {"rules", "fallback", "cues", "rules_fr", "rules_common"} <= names
    pairs = [(a, b) for ra, rb in zip(cold.rules, warm.rules) for a, b in zip(ra.patterns,
                                                                            rb.patterns)]
    assert len(pairs) > 100
    assert cold.regex.keys() == warm.regex.keys()  # the cue patterns, compiled in one go
    pairs += [(cold.regex[name], warm.regex[name]) for name in cold.regex]
    assert all(a == b == re.compile(a.pattern, a.flags) for a, b in pairs)


def test_a_damaged_file_is_compiled_afresh_and_replaced(cache: Path) -> None:
    compile_all("demo", SPECS)
    (path,) = cache.glob("demo-*.bin")
    path.write_bytes(b"not a cache file")
    assert compile_all("demo", SPECS) == [re.compile(p, f) for p, f in SPECS]
    assert path.read_bytes() != b"not a cache file"


def test_a_new_rule_version_replaces_the_old_file(cache: Path) -> None:
    compile_all("demo", SPECS)
    (old,) = cache.glob("demo-*.bin")
    compile_all("demo", SPECS[:2])
    (new,) = cache.glob("demo-*.bin")
    assert new != old and not old.exists()


def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRATGRAPH_HOME", str(tmp_path))
    monkeypatch.setenv("STRATGRAPH_PATTERN_CACHE", "off")
    get_settings.cache_clear()
    try:
        assert compile_all("demo", SPECS) == [re.compile(p, f) for p, f in SPECS]
    finally:
        get_settings.cache_clear()
    assert not list(tmp_path.rglob("*.bin"))


def test_an_unwritable_folder_only_costs_the_cache(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("STRATGRAPH_PATTERN_CACHE", str(blocker / "patterns"))
    get_settings.cache_clear()
    try:
        assert compile_all("demo", SPECS) == [re.compile(p, f) for p, f in SPECS]
    finally:
        get_settings.cache_clear()


def test_a_malformed_pattern_says_which_one(cache: Path) -> None:
    with pytest.raises(CompileError) as caught:
        compile_all("demo", [SPECS[0], (r"(?P<o>unclosed", 0)])
    assert caught.value.index == 1
    assert "missing )" in str(caught.value)
    assert not list(cache.glob("demo-*.bin"))


def test_a_malformed_rule_or_cue_names_itself(cache: Path) -> None:
    good = {"name": "fine", "predicate": "LEADS", "pattern": r"(?P<s>@P\d+@) leads"}
    bad = {"name": "broken", "predicate": "LEADS", "pattern": r"(?P<s>@P\d+@ leads"}
    with pytest.raises(ValueError, match=r"rules for en: rule broken: missing \)"):
        langdata._rules([good, bad], {}, "en")
    cue = {"name": "torn", "predicate": "LEADS", "kind": "role", "cue": "(heads"}
    with pytest.raises(ValueError, match=r"rules for en: fallback torn: missing \)"):
        langdata._fallback([cue], {}, True, "en")


def test_cached_data_is_built_once_then_read_back(cache: Path) -> None:
    from stratgraph.ingest.pattern_cache import cached_data

    calls: list[int] = []

    def build() -> list[str]:
        calls.append(1)
        return ["Lyon", "Paris", "Zürich"]

    assert cached_data("places", "v1", build) == ["Lyon", "Paris", "Zürich"]
    assert cached_data("places", "v1", build) == ["Lyon", "Paris", "Zürich"]
    assert len(calls) == 1  # the second call read the file
    assert len(list(cache.glob("places-*.bin"))) == 1
    cached_data("places", "v2", build)  # another key rebuilds and replaces the old file
    assert len(calls) == 2 and len(list(cache.glob("places-*.bin"))) == 1


def test_a_damaged_data_file_is_rebuilt(cache: Path) -> None:
    from stratgraph.ingest.pattern_cache import cached_data

    cached_data("places", "v1", lambda: ["Lyon"])
    for path in cache.glob("places-*.bin"):
        path.write_bytes(b"not zlib")
    assert cached_data("places", "v1", lambda: ["Paris"]) == ["Paris"]


def test_the_cached_place_names_are_the_built_ones(cache: Path) -> None:
    from stratgraph.ingest import proper_names

    proper_names.places.cache_clear()
    try:
        first = proper_names.places()  # built and saved
        proper_names.places.cache_clear()
        assert proper_names.places() == first == frozenset(proper_names._build_places())
        assert list(cache.glob("places-*.bin"))
    finally:
        proper_names.places.cache_clear()


def test_cached_data_returns_a_value_marshal_cannot_write_without_saving_it(cache: Path) -> None:
    import datetime

    from stratgraph.ingest.pattern_cache import cached_data

    value = {"date": datetime.date(2025, 1, 31)}  # what an unquoted YAML date becomes
    assert cached_data("kb_demo", "v1", lambda: value) == value
    assert not list(cache.glob("kb_demo-*.bin"))


def test_the_pair_model_read_back_from_the_cache_scores_as_the_file(cache: Path) -> None:
    from stratgraph.ingest.learned.model import MODEL_FILE, PairModel

    cold = PairModel.read(MODEL_FILE)
    assert any(p.name.startswith("pair_model-") for p in cache.glob("*.bin"))
    warm = PairModel.read(MODEL_FILE)
    assert warm.weights == cold.weights and warm.labels == cold.labels
    assert warm.live(False) == cold.live(False) and warm.live(True) == cold.live(True)
    feats = sorted(cold.weights)[::500]  # a spread of real features, some labels pass
    assert warm.accepted(feats) == cold.accepted(feats)
    assert warm.accepted(feats, focus=True) == cold.accepted(feats, focus=True)


def test_the_knowledge_base_s_patterns_read_back_from_the_cache_match(cache: Path) -> None:
    from stratgraph.ingest.kb import load_kb

    cold, warm = load_kb(), load_kb()
    assert any(p.name.startswith("kb-patterns-") for p in cache.glob("*.bin"))
    assert [f.pattern for f in warm.families] == [f.pattern for f in cold.families]
    assert [f.quick for f in warm.families] == [f.quick for f in cold.families]
    assert all(f.pattern == re.compile(f.pattern.pattern) for f in warm.families)


def test_a_knowledge_base_pattern_that_does_not_compile_is_named(cache: Path,
                                                                tmp_path: Path) -> None:
    from stratgraph.ingest.kb import load_kb

    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "organizations.yaml").write_text(
        "type: Organization\nentities:\n"
        "- {name: Scale, strict: [Scale], context: {left: '(?:data labelling firm'}}\n",
        encoding="utf-8")
    with pytest.raises(ValueError, match=r"knowledge base: pattern '\(\?:data labelling firm'"):
        load_kb(folder)


def test_twins_and_their_sources_keep_each_other_s_cache_files(cache: Path) -> None:
    from stratgraph.ingest.folding import compile_twins

    patterns = [r"(?P<s>@O\d+@) (?:a publié|released) (?P<o>@M\d+@)", r"(?-i:AD) \w+"]
    first = compile_twins("demo-folded", patterns)
    names = sorted(p.name.rsplit("-", 1)[0] for p in cache.glob("*.bin"))
    assert names == ["demo-folded", "sources-demo-folded"]  # saving one kept the other
    again = compile_twins("demo-folded", patterns)
    assert again == first and first[1] is None  # a pattern that turns IGNORECASE off: no twin
    assert first[0].search("@o1@ a publié @m2@") is not None
