"""Reading extraction output for the loader: parse, validate, group by article.

Validation happens here, before anything touches Neo4j: a line that breaks the contract (or
the schema: unknown relation type, wrong ends, id prefix not matching the type) marks its
whole article as rejected, with `file:line` and the reason, and none of that article is
written. Articles with only valid lines go on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from pydantic import TypeAdapter, ValidationError

from stratgraph.graph.contract import EntityLine, FactLine, Line, Source
from stratgraph.graph.schema import Schema

_LINE = TypeAdapter(Line)


@dataclass
class Rejection:
    """Why a line (and with it, its article) was refused."""

    where: str
    reason: str
    article: str | None = None

    def __str__(self) -> str:
        suffix = f" (article {self.article!r} not loaded)" if self.article else ""
        return f"{self.where}: {self.reason}{suffix}"


@dataclass
class ArticleBatch:
    """Everything one article contributes: its metadata, entities and facts."""

    id: str
    source: Source | None = None
    entities: list[EntityLine] = field(default_factory=list)
    facts: list[FactLine] = field(default_factory=list)


@dataclass
class ParsedInput:
    articles: list[ArticleBatch]
    rejections: list[Rejection]
    lines: int


def _reason(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"] if not str(p).startswith("function-after"))
    # TypeAdapter over a union reports the union branch first (e.g. "FactLine.evidence.start")
    # a discriminated union reports the branch first ("fact.evidence.start"): drop it
    head, _, rest = where.partition(".")
    where = rest if head in {"entity", "fact"} else where
    message = first["msg"].removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def check_against_schema(line: EntityLine | FactLine, schema: Schema) -> str | None:
    """Schema rules the contract alone cannot know; a reason string, or None when fine."""
    refs = (
        [(line.id, line.type)]
        if isinstance(line, EntityLine)
        else [(line.subject.id, line.subject.type), (line.object.id, line.object.type)]
    )
    for entity_id, label in refs:
        if label not in schema.entities:
            return f"entity type {label!r} is not in the schema"
        prefix = entity_id.split(":", 1)[0]
        if schema.entities[label].id_prefix != prefix:
            return f"id {entity_id!r} does not match type {label} (expected prefix {schema.entities[label].id_prefix!r})"
    if isinstance(line, FactLine):
        relation = schema.relations.get(line.predicate)
        if relation is None:
            return f"predicate {line.predicate!r} is not a relation type of the schema"
        if not relation.allows(line.subject.type, line.object.type):
            return (
                f"{line.predicate} does not link {line.subject.type} -> {line.object.type} "
                f"(allowed: {'/'.join(relation.source)} -> {'/'.join(relation.target)})"
            )
    return None


class _Collector:
    """Accumulates valid lines by article; one bad line marks its whole article."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.batches: dict[str, ArticleBatch] = {}
        self.bad_articles: set[str] = set()
        self.rejections: list[Rejection] = []
        self.count = 0

    def reject(self, where: str, reason: str, article: str | None = None) -> None:
        self.rejections.append(Rejection(where, reason, article))
        if article:
            self.bad_articles.add(article)

    def add(self, payload: object, where: str) -> None:
        """Validate one decoded line (a dict from JSON) and file it under its article."""
        self.count += 1
        article = _article_of(payload)
        try:
            line = _LINE.validate_python(payload)
        except ValidationError as exc:
            self.reject(where, _reason(exc), article)
            return
        article = line.article if isinstance(line, EntityLine) else line.evidence.article
        problem = check_against_schema(line, self.schema)
        if problem is None and line.source is not None and line.source.id != article:
            problem = f"source.id {line.source.id!r} differs from article {article!r}"
        if problem:
            self.reject(where, problem, article)
            return
        batch = self.batches.setdefault(article, ArticleBatch(id=article))
        batch.source = batch.source or line.source
        (batch.entities if isinstance(line, EntityLine) else batch.facts).append(line)

    def result(self) -> ParsedInput:
        good = [b for a, b in self.batches.items() if a not in self.bad_articles]
        return ParsedInput(articles=good, rejections=self.rejections, lines=self.count)


def parse_lines(
    named_streams: Iterable[tuple[str, IO[bytes]]], schema: Schema
) -> ParsedInput:
    """Read every stream of JSON Lines, validate each line, group valid lines by article."""
    collector = _Collector(schema)
    for name, stream in named_streams:
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            where = f"{name}:{number}"
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                collector.reject(where, f"not UTF-8 (byte {exc.start})")
                continue
            try:
                payload = json.loads(text)
            except json.JSONDecodeError as exc:
                collector.reject(where, f"not JSON ({exc.msg} at column {exc.colno})")
                continue
            collector.add(payload, where)
    return collector.result()


def parse_rows(rows: Iterable[dict[str, Any]], origin: str, schema: Schema) -> ParsedInput:
    """The same validation for lines already decoded (extraction output kept in memory)."""
    collector = _Collector(schema)
    for number, row in enumerate(rows, 1):
        collector.add(row, f"{origin}:{number}")
    return collector.result()


def _article_of(payload: object) -> str | None:
    """Best-effort article id of a line that failed validation, to reject its article."""
    if not isinstance(payload, dict):
        return None
    if isinstance(payload.get("article"), str):
        return payload["article"]
    evidence = payload.get("evidence")
    if isinstance(evidence, dict) and isinstance(evidence.get("article"), str):
        return evidence["article"]
    return None


def claim_id(fact: FactLine) -> str:
    """A stable id: the same statement in the same sentence of the same article is one claim."""
    key = "\x1f".join(
        [
            fact.evidence.article,
            fact.predicate,
            fact.subject.id,
            fact.object.id,
            str(fact.evidence.start),
            str(fact.evidence.end),
        ]
    )
    return "claim:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def iter_streams(paths: Iterable[str], stdin: IO[bytes]) -> Iterator[tuple[str, IO[bytes]]]:
    """Open each path (or stdin for `-`) in binary, yielding (display name, stream).

    Lines are decoded one by one in `parse_lines`, so one bad byte costs one line, not a file.
    """
    for path in paths:
        if path == "-":
            yield "<stdin>", stdin
            continue
        with open(path, "rb") as handle:
            yield path, handle
