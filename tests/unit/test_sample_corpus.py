"""The bundled sample corpus (ingest/samples) is data the README's main command ingests.

These checks keep it usable: every file has the documented header, a body of news-article
length, a language matching its file name, a URL that is visibly not a real outlet's, and an
entry in the corpus README; and the language mix the extractor is meant to cover is present.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import stratgraph.ingest

SAMPLES = Path(stratgraph.ingest.__file__).parent / "samples"
NAME = re.compile(r"^(\d{2})_([a-z]{2})_([a-z0-9-]+)\.txt$")
HEADER_KEYS = {"title", "published", "lang", "url"}


def articles() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def split(path: Path) -> tuple[dict[str, str], str]:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    cut = next(i for i, line in enumerate(lines) if line.rstrip("\r\n") == "---")
    header = {}
    for line in lines[:cut]:
        if line.strip():
            key, sep, value = line.partition(":")
            assert sep, f"{path.name}: header line without ':': {line!r}"
            header[key.strip()] = value.strip()
    return header, "".join(lines[cut + 1 :]).strip()


def test_corpus_size_and_language_mix() -> None:
    langs = Counter(NAME.match(p.name).group(2) for p in articles())  # type: ignore[union-attr]
    assert sum(langs.values()) >= 14
    assert langs["en"] >= 5 and langs["fr"] >= 4 and langs["de"] >= 3


def test_every_article_has_header_and_news_sized_body() -> None:
    for path in articles():
        match = NAME.match(path.name)
        assert match, f"{path.name} does not follow NN_lang_slug.txt"
        header, body = split(path)
        assert set(header) == HEADER_KEYS, path.name
        assert header["lang"] == match.group(2), path.name
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", header["published"]), path.name
        assert header["url"] == f"https://example.org/stratgraph-samples/{match.group(3)}", path.name
        assert 1200 <= len(body) <= 2500, f"{path.name}: body has {len(body)} characters"
        assert "\n---\n" not in body, f"{path.name}: a second '---' line would confuse readers"


def test_numbers_and_slugs_are_unique() -> None:
    names = [NAME.match(p.name) for p in articles()]
    assert len({m.group(1) for m in names if m}) == len(names)
    assert len({m.group(3) for m in names if m}) == len(names)


def test_readme_lists_every_article() -> None:
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    for path in articles():
        assert f"`{path.name}`" in readme, f"{path.name} missing from samples/README.md"
