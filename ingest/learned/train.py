"""Train the pair classifier from annotated articles (the `bench/heldout/*` format).

An annotated set is a folder with `articles/*.txt` (header lines, a `---` line, the body) and
`gold.yaml` (per article: entities with the surface forms the text uses, facts with verbatim
evidence). Every pair of linkable mentions in a sentence that the rules left unlinked is one
training example; its labels are the gold facts between the two entities whose evidence
overlaps that sentence. A pair that a gold fact names but whose sentence is not that fact's
evidence is left out rather than called negative: the article may say it in other words.

Training needs scikit-learn (the `train` extra); extraction only reads the weights it writes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from stratgraph.datafiles import read_yaml
from stratgraph.graph.names import unaccented
from stratgraph.ingest.learned.features import SentenceFeatures
from stratgraph.ingest.learned.focus import KIND, PREFIX, FocusFeatures, focus_of, focus_pairs
from stratgraph.ingest.learned.model import Gate, PairModel, said_by_sentence
from stratgraph.ingest.records import Record
from stratgraph.ingest.sentences import Sentence

SYMMETRIC = frozenset({"COMPETES_WITH", "PARTNERS_WITH"})
GOLD_TO_SYSTEM = {"holds_position": "SUPPORTS"}
SKIPPED = frozenset({"changed_position", "polled", "announced"})
"""Gold predicates whose objects are events or pairs of stances, not one linked mention."""


@dataclass
class Example:
    features: list[str]
    labels: set[str]
    group: str
    """The annotated set it comes from (evaluation holds out whole sets)."""
    where: str = ""
    """The pair and its sentence, for reading what the model gets wrong."""


def norm(text: object) -> str:
    """Case, accents, spaces and punctuation ignored, as the team's scorer compares names."""
    return re.sub(r"[\W_]+", "", unaccented(str(text)).casefold())


def read_article(path: Path) -> Record:
    raw = path.read_text(encoding="utf-8")
    header, body = raw.split("\n---\n", 1) if "\n---\n" in raw else ("", raw)
    meta = dict(line.split(": ", 1) for line in header.splitlines() if ": " in line)
    date = re.search(r"\d{4}-\d{2}-\d{2}", meta.get("date", ""))
    return Record(id=path.name, text=body.strip(), title=meta.get("title") or None,
                  published=date.group(0) if date else None)


def read_set(folder: Path) -> list[tuple[Record, dict]]:
    gold = read_yaml(folder / "gold.yaml")
    return [(read_article(folder / "articles" / a["file"]), a) for a in gold["articles"]]


def _spans(text: str, evidence: object) -> list[tuple[int, int]]:
    out = []
    for piece in evidence if isinstance(evidence, list) else [evidence]:
        piece = str(piece)
        start = text.find(piece)
        while piece and start >= 0:
            out.append((start, start + len(piece)))
            start = text.find(piece, start + 1)
    return out


def examples(record: Record, gold: dict, group: str) -> list[Example]:
    """The labelled pairs of one annotated article."""
    from stratgraph.ingest.kb import get_kb
    from stratgraph.ingest.pipeline import analyse

    found = analyse(record)
    kb, registry = get_kb(), found.registry
    gold_forms = {e["name"]: {norm(x) for x in [e["name"], *(e.get("aliases") or [])]}
                  for e in gold.get("entities") or []}

    def forms(entity: str) -> set[str]:
        names = {registry.names.get(entity, ""), *registry.aliases.get(entity, ())}
        if entity in kb.entities:
            names |= {kb.entities[entity].name, *kb.entities[entity].aliases}
        return {norm(x) for x in names if x}

    facts = []
    for fact in gold.get("facts") or []:
        if fact["predicate"] in SKIPPED or "object" not in fact:
            continue
        predicate = GOLD_TO_SYSTEM.get(fact["predicate"], fact["predicate"].upper())
        facts.append((predicate, gold_forms.get(fact["subject"], {norm(fact["subject"])}),
                      gold_forms.get(fact["object"], {norm(fact["object"])}),
                      _spans(record.text, fact.get("evidence", ""))))
    said = said_by_sentence(found.candidates)
    out = []
    cache: dict[str, set[str]] = {}
    gate = Gate(found.lang)
    fallback = found.fallback_hits()
    every = found.linked()
    focus = focus_of(every)
    counts = Counter(m.entity for ms in every.values() for m in ms)
    for index, linked in every.items():
        sent = found.sents[index]
        pairs = gate.pairs(record.text, sent, linked, said.get(index, {}))
        reader = SentenceFeatures(record.text, sent, linked, found.lang, said.get(index, {}),
                                  pairs, fallback.get(index), registry.owners, focus, counts)
        for a, b in pairs:
            labels = _labels(facts, sent, cache.setdefault(a.entity, forms(a.entity)),
                             cache.setdefault(b.entity, forms(b.entity)))
            if labels is None:
                continue
            out.append(Example(reader.of(a, b), labels, group,
                               f"{a.surface} | {b.surface} | {sent.text}"))
    if focus is None:
        return out
    ruled = {frozenset((c.subject, c.object)) for c in found.candidates}
    about = FocusFeatures(record.text, found.sents, every, found.lang, focus, said)
    ff = forms(focus)
    for index, other in focus_pairs(every, focus, ruled):
        sent = found.sents[index]
        if not gate.admits(record.text, sent, other):
            continue
        labels = _labels(facts, sent, ff, cache.setdefault(other.entity, forms(other.entity)),
                         PREFIX)
        if labels is None:
            continue
        out.append(Example(about.of(index, other), labels, group,
                           f"[{focus}] | {other.surface} | {sent.text}"))
    return out


def _labels(facts: list[tuple[str, set[str], set[str], list[tuple[int, int]]]], sent: Sentence,
            first: set[str], second: set[str], prefix: str = "") -> set[str] | None:
    """The gold labels of a pair (the names `first` and `second` go by) in `sent`: "LEADS>"
    when the first leads the second, "LEADS<" the other way, "COMPETES_WITH=" either way.
    None when the gold joins the two only with evidence elsewhere: the pair is no example."""
    labels, unsure = set(), False
    for predicate, subj, obj, spans in facts:
        way = (">" if first & subj and second & obj
               else "<" if second & subj and first & obj else "")
        if not way:
            continue
        if any(s < sent.end and sent.start < e for s, e in spans):
            labels.add(prefix + predicate + ("=" if predicate in SYMMETRIC else way))
        else:
            unsure = True
    return None if unsure and not labels else labels


def collect(folders: Iterable[Path], progress: Callable[[str, int], None] | None = None
            ) -> list[Example]:
    """The examples of every article of every annotated set in `folders`."""
    out: list[Example] = []
    for folder in folders:
        found = [ex for record, gold in read_set(folder)
                 for ex in examples(record, gold, folder.name)]
        if progress:
            progress(folder.name, len(found))
        out.extend(found)
    return out


def fit(data: list[Example], c: float = 2.0, min_count: int = 2, min_positives: int = 3,
        threshold: float = 0.6, min_weight: float = 0.02) -> PairModel:
    """One L2-regularised logistic unit per label with at least `min_positives` examples.
    Weights under `min_weight` are dropped: they move no decision (1 in 638 on the training
    pairs) and would make the shipped file three times larger and slower to load."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for ex in data for f in set(ex.features))
    kept = [{f: 1 for f in ex.features if counts[f] >= min_count} for ex in data]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(kept)
    names = vectorizer.get_feature_names_out()
    label_counts = Counter(label for ex in data for label in ex.labels)
    labels = sorted(label for label, n in label_counts.items() if n >= min_positives)
    bias: list[float] = []
    weights: dict[str, dict[int, float]] = {}
    kinds = [is_focus(ex) for ex in data]
    rows = {kind: [i for i, k in enumerate(kinds) if k == kind] for kind in (False, True)}
    for k, label in enumerate(labels):
        mine = rows[label.startswith(PREFIX)]  # a focus label learns from focus pairs only
        y = [label in data[i].labels for i in mine]
        unit = LogisticRegression(C=c, solver="lbfgs", max_iter=3000)
        unit.fit(x[mine], y)
        bias.append(round(float(unit.intercept_[0]), 4))
        for j, w in enumerate(unit.coef_[0]):
            if abs(w) >= min_weight:
                weights.setdefault(str(names[j]), {})[k] = round(float(w), 4)
    meta = {"examples": len(data), "positives": {k: label_counts[k] for k in labels},
            "c": c, "sets": sorted({ex.group for ex in data})}
    return PairModel(labels, bias, weights, threshold, meta)


GRID = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def label_thresholds(data: list[Example], c: float, min_precision: float, folds: int = 5,
                     min_true: int = 3) -> dict[str, float]:
    """Per label, the lowest threshold of GRID at which the label's proposals on held-out
    sets (group cross-validation: whole sets held out) are right at least `min_precision` of
    the time; 1.01 (never) for a label that reaches it nowhere. Only proposals count: the
    layer must not cost the rules' precision more than it adds in recall."""
    groups = sorted({ex.group for ex in data})
    scored: dict[str, list[tuple[float, bool]]] = {}
    for k in range(folds):
        held = set(groups[k::folds])
        model = fit([ex for ex in data if ex.group not in held], c=c)
        for ex in data:
            if ex.group in held:
                for label, p in zip(model.labels, model.probabilities(ex.features)):
                    if p >= GRID[0] and label.startswith(PREFIX) == is_focus(ex):
                        scored.setdefault(label, []).append((p, label in ex.labels))
    out: dict[str, float] = {}
    for label, rows in sorted(scored.items()):
        out[label] = 1.01
        for threshold in GRID:
            right = [ok for p, ok in rows if p >= threshold]
            if sum(right) >= min_true and sum(right) >= min_precision * len(right):
                out[label] = threshold
                break
    return out


def is_focus(ex: Example) -> bool:
    """A focus pair (the article's main firm and a name of a sentence without it)?"""
    return KIND in ex.features


def evaluate(model: PairModel, data: list[Example]) -> dict[str, int]:
    """Labels the model accepts against the gold labels of held-out pairs."""
    tp = fp = fn = 0
    for ex in data:
        proposed = {label for label, _ in model.accepted(ex.features, is_focus(ex))}
        tp += len(proposed & ex.labels)
        fp += len(proposed - ex.labels)
        fn += len(ex.labels - proposed)
    return {"true": tp, "false": fp, "missed": fn}
