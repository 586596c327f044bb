"""A synthetic graph for the API benchmark: contract lines, loaded through the real loader.

The graph has the production shape because it goes through `parse_lines` and `load_batches`,
the same path as `stratgraph load`: typed entities with aliases and search text, articles,
claims with SUBJECT/OBJECT/FROM, aggregated relationships. Relation types follow the schema's
allowed ends; dates spread over ten years; a few actors flip stances.
"""

from __future__ import annotations

import io
import json
import random
from collections.abc import Callable, Iterator
from typing import Any

from neo4j import Driver

from stratgraph.graph.load_input import parse_lines
from stratgraph.graph.loader import load_batches
from stratgraph.graph.schema import Schema, get_schema

FACTS_PER_ARTICLE = 10
POSITIONS = ["open-weights", "closed-models", "for-profit-restructuring", "nonprofit-control",
             "ai-safety", "ai-regulation", "small-on-device-models"]
SIZES = {"Organization": 400, "Person": 1500, "Model": 1500, "Product": 200, "Event": 100}
PREFIX = {"Organization": "org", "Person": "person", "Model": "model", "Product": "product",
          "Event": "event", "PolicyPosition": "position"}


def _entities() -> dict[str, list[dict[str, str]]]:
    pool: dict[str, list[dict[str, str]]] = {}
    for label, count in SIZES.items():
        prefix = PREFIX[label]
        pool[label] = [{"id": f"{prefix}:{prefix}-{i:05d}", "name": f"{label} {i:05d}", "type": label}
                       for i in range(count)]
    pool["PolicyPosition"] = [{"id": f"position:{p}", "name": p.replace("-", " "), "type": "PolicyPosition"}
                              for p in POSITIONS]
    return pool


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def contract_lines(claims: int, seed: int = 7, schema: Schema | None = None) -> Iterator[dict[str, Any]]:
    """Entity and fact lines for `claims` facts, FACTS_PER_ARTICLE per article."""
    schema = schema or get_schema()
    rng = random.Random(seed)
    pool = _entities()
    relations = list(schema.relations.values())
    for number in range(0, claims, FACTS_PER_ARTICLE):
        article = f"bench-{number // FACTS_PER_ARTICLE:06d}"
        published = _date(rng)
        source = {"id": article, "url": f"https://bench.example.org/{article}", "title": f"Article {article}",
                  "published": published, "lang": "en"}
        sentences: list[tuple[str, dict, dict, str, dict]] = []
        for _ in range(min(FACTS_PER_ARTICLE, claims - number)):
            relation = rng.choice(relations)
            subject = rng.choice(pool[rng.choice(relation.source)])
            obj = rng.choice(pool[rng.choice(relation.target)])
            props: dict[str, Any] = {}
            if "open_weights" in relation.properties:
                props["open_weights"] = rng.choice([True, False, None])
            if "role" in relation.properties:
                props["role"] = rng.choice(["CEO", "CTO", "researcher", "chief scientist"])
            sentence = f"{subject['name']} {relation.type.lower().replace('_', ' ')} {obj['name']}."
            sentences.append((sentence, subject, obj, relation.type, props))
        offset = 0
        seen: set[str] = set()
        for sentence, subject, obj, predicate, props in sentences:
            for ref in (subject, obj):
                if ref["id"] not in seen:
                    seen.add(ref["id"])
                    yield {"kind": "entity", **ref, "aliases": [ref["name"].replace(" ", "")],
                           "article": article, "source": source}
            yield {"kind": "fact", "predicate": predicate, "subject": subject, "object": obj,
                   "properties": {k: v for k, v in props.items() if v is not None},
                   "date": _date(rng) if rng.random() < 0.7 else None, "confidence": 0.8,
                   "evidence": {"article": article, "sentence": sentence, "start": offset,
                                "end": offset + len(sentence)},
                   "extractor": "bench:synthetic", "source": source}
            offset += len(sentence) + 1  # the article text is the sentences joined by spaces


def load_synthetic(driver: Driver, claims: int, seed: int = 7, chunk_articles: int = 1000,
                   progress: Callable[[str], None] = print) -> int:
    """Generate and load `claims` claims in chunks; returns the number of claims loaded."""
    schema = get_schema()
    loaded = 0
    buffer: list[bytes] = []
    articles_in_buffer = 0
    last_article = None

    def flush() -> None:
        nonlocal loaded, buffer, articles_in_buffer
        if not buffer:
            return
        parsed = parse_lines([("bench", io.BytesIO(b"".join(buffer)))], schema)
        assert not parsed.rejections, parsed.rejections[:3]
        report = load_batches(driver, parsed.articles, schema)
        loaded += report.claims
        progress(f"  loaded {loaded:,} claims")
        buffer, articles_in_buffer = [], 0

    for line in contract_lines(claims, seed, schema):
        article = line["article"] if line["kind"] == "entity" else line["evidence"]["article"]
        if article != last_article:
            if articles_in_buffer >= chunk_articles:
                flush()
            articles_in_buffer += 1
            last_article = article
        buffer.append(json.dumps(line).encode("utf-8") + b"\n")
    flush()
    return loaded
