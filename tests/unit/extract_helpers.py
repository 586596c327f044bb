"""Shared helpers of the extraction rule tests: run one article, look at its triples.

They run the rule layer alone: each test states what a rule family reads, and the learned
pair layer (tested in test_learned_layer.py) would add its own guesses to the exact sets."""

from __future__ import annotations

from typing import Any

from stratgraph.ingest.pipeline import extract_article
from stratgraph.ingest.records import Record

Triple = tuple[str, str, str]


def lines(text: str, lang: str, title: str | None = None,
          published: str = "2025-05-01") -> list[dict[str, Any]]:
    """The contract lines of one article made of `text`."""
    return extract_article(Record(id="t", text=text, lang=lang, title=title, published=published),
                           learned=False)


def facts(text: str, lang: str, title: str | None = None) -> set[Triple]:
    """(subject name, predicate, object name) of every fact of the article."""
    return {(line["subject"]["name"], line["predicate"], line["object"]["name"])
            for line in lines(text, lang, title) if line["kind"] == "fact"}


def of(found: set[Triple], *predicates: str) -> set[Triple]:
    """Only the triples of these predicates."""
    return {t for t in found if t[1] in predicates}


def entities(text: str, lang: str) -> dict[str, str]:
    """name -> type of every entity of the article."""
    return {line["name"]: line["type"] for line in lines(text, lang) if line["kind"] == "entity"}
