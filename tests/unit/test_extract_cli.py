"""`stratgraph extract` as a user runs it: contract lines on stdout only, one clear message
per bad article on stderr, the others still processed, exit code 1 only when nothing was."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from stratgraph.graph.contract import ID_PATTERN, EntityLine, FactLine, Line

DATA = Path(__file__).parent / "data" / "extract"
LINE = TypeAdapter(Line)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "stratgraph", "extract", *args],
                          input=stdin, capture_output=True, timeout=120)


def lines(done: subprocess.CompletedProcess[bytes]) -> list[EntityLine | FactLine]:
    return [LINE.validate_json(line) for line in done.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def mixed() -> subprocess.CompletedProcess[bytes]:
    return run(str(DATA / "mixed.jsonl"))


def test_output_obeys_the_contract(mixed) -> None:
    assert mixed.returncode == 0
    parsed = lines(mixed)
    assert {type(x) for x in parsed} == {EntityLine, FactLine}
    import re
    for line in parsed:
        if isinstance(line, FactLine):
            assert re.match(ID_PATTERN, line.subject.id) and re.match(ID_PATTERN, line.object.id)
            assert line.extractor.startswith(("rule:", "learned:"))
            assert line.source is not None and line.source.sha256


def test_evidence_offsets_point_into_the_record_text(mixed) -> None:
    records = {json.loads(x)["id"]: json.loads(x) for x in
               (DATA / "mixed.jsonl").read_text(encoding="utf-8").splitlines()}
    facts = [x for x in lines(mixed) if isinstance(x, FactLine)]
    assert facts
    for fact in facts:
        text = records[fact.evidence.article]["text"]
        assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.sentence


def test_expected_facts_and_error_message(mixed) -> None:
    facts = {(x.subject.name, x.predicate, x.object.name) for x in lines(mixed)
             if isinstance(x, FactLine)}
    assert ("Mistral AI", "OPEN_SOURCED", "Magistral") in facts
    assert ("Arthur Mensch", "LEADS", "Mistral AI") in facts
    assert ("Elon Musk", "LEADS", "xAI") in facts
    assert ("Elon Musk", "CRITICIZED", "OpenAI") in facts
    stderr = mixed.stderr.decode()
    assert "mixed.jsonl:3" in stderr and "no 'text' or 'html'" in stderr


def test_byte_identical_output(mixed) -> None:
    again = run(str(DATA / "mixed.jsonl"))
    assert again.stdout == mixed.stdout


def test_html_is_cleaned_and_scripts_ignored() -> None:
    done = run(str(DATA / "article.html"))
    assert done.returncode == 0
    parsed = lines(done)
    facts = {(x.subject.name, x.predicate, x.object.name) for x in parsed
             if isinstance(x, FactLine)}
    assert ("Anthropic", "RELEASED", "Claude 4") in facts
    assert not any("GPT-9" in x.name for x in parsed if isinstance(x, EntityLine))


def test_markdown_and_stdin() -> None:
    done = run(str(DATA / "note.md"))
    facts = {(x.subject.name, x.predicate, x.object.name) for x in lines(done)
             if isinstance(x, FactLine)}
    assert ("Jensen Huang", "LEADS", "Nvidia") in facts
    piped = run("-", stdin="Yann LeCun criticized OpenAI on Friday.".encode())
    assert piped.returncode == 0
    assert any(isinstance(x, FactLine) and x.predicate == "CRITICIZED" for x in lines(piped))


def test_bad_inputs_each_get_a_message_and_the_good_one_still_runs(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00data" * 10)
    (tmp_path / "latin1.txt").write_bytes("Société générale à Paris, été".encode("latin-1"))
    big = tmp_path / "big.txt"
    big.write_bytes(b"OpenAI released GPT-5. " * 900_000)  # ~20 MB
    good = tmp_path / "good.txt"
    good.write_text("Elon Musk criticized OpenAI again.", encoding="utf-8")
    paths = [tmp_path / "empty.txt", tmp_path / "binary.txt", tmp_path / "latin1.txt", big,
             DATA / "only_scripts.html", DATA / "dutch.txt", good]
    started = time.perf_counter()
    done = run(*map(str, paths))
    assert time.perf_counter() - started < 30
    assert done.returncode == 0
    stderr = done.stderr.decode()
    for needle in ("empty", "binary", "UTF-8", "MB limit", "HTML without article text",
                   "unsupported language 'nl'"):
        assert needle in stderr
    facts = [x for x in lines(done) if isinstance(x, FactLine)]
    assert {(f.subject.name, f.object.name) for f in facts} == {("Elon Musk", "OpenAI")}


def test_exit_code_is_one_when_nothing_could_be_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    done = run(str(tmp_path / "empty.txt"), str(DATA / "dutch.txt"), str(tmp_path / "missing.txt"))
    assert done.returncode == 1
    assert done.stdout == b""
    assert b"no article could be processed" in done.stderr


def test_an_article_that_fails_alone_is_still_reported() -> None:
    # the error log counts its reports: empty, it is falsy, and an extraction error that came
    # first was once dropped without a word (exit code 0, empty stdout)
    done = run(str(DATA / "dutch.txt"))
    assert done.returncode == 1
    assert b"unsupported language 'nl'" in done.stderr
    assert b"no article could be processed (1 skipped)" in done.stderr
