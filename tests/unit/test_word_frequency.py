"""The trimmed word-frequency table gives wordfreq's own answer wherever an answer matters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

from stratgraph.ingest import word_frequency
from stratgraph.ingest.word_frequency import FLOOR, zipf
from stratgraph.settings import get_settings

WORDS = {
    "en": ["Series", "Brave", "Matrix", "Pixel", "Windows", "the", "Hermes", "Genie", "Quorvex",
           "Lumina", "Kiela", "Mistral", "Anthropic", "naïve", "Café", "STRASSE"],
    "de": ["Leitung", "Labor", "Straße", "STRASSE", "Industrieholding", "holding", "generator",
           "Bildgenerator", "Übernahme", "über", "Konzerns", "Apple"],
}
THRESHOLDS = (3.0, 3.5, 4.0)
"""The thresholds extraction compares frequencies with (proper_names, mentions, discovery)."""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "patterns"
    monkeypatch.setenv("STRATGRAPH_PATTERN_CACHE", str(folder))
    get_settings.cache_clear()
    word_frequency._table.cache_clear()
    yield folder
    word_frequency._table.cache_clear()
    get_settings.cache_clear()


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_plain_words_get_wordfreq_s_value_above_the_floor_and_stay_below_it_otherwise(
        cache: Path, lang: str) -> None:
    for word in WORDS[lang] + [w.lower() for w in WORDS[lang]] + [w.upper() for w in WORDS[lang]]:
        ours, theirs = zipf(word, lang), zipf_frequency(word, lang)
        if theirs >= FLOOR or ours >= FLOOR:
            assert ours == theirs, word
        assert all((ours >= t) == (theirs >= t) for t in THRESHOLDS), word


def test_the_table_is_saved_once_per_language_and_read_back_equal(cache: Path) -> None:
    first = word_frequency._table("en")
    word_frequency._table("de")
    assert {p.name.rsplit("-", 1)[0] for p in cache.glob("zipf-*.bin")} == {"zipf-en", "zipf-de"}
    word_frequency._table.cache_clear()
    assert word_frequency._table("en") == first  # from the file this time
    assert 10_000 < len(first) < 100_000 and min(first.values()) >= FLOOR


@pytest.mark.parametrize("word,lang", [("GPT-4", "en"), ("open-source", "en"), ("l'IA", "fr"),
                                       ("Run:ai", "en"), ("intelligentie", "nl"), ("2025", "de")])
def test_words_that_are_not_plain_letters_are_wordfreq_s_to_read(cache: Path, word: str,
                                                                   lang: str) -> None:
    assert zipf(word, lang) == zipf_frequency(word, lang)
    assert not list(cache.glob("zipf-*.bin"))  # no table was needed
