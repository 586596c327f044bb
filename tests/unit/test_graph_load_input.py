"""Loader input validation: bad lines reject their whole article, good articles go on."""

from __future__ import annotations

import io
import json
from typing import Any

from stratgraph.graph.load_input import claim_id, parse_lines
from stratgraph.graph.schema import get_schema


def entity(article: str, id_: str = "org:openai", type_: str = "Organization", name: str = "OpenAI") -> dict[str, Any]:
    return {"kind": "entity", "id": id_, "type": type_, "name": name, "aliases": [name], "article": article}


def fact(article: str, **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "kind": "fact",
        "predicate": "LEADS",
        "subject": {"id": "person:sam-altman", "name": "Sam Altman", "type": "Person"},
        "object": {"id": "org:openai", "name": "OpenAI", "type": "Organization"},
        "properties": {"role": "CEO"},
        "date": "2025-02-18",
        "confidence": 0.9,
        "evidence": {"article": article, "sentence": "Sam Altman runs OpenAI.", "start": 0, "end": 23},
        "extractor": "test",
        "source": {"id": article, "title": "T", "lang": "en"},
    }
    row.update(changes)
    return row


def parse(*rows: Any, raw: bytes = b"") -> Any:
    text = b"".join(
        (r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in rows
    ) + raw
    return parse_lines([("in.jsonl", io.BytesIO(text))], get_schema())


def test_valid_lines_group_by_article_with_source() -> None:
    parsed = parse(entity("a1"), fact("a1"), fact("a2"))
    assert parsed.rejections == []
    by_id = {b.id: b for b in parsed.articles}
    assert set(by_id) == {"a1", "a2"}
    assert len(by_id["a1"].entities) == 1 and len(by_id["a1"].facts) == 1
    assert by_id["a2"].source is not None and by_id["a2"].source.title == "T"


def test_a_bad_line_rejects_its_article_only_and_names_file_and_line() -> None:
    bad = fact("a1", confidence=1.7)
    parsed = parse(entity("a1"), fact("a2"), bad)
    assert [b.id for b in parsed.articles] == ["a2"]
    assert len(parsed.rejections) == 1
    message = str(parsed.rejections[0])
    assert message.startswith("in.jsonl:3: ")
    assert "confidence" in message and "'a1' not loaded" in message


def test_schema_rules_beyond_the_contract() -> None:
    cases = {
        "MENTORS": fact("x", predicate="MENTORS"),
        "does not link": fact("x", predicate="LEADS", subject={"id": "org:openai", "name": "OpenAI", "type": "Organization"}),
        "does not match type": fact("x", subject={"id": "org:sam", "name": "Sam", "type": "Person"}),
    }
    for expected, row in cases.items():
        parsed = parse(row)
        assert parsed.articles == []
        assert expected in str(parsed.rejections[0]), expected


def test_garbage_lines_are_rejected_precisely() -> None:
    parsed = parse(fact("ok"), b"{not json", b"\xff\xfe\x00bad", ["a", "list"], {"kind": "tweet"})
    assert [b.id for b in parsed.articles] == ["ok"]
    reasons = [r.reason for r in parsed.rejections]
    assert reasons[0].startswith("not JSON")
    assert reasons[1].startswith("not UTF-8")
    assert len(reasons) == 4


def test_hostile_strings_stay_data() -> None:
    hostile = "OpenAI'}) DETACH DELETE n //"
    parsed = parse(fact("h", object={"id": "org:openai", "name": hostile, "type": "Organization"}),
                   fact("h2", predicate="LEADS]->() DETACH DELETE n //"))
    assert [b.id for b in parsed.articles] == ["h"]
    assert parsed.articles[0].facts[0].object.name == hostile
    assert "predicate" in str(parsed.rejections[0])


def test_offsets_must_be_ordered_and_dates_iso() -> None:
    assert parse(fact("x", evidence={"article": "x", "sentence": "s", "start": 9, "end": 2})).rejections
    assert parse(fact("x", date="Feb 2025")).rejections
    assert not parse(fact("x", date="2025")).rejections


def test_claim_ids_are_stable_and_distinguish_sentences() -> None:
    parsed = parse(fact("a"), fact("a", evidence={"article": "a", "sentence": "Other one here.", "start": 30, "end": 45}))
    first, second = parsed.articles[0].facts
    assert claim_id(first) == claim_id(parse(fact("a")).articles[0].facts[0])
    assert claim_id(first) != claim_id(second)


def test_free_text_publication_dates_become_iso_or_null() -> None:
    rows = [fact("p1", source={"id": "p1", "published": "approx. 2025-08-05 (embedded post)"}),
            fact("p2", source={"id": "p2", "published": "unknown"}),
            fact("p3", source={"id": "p3", "published": "unknown (May 2024)"})]
    published = {b.id: b.source.published for b in parse(*rows).articles}
    assert published == {"p1": "2025-08-05", "p2": None, "p3": "2024"}
