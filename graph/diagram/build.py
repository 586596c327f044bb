"""From claim rows to a networkx influence graph: pure functions, no database.

The Neo4j side (`graph.diagram.query`) returns one row per claim; everything here turns those
rows into a `networkx.MultiDiGraph` with one edge per (subject, relation, object) that keeps
every citation, and computes the influence score. Keeping this free of I/O lets unit tests
pin the diagram's content on hand-made rows, and lets any renderer (Graphviz, Mermaid, HTML)
share one model.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from stratgraph.graph.schema import ENTITY_LABEL, Schema

MAX_CITATION_CHARS = 400


@dataclass(frozen=True)
class EntityRow:
    """One entity as the query returns it."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True)
class ClaimRow:
    """One claim with both ends and its article: the unit of a citation."""

    id: str
    predicate: str
    subject: EntityRow
    object: EntityRow
    sentence: str
    date: str | None
    confidence: float | None
    extractor: str | None
    article_id: str
    article_title: str | None = None
    article_url: str | None = None
    published: str | None = None
    properties: Mapping[str, Any] = field(default_factory=dict)

    @property
    def seen(self) -> str | None:
        """The claim's date, or its article's publication date when the text gave none.

        Only ISO dates count (a datetime is cut to its date): a placeholder such as
        "unknown" in the metadata must not be sorted or compared as if it were a date.
        """
        return iso_date(self.date) or iso_date(self.published)


_ISO = re.compile(r"(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ].*)?")


def iso_date(value: str | None) -> str | None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` from the start of `value`, else None."""
    if not value:
        return None
    match = _ISO.fullmatch(value.strip())
    return match.group(1) if match else None


def entity_type(labels: Iterable[str], schema: Schema) -> str:
    """The schema label among a node's labels (every entity also carries `Entity`)."""
    for label in labels:
        if label != ENTITY_LABEL and label in schema.entities:
            return label
    return "Entity"


def citation(claim: ClaimRow) -> dict[str, Any]:
    """What a reader needs to check an edge: sentence, article, date, who extracted it."""
    sentence = claim.sentence
    if len(sentence) > MAX_CITATION_CHARS:
        sentence = sentence[: MAX_CITATION_CHARS - 1] + "…"
    return {
        "claim": claim.id,
        "sentence": sentence,
        "article": claim.article_id,
        "title": claim.article_title or claim.article_id,
        "url": claim.article_url,
        "date": claim.seen,
        "confidence": claim.confidence,
        "extractor": claim.extractor,
    }


def build_graph(
    claims: Iterable[ClaimRow],
    schema: Schema,
    focus: str,
    scores: Mapping[str, float] | None = None,
) -> nx.MultiDiGraph:
    """One node per entity, one edge per (subject, relation, object) with all its citations.

    Symmetric relations (PARTNERS_WITH, COMPETES_WITH) become one edge per pair whatever the
    order the text used, stored with the ends sorted. Node attribute `distance` is the number
    of hops from the focus in the undirected graph, which pruning and layout use.
    """
    graph = nx.MultiDiGraph(focus=focus)
    grouped: dict[tuple[str, str, str], list[ClaimRow]] = defaultdict(list)
    for claim in claims:
        for end in (claim.subject, claim.object):
            if end.id not in graph:
                graph.add_node(
                    end.id,
                    name=end.name,
                    type=end.type,
                    aliases=list(end.aliases),
                    wikidata=end.wikidata,
                )
        source, target = claim.subject.id, claim.object.id
        relation = schema.relations.get(claim.predicate)
        if relation is not None and relation.symmetric and target < source:
            source, target = target, source
        grouped[(source, claim.predicate, target)].append(claim)
    for (source, predicate, target), group in sorted(grouped.items()):
        relation = schema.relations.get(predicate)
        group.sort(key=lambda c: (c.seen or "", c.id))
        dates = [c.seen for c in group if c.seen]
        graph.add_edge(
            source,
            target,
            key=predicate,
            relation=predicate,
            influence=bool(relation and relation.influence),
            symmetric=bool(relation and relation.symmetric),
            count=len(group),
            articles=len({c.article_id for c in group}),
            first_seen=min(dates) if dates else None,
            last_seen=max(dates) if dates else None,
            confidence=max((c.confidence or 0.0) for c in group),
            citations=[citation(c) for c in group],
        )
    _set_distances(graph, focus)
    set_scores(graph, scores or {})
    return graph


def _set_distances(graph: nx.MultiDiGraph, focus: str) -> None:
    if focus not in graph:
        return
    distances = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), focus)
    for node in graph:
        graph.nodes[node]["distance"] = distances.get(node, -1)


def set_scores(graph: nx.MultiDiGraph, scores: Mapping[str, float]) -> None:
    """Attach `score` (raw influence score) and `size` (0..1 between the diagram's extremes).

    Nodes outside every influence-bearing relation have no score of their own and take the
    diagram's lowest, so they are drawn smallest.
    """
    known = [scores[n] for n in graph if n in scores]
    low = min(known, default=0.0)
    top = max(known, default=0.0)
    for node in graph:
        raw = scores.get(node, low)
        graph.nodes[node]["score"] = raw
        # square root: a few hubs should not shrink everyone else to the minimum size
        graph.nodes[node]["size"] = ((raw - low) / (top - low)) ** 0.5 if top > low else 0.0


def prune(graph: nx.MultiDiGraph, max_nodes: int) -> nx.MultiDiGraph:
    """Keep the focus and the `max_nodes - 1` nodes closest to it, most-cited first.

    A depth-2 neighbourhood of a hub easily has hundreds of nodes; past a few dozen a diagram
    stops being readable, so we keep what is nearest and best attested, and record how many
    nodes were left out (graph attribute `omitted`).
    """
    if graph.number_of_nodes() <= max_nodes:
        graph.graph.setdefault("omitted", 0)
        return graph
    focus = graph.graph.get("focus")
    weight: dict[str, int] = defaultdict(int)
    for source, target, data in graph.edges(data=True):
        weight[source] += data["count"]
        weight[target] += data["count"]

    def rank(node: str) -> tuple[int, int, int, float, str]:
        attrs = graph.nodes[node]
        distance = attrs.get("distance", -1)
        return (
            0 if node == focus else 1,
            distance if distance >= 0 else 1_000,
            -weight[node],
            -attrs.get("score", 0.0),
            node,
        )

    keep = sorted(graph, key=rank)[:max_nodes]
    pruned = nx.MultiDiGraph(graph.subgraph(keep))
    pruned.graph.update(graph.graph)
    pruned.graph["omitted"] = graph.number_of_nodes() - len(keep)
    return pruned


def pagerank(
    edges: Iterable[tuple[str, str, float]],
    nodes: Iterable[str] = (),
    alpha: float = 0.85,
    tolerance: float = 1.0e-10,
    max_iterations: int = 200,
) -> dict[str, float]:
    """Weighted PageRank by power iteration; scores sum to 1.

    networkx's own `pagerank` needs scipy and numpy, two large dependencies for a few dozen
    lines of arithmetic on graphs of thousands of nodes. Dangling nodes (no out-edges) spread
    their rank uniformly, as in the reference algorithm.
    """
    out: dict[str, dict[str, float]] = defaultdict(dict)
    everyone: set[str] = set(nodes)
    for source, target, weight in edges:
        everyone.update((source, target))
        if weight > 0 and source != target:
            out[source][target] = out[source].get(target, 0.0) + weight
    if not everyone:
        return {}
    count = len(everyone)
    rank = dict.fromkeys(everyone, 1.0 / count)
    totals = {node: sum(targets.values()) for node, targets in out.items()}
    for _ in range(max_iterations):
        dangling = sum(rank[n] for n in everyone if n not in out)
        base = (1.0 - alpha) / count + alpha * dangling / count
        new = dict.fromkeys(everyone, base)
        for source, targets in out.items():
            share = alpha * rank[source] / totals[source]
            for target, weight in targets.items():
                new[target] += share * weight
        delta = sum(abs(new[n] - rank[n]) for n in everyone)
        rank = new
        if delta < tolerance * count:
            break
    return rank


def influence_scores(
    edges: Iterable[tuple[str, str, float]], nodes: Iterable[str] = ()
) -> dict[str, float]:
    """PageRank over influence-bearing relations, with every edge turned round.

    An edge `X -[INVESTS_IN|LEADS|INFLUENCED|...]-> Y` says X acts on Y. Reversed, Y "votes"
    for X, so a node scores high when it acts on many nodes, or on nodes that themselves act
    on many: the people and organisations who move others, not the ones moved.
    """
    return pagerank(((target, source, weight) for source, target, weight in edges), nodes)
