"""The hand-written sample facts (graph/samples/facts.jsonl) must stay true to the sample corpus.

They are the reference extraction for three bundled articles: other code (loader tests,
demos, extractor comparisons) relies on every line obeying the contract and the schema, and on
every `evidence.start`/`end` pointing at the quoted sentence in the article body. Editing an
article without updating the offsets must fail here, not silently produce wrong citations.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

import stratgraph.graph
import stratgraph.ingest
from stratgraph.graph.contract import EntityLine, FactLine, Line
from stratgraph.graph.load_input import check_against_schema, parse_lines
from stratgraph.graph.schema import get_schema

FACTS = Path(stratgraph.graph.__file__).parent / "samples" / "facts.jsonl"
SAMPLES = Path(stratgraph.ingest.__file__).parent / "samples"
_LINE = TypeAdapter(Line)


def read_sample(name: str) -> tuple[dict[str, str], str]:
    """Header fields and body (text after the `---` line, stripped) of one sample article."""
    text = (SAMPLES / name).read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    cut = next(i for i, line in enumerate(lines) if line.rstrip("\r\n") == "---")
    header = {}
    for line in lines[:cut]:
        if line.strip():
            key, _, value = line.partition(":")
            header[key.strip()] = value.strip()
    return header, "".join(lines[cut + 1 :]).strip()


def raw_lines() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FACTS.read_text(encoding="utf-8").splitlines() if line.strip()]


def parsed_lines() -> list[EntityLine | FactLine]:
    return [_LINE.validate_python(row) for row in raw_lines()]


def test_file_is_not_trivial() -> None:
    lines = parsed_lines()
    facts = [line for line in lines if isinstance(line, FactLine)]
    assert len(facts) >= 25
    assert len({f.evidence.article for f in facts}) >= 3
    assert {"entity", "fact"} == {row["kind"] for row in raw_lines()}


def test_every_line_obeys_contract_and_schema() -> None:
    schema = get_schema()
    for number, line in enumerate(parsed_lines(), 1):
        problem = check_against_schema(line, schema)
        assert problem is None, f"facts.jsonl:{number}: {problem}"


def test_evidence_offsets_match_article_body() -> None:
    drifted = []
    for number, line in enumerate(parsed_lines(), 1):
        if isinstance(line, FactLine):
            _, body = read_sample(line.evidence.article)
            ev = line.evidence
            if body[ev.start : ev.end] != ev.sentence:
                drifted.append(f"facts.jsonl:{number} ({ev.article} {ev.start}:{ev.end})")
            assert line.extractor == "manual" and line.confidence == 1.0
    assert not drifted, "evidence offsets do not match the article body: " + ", ".join(drifted)


def test_entity_aliases_occur_in_their_article() -> None:
    for line in parsed_lines():
        if isinstance(line, EntityLine):
            _, body = read_sample(line.article)
            for alias in line.aliases:
                assert alias in body, f"{line.id}: alias {alias!r} not in {line.article}"


def test_facts_only_use_entities_declared_for_their_article() -> None:
    declared = {(l.article, l.id) for l in parsed_lines() if isinstance(l, EntityLine)}
    for line in parsed_lines():
        if isinstance(line, FactLine):
            for end in (line.subject, line.object):
                assert (line.evidence.article, end.id) in declared, end.id


def test_source_metadata_matches_sample_header() -> None:
    for line in parsed_lines():
        article = line.article if isinstance(line, EntityLine) else line.evidence.article
        header, _ = read_sample(article)
        assert line.source is not None and line.source.id == article
        assert line.source.url == header["url"]
        assert line.source.title == header["title"]
        assert line.source.published == header["published"]
        assert line.source.lang == header["lang"]


def test_loader_accepts_the_whole_file() -> None:
    with FACTS.open("rb") as stream:
        parsed = parse_lines([(FACTS.name, stream)], get_schema())
    assert parsed.rejections == []
    assert len(parsed.articles) == len({row["source"]["id"] for row in raw_lines()})
