"""Reading inputs (`read_inputs`), sentence offsets, language choice and batch determinism."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from stratgraph.ingest import sentences
from stratgraph.ingest.batch import extract_parallel
from stratgraph.ingest.pipeline import ArticleError, choose_language, extract_records
from stratgraph.ingest.records import ErrorReport, Record, content_id, read_inputs, split_header

DATA = Path(__file__).parent / "data" / "extract"


def test_read_inputs_yields_records_and_error_reports() -> None:
    items = list(read_inputs([DATA / "mixed.jsonl", DATA / "only_scripts.html"]))
    assert [type(x) for x in items] == [Record, Record, ErrorReport, ErrorReport]
    assert items[0].id == "lab-news-1" and items[0].published == "2025-06-02"
    assert "no 'text' or 'html'" in str(items[2])


def test_text_is_kept_verbatim_for_offsets() -> None:
    record = next(read_inputs(["-"], stdin=io.BytesIO(b'{"text": "A  b.\\n\\nC  d."}')))
    assert record.text == "A  b.\n\nC  d."
    assert record.id == content_id(record.text)


def test_header_lines_become_metadata() -> None:
    header, body = split_header("title: Hello\npublished: 2025-01-02\nlang: fr\n---\nBonjour.\n")
    assert header == {"title": "Hello", "published": "2025-01-02", "lang": "fr"}
    assert body == "Bonjour."
    assert split_header("Just text\n---\nmore")[0] == {}


@pytest.mark.parametrize(("lang", "text", "count"), [
    ("en", 'He said: "Is it done? Not yet." Then he left. Mr. Smith stayed.', 3),
    ("de", "Am 5. August 2025 kam das Modell. Es war schnell.", 2),
    ("fr", "Le modèle arrive.\n\nIl est rapide ! Vraiment ?", 3),
    ("zh", "OpenAI发布了模型。它很快！真的吗？", 3),
    ("en", "It ships. xAI follows. o3-mini leads.", 3),
])
def test_sentence_offsets(lang: str, text: str, count: int) -> None:
    found = sentences.split(text, lang)
    assert len(found) == count
    for sentence in found:
        assert text[sentence.start:sentence.end] == sentence.text


def test_language_is_detected_or_taken_from_the_record() -> None:
    assert choose_language(Record(id="a", text="Le modèle est publié aujourd'hui par la "
                                               "société française.")) == "fr"
    assert choose_language(Record(id="b", text="anything", lang="es-ES")) == "es"
    with pytest.raises(ArticleError, match="unsupported language 'ru'"):
        choose_language(Record(id="c", text="x", lang="ru"))


def test_extract_records_accepts_dicts_and_reports_errors() -> None:
    errors: list[ErrorReport] = []
    out = list(extract_records([{"id": "x", "text": "Elon Musk criticized OpenAI.", "lang": "en"},
                                {"id": "y"}], on_error=errors.append))
    assert any(line["kind"] == "fact" for line in out)
    assert len(errors) == 1


def test_parallel_batch_equals_serial() -> None:
    texts = [f"Lab {n} news: Meta released Llama 3 with open weights. Elon Musk criticized "
             f"OpenAI for the {n}th time." for n in range(60)]
    records = [Record(id=f"r{n}", text=t, lang="en") for n, t in enumerate(texts)]
    serial = list(extract_parallel(records, workers=1, progress=False))
    parallel = list(extract_parallel(records, workers=2, progress=False))
    assert json.dumps(serial) == json.dumps(parallel)
