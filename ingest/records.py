"""Reading articles: files, directories, stdin and JSON records become `Record`s.

Every input problem becomes an `ErrorReport` (one clear sentence for stderr) instead of an
exception, so one bad article in a batch never stops the others.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from stratgraph.ingest import cleaning

MAX_BYTES = 5_000_000
"""Larger single articles are refused up front: no news article is that long, and reading a
20 MB blob through HTML cleaning and rules would stall a batch for minutes."""

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".json"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES


@dataclass(frozen=True)
class Record:
    """One article ready for extraction; `text` is what evidence offsets point into."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    origin: str = "-"
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ErrorReport:
    """Why one input (or one record of a file) could not be read."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def content_id(text: str) -> str:
    """Article id when none is given: stable across runs and machines."""
    return "sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _decode(data: bytes, origin: str) -> str | ErrorReport:
    if not data.strip():
        return ErrorReport(origin, "empty input: nothing to extract")
    if b"\x00" in data[:8192]:
        return ErrorReport(origin, "binary data (NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ErrorReport(origin, f"not valid UTF-8 (bad byte at offset {exc.start})")
    return text


def record_from_text(
    text: str, origin: str, kind: str = "text", meta: dict[str, Any] | None = None
) -> Record | ErrorReport:
    """Turn raw text/markdown/html plus optional metadata into a Record."""
    meta = dict(meta or {})
    if kind == "html":
        cleaned = cleaning.html_to_text(text)
        if cleaned is None:
            return ErrorReport(origin, "HTML without article text (only scripts, styles or markup)")
        text, html_title, html_date = cleaned
        meta.setdefault("title", html_title)
        meta.setdefault("published", html_date)
    else:
        header, text = split_header(text)
        for key, value in header.items():
            meta.setdefault(key, value)
        if kind == "markdown":
            text = cleaning.markdown_to_text(text)
    if not text.strip():
        return ErrorReport(origin, "no text left after cleaning")
    if len(text) > MAX_BYTES:
        return ErrorReport(origin, f"text of {len(text):,} characters is over the "
                                   f"{MAX_BYTES:,} limit for one article")
    rid = meta.get("id")
    return Record(
        id=str(rid) if rid not in (None, "") else content_id(text),
        text=text,
        url=_opt_str(meta.get("url")),
        title=_opt_str(meta.get("title")),
        published=_opt_str(meta.get("published") or meta.get("date")),
        lang=_opt_str(meta.get("lang") or meta.get("language")),
        origin=origin,
    )


_HEADER_KEYS = {"id", "url", "title", "lang", "language", "published", "date", "source", "author"}


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Metadata lines (`title: ...`) closed by a `---` line, or YAML-style front matter.

    Only known keys count, so an article that merely contains a `---` rule keeps its text.
    """
    lines = text.splitlines(keepends=True)
    start = 1 if lines and lines[0].strip() == "---" else 0
    header: dict[str, str] = {}
    for index in range(start, min(len(lines), start + 20)):
        line = lines[index].strip()
        if line == "---":
            if header:
                return header, "".join(lines[index + 1:]).strip()
            break
        key, sep, value = line.partition(":")
        if not sep or key.strip().lower() not in _HEADER_KEYS:
            break
        header[key.strip().lower()] = value.strip().strip('"')
    return {}, text


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def record_from_dict(data: object, origin: str) -> Record | ErrorReport:
    """A JSON record `{id, url, title, published, lang, text|html}`; text is kept verbatim."""
    if not isinstance(data, dict):
        return ErrorReport(origin, "record is not a JSON object")
    text, html = data.get("text"), data.get("html")
    if isinstance(text, str) and text.strip():
        if len(text) > MAX_BYTES:
            return ErrorReport(origin, f"text of {len(text):,} characters is over the limit")
        return record_from_text(text, origin, "text", data)
    if isinstance(html, str) and html.strip():
        return record_from_text(html, origin, "html", data)
    return ErrorReport(origin, "record has no 'text' or 'html' field with content")


def _records_from_json(text: str, origin: str, lines: bool) -> Iterator[Record | ErrorReport]:
    if not lines:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ErrorReport(origin, f"invalid JSON ({exc.msg}, line {exc.lineno})")
            return
        items = data if isinstance(data, list) else [data]
        for number, item in enumerate(items, 1):
            yield record_from_dict(item, f"{origin}[{number}]" if len(items) > 1 else origin)
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ErrorReport(f"{origin}:{number}", f"invalid JSON ({exc.msg})")
            continue
        yield record_from_dict(item, f"{origin}:{number}")


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("["):
        return "json"
    if head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head:
        return "html"
    return "text"


def _kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix == ".json":
        return "json"
    return "text"


def read_bytes(data: bytes, origin: str, kind: str | None = None) -> Iterator[Record | ErrorReport]:
    """Records from the bytes of one input; `kind` is sniffed when not given."""
    if len(data) > MAX_BYTES and kind not in ("jsonl",):
        yield ErrorReport(origin, f"input of {len(data) / 1e6:.1f} MB is over the "
                                  f"{MAX_BYTES / 1e6:.0f} MB limit for one article")
        return
    text = _decode(data, origin)
    if isinstance(text, ErrorReport):
        yield text
        return
    kind = kind or _sniff(text)
    if kind in ("json", "jsonl"):
        yield from _records_from_json(text, origin, lines=kind == "jsonl" and _is_jsonl(text))
    else:
        yield record_from_text(text, origin, kind)


def _is_jsonl(text: str) -> bool:
    """A .jsonl whose content is really one pretty-printed object is read as JSON."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    try:
        json.loads(first)
    except json.JSONDecodeError:
        return False
    return True


def _expand(paths: Iterable[str | Path]) -> Iterator[str | Path]:
    for item in paths:
        path = Path(item) if str(item) != "-" else None
        if path is not None and path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES - {""}:
                    yield child
        else:
            yield item


def read_inputs(
    paths: Iterable[str | Path], stdin: BinaryIO | None = None
) -> Iterator[Record | ErrorReport]:
    """Every article named by `paths` (files, directories, `-`, http(s) URLs), in order."""
    for item in _expand(paths):
        name = str(item)
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_bytes(stream.read(MAX_BYTES * 20 + 1), "<stdin>")
            continue
        if name.startswith(("http://", "https://")):
            from stratgraph.ingest import remote

            yield from remote.read_url(name)
            continue
        path = Path(name)
        try:
            size = path.stat().st_size
        except OSError as exc:
            yield ErrorReport(name, f"cannot read: {exc.strerror or exc}")
            continue
        kind = _kind_of(path)
        if size > MAX_BYTES and kind != "jsonl":
            yield ErrorReport(name, f"file of {size / 1e6:.1f} MB is over the "
                                    f"{MAX_BYTES / 1e6:.0f} MB limit for one article")
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield ErrorReport(name, f"cannot read: {exc.strerror or exc}")
            continue
        yield from read_bytes(data, name, kind)
