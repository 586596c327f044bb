"""Diagrams straight from extraction output (JSON Lines), without a database.

Useful to look at what `stratgraph extract` found before loading it, and it lets unit tests
check the diagram model on a fixture with no Neo4j. The neighbourhood rules mirror
`graph.diagram.query`: breadth first over claims, dates compared on their common precision.
"""

from __future__ import annotations

from collections.abc import Iterable

from stratgraph.graph.diagram.build import ClaimRow, EntityRow
from stratgraph.graph.load_input import ArticleBatch, claim_id
from stratgraph.graph.names import fold, fold_compact
from stratgraph.graph.schema import Schema


def claims_from_batches(batches: Iterable[ArticleBatch]) -> list[ClaimRow]:
    """ClaimRows for every fact line, with entity names and aliases merged across articles."""
    batches = list(batches)
    names: dict[str, tuple[str, list[str], str | None]] = {}
    for batch in batches:
        for entity in batch.entities:
            name, aliases, wikidata = names.get(entity.id, (entity.name, [], None))
            for alias in [entity.name, *entity.aliases]:
                if alias not in aliases:
                    aliases.append(alias)
            names[entity.id] = (name, aliases, wikidata or entity.wikidata)
    rows = []
    for batch in batches:
        source = batch.source
        for fact in batch.facts:
            ends = []
            for ref in (fact.subject, fact.object):
                name, aliases, wikidata = names.get(ref.id, (ref.name, [ref.name], None))
                ends.append(EntityRow(ref.id, name, ref.type, tuple(aliases), wikidata))
            rows.append(
                ClaimRow(
                    id=claim_id(fact),
                    predicate=fact.predicate,
                    subject=ends[0],
                    object=ends[1],
                    sentence=fact.evidence.sentence,
                    date=fact.date,
                    confidence=fact.confidence,
                    extractor=fact.extractor,
                    article_id=batch.id,
                    article_title=source.title if source else None,
                    article_url=source.url if source else None,
                    published=source.published if source else None,
                    properties=dict(fact.properties),
                )
            )
    return rows


def find_entity(claims: Iterable[ClaimRow], text: str) -> EntityRow | None:
    """The entity whose id, name or alias folds to the same key as `text`."""
    keys = {fold(text), fold_compact(text)}
    best: EntityRow | None = None
    for claim in claims:
        for end in (claim.subject, claim.object):
            if end.id == text.strip():
                return end
            forms = [end.name, *end.aliases]
            if best is None and any(fold(f) in keys or fold_compact(f) in keys for f in forms):
                best = end
    return best


def in_window(seen: str | None, since: str | None, until: str | None) -> bool:
    """Whether a (possibly partial) ISO date overlaps [since, until]; undated fails a window."""
    if since is None and until is None:
        return True
    if not seen:
        return False
    # compare on the common precision: "2024" overlaps 2024-06-01, "2024-06-30" is in "2024-06"
    if since is not None and seen[: len(since)] < since[: len(seen)]:
        return False
    return not (until is not None and seen[: len(until)] > until[: len(seen)])


def neighbourhood(
    claims: Iterable[ClaimRow],
    focus: str,
    schema: Schema,
    depth: int = 1,
    relations: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[ClaimRow]:
    wanted = set(relations) if relations else set(schema.relation_types)
    usable = [
        c for c in claims if c.predicate in wanted and in_window(c.seen, since, until)
    ]
    chosen: dict[str, ClaimRow] = {}
    visited: set[str] = set()
    frontier = {focus}
    for _ in range(max(depth, 1)):
        visited |= frontier
        reached: set[str] = set()
        for claim in usable:
            if claim.subject.id in frontier or claim.object.id in frontier:
                chosen[claim.id] = claim
                reached |= {claim.subject.id, claim.object.id}
        frontier = reached - visited
        if not frontier:
            break
    return sorted(chosen.values(), key=lambda c: c.id)


def claims_from_jsonl(path: str, schema: Schema) -> list[ClaimRow]:
    """ClaimRows of a JSON Lines file of the extraction contract (invalid articles skipped)."""
    from stratgraph.graph.load_input import parse_lines

    with open(path, "rb") as stream:
        parsed = parse_lines([(path, stream)], schema)
    return claims_from_batches(parsed.articles)
