"""The trained pair classifier: load its weights, score pairs, propose candidate facts.

Inference is a sparse dot product in plain Python, so extraction needs neither scikit-learn
nor NumPy; only training does (`train.py`). One logistic unit per label: "LEADS>" (the first
name of the pair leads the second), "LEADS<" (the reverse), "COMPETES_WITH=" (either way).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from stratgraph.ingest.candidate import Candidate
from stratgraph.ingest.ends import any_word
from stratgraph.ingest.langdata import expand, load
from stratgraph.ingest.learned.features import (CueHits, Said, SentenceFeatures, residual_pairs,
                                                stance_mentions)
from stratgraph.ingest.learned.focus import PREFIX, FocusFeatures, focus_of, focus_pairs
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.pattern_cache import cached_data
from stratgraph.ingest.sentences import Sentence

MODEL_FILE = Path(__file__).with_name("pair_model.json.gz")
NEGATION_REACH = 30
"""How far before the first name a negation still governs the pair (as for the rules)."""
PAST_REACH = 30
"""How far before the first name a past marker still ends the job ("Previously, X ...")."""
AFTER = 20
"""And how far after the second: German and French put it there ("ist bei X nicht
ausgeschieden", "n'a pas rejoint X")."""
MAX_SENTENCE = 1000
MAX_MENTIONS = 40
"""A "sentence" longer than this, or naming more, is no prose the layer was trained on (the
longest of the 14,000 training sentences has 523 characters): a list, a table or broken input
with no full stop, where pairs and their features would cost quadratic time. It is skipped."""
FOIL_REACH = 60
"""How far before a firm a contrast cue still makes it a foil ("Unlike OpenAI and Anthropic")."""
_QUESTION = re.compile(r"[?？]\W*$")
_CLAUSE_BREAK = re.compile(r"[,;:，；：]")
RULE = "learned:pair"
FOCUS_RULE = "learned:focus"
LINKED_TYPES = ("Person", "Organization", "Model", "Product")


@dataclass
class PairModel:
    labels: list[str]
    bias: list[float]
    weights: dict[str, dict[int, float]]
    """feature -> {label index: weight}; features absent here weigh nothing."""
    threshold: float
    """The probability a label needs, unless `thresholds` names one for it."""
    meta: dict
    thresholds: dict[str, float] = field(default_factory=dict)
    """Per label: the threshold cross-validation chose (above 1 for a label it switched off)."""

    @classmethod
    def read(cls, path: Path) -> PairModel:
        """The model at `path`, with the restricted weights `live` computes. Both come from
        the pattern cache when this file's content was read before: parsing 70,000 weights
        from JSON and restricting them was a fifth of a worker's start."""
        def build() -> dict:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                raw = json.load(fh)
            raw["weights"] = {f: {int(k): v for k, v in w.items()}
                              for f, w in raw["weights"].items()}
            model = cls(raw["labels"], raw["bias"], raw["weights"], raw["threshold"],
                        raw.get("meta", {}), raw.get("thresholds", {}))
            raw["live"] = [model.live(False), model.live(True)]
            return raw

        key = f"live-dicts:{path.name}:{hashlib.sha256(path.read_bytes()).hexdigest()}"
        raw = cached_data("pair_model", key, build)
        model = cls(raw["labels"], raw["bias"], raw["weights"], raw["threshold"],
                    raw.get("meta", {}), raw.get("thresholds", {}))
        model.__dict__["_live_cache"] = {False: raw["live"][0], True: raw["live"][1]}
        return model

    def write(self, path: Path) -> None:
        raw = {"labels": self.labels, "bias": self.bias, "threshold": self.threshold,
               "meta": self.meta, "thresholds": self.thresholds,
               "weights": {f: {str(k): v for k, v in sorted(w.items())}
                           for f, w in sorted(self.weights.items())}}
        with open(path, "wb") as out, gzip.GzipFile(filename="", mode="wb", fileobj=out,
                                                    mtime=0) as fh:  # same weights, same bytes
            fh.write(json.dumps(raw, ensure_ascii=False, sort_keys=True).encode("utf-8"))

    def probabilities(self, feats: list[str]) -> list[float]:
        """P(label | pair) for every label, from independent logistic units."""
        scores = list(self.bias)
        for f in set(feats):
            for k, w in self.weights.get(f, {}).items():
                scores[k] += w
        return [_sigmoid(s) for s in scores]

    def accepted(self, feats: list[str], focus: bool = False) -> list[tuple[str, float]]:
        """(label, probability) of the labels that reach their threshold, among the labels
        of within-sentence pairs or, with `focus`, of focus pairs ("F:..."). Only the labels
        that can pass are scored: extraction calls this for every pair."""
        live, weights = self.live(focus)
        scores = {k: self.bias[k] for k in live}
        for f in set(feats):
            if (row := weights.get(f)) is not None:
                for k, w in row.items():
                    scores[k] += w
        out = []
        for k, s in scores.items():
            if (p := _sigmoid(s)) >= live[k]:
                out.append((self.labels[k], p))
        return out

    def live(self, focus: bool) -> tuple[dict[int, float], dict[str, dict[int, float]]]:
        """The labels of one kind whose threshold is reachable, with their thresholds, and
        the weights restricted to them (computed once per model). Dictionaries, not lists of
        pairs: the pattern cache reads 240,000 pairs back three times slower than the same
        weights as dictionaries, and every batch worker reads them."""
        cache = self.__dict__.setdefault("_live_cache", {})
        if focus not in cache:
            live = {k: t for k, label in enumerate(self.labels)
                    if label.startswith(PREFIX) == focus
                    and (t := self.thresholds.get(label, self.threshold)) <= 1.0}
            weights = {f: kept for f, w in self.weights.items()
                       if (kept := {k: v for k, v in w.items() if k in live})}
            cache[focus] = (live, weights)
        return cache[focus]


def _sigmoid(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@lru_cache(maxsize=4)
def get_model(path: str | None = None) -> PairModel | None:
    """The shipped model (or the one at `path`); None when the shipped file is missing."""
    file = Path(path) if path else MODEL_FILE
    if path and not file.is_file():
        raise FileNotFoundError(f"no pair model file at {file}")
    return PairModel.read(file) if file.is_file() else None


def sentence_mentions(sent: Sentence, table: list[Mention], positions: list[Mention],
                      lang: str) -> list[Mention]:
    """What the pair layer links in one sentence: the rule layer's resolved mentions (names,
    pronouns, "the company"), literal position names, and positions a stance cue implies."""
    linked = [m for m in table if m.type in LINKED_TYPES]
    linked += [p for p in positions if not any(p.start < m.end and m.start < p.end
                                               for m in linked)]
    return linked + stance_mentions(sent, lang, linked)


class Gate:
    """The rule layer's modality gates, for the pair layer: a question or a doubt states
    nothing, and a negation around a pair ("Meta no longer defends open models") denies it.
    Training skips the same pairs, so the model learns from what it will be asked."""

    def __init__(self, lang: str):
        data = load(lang)
        self.negation, self.doubt = data.cue("negation"), data.cue("doubt")
        self.past = data.cue("past")
        self.against = _concern(lang)
        """A concern voiced right before a stance ("ses préoccupations quant à la
        restructuration"): the pair states no support for it."""
        self.contrast = data.cue("contrast")
        pronouns = data.macros.get("REL_PRON")
        self.relative = re.compile(rf"\s*(?:{pronouns})\b") if pronouns else None
        """"Unlike OpenAI and Anthropic, which ...": the firms after it are foils, and the
        stance the sentence states is the other firm's, not theirs."""

    def pairs(self, text: str, sent: Sentence, mentions: list[Mention], said: Said
              ) -> list[tuple[Mention, Mention]]:
        """The pairs of a sentence the rules left unlinked and the gates let through."""
        if len(sent.text) > MAX_SENTENCE or len(mentions) > MAX_MENTIONS or not self.states(sent):
            return []
        return [(a, b) for a, b in residual_pairs(mentions, said)
                if not self.denied(text, sent, a, b)]

    def admits(self, text: str, sent: Sentence, other: Mention) -> bool:
        """May a focus pair read `other` in this sentence? Not in one too long for prose, a
        question, or around a negation (the focus itself stands in another sentence)."""
        return (len(sent.text) <= MAX_SENTENCE and self.states(sent)
                and not self.denied(text, sent, other, other))

    def states(self, sent: Sentence) -> bool:
        return not (_QUESTION.search(sent.text) or (self.doubt and self.doubt.search(sent.text)))

    def past_job(self, text: str, sent: Sentence, a: Mention, b: Mention) -> bool:
        """A past marker between the pair or just before it ("X, who used to work at Y",
        "X previously led ... at Y"): the job is over, as the rules read it (`tenure.py`)."""
        window = text[max(sent.start, a.start - PAST_REACH):b.start]
        return self.past is not None and self.past.search(window) is not None

    def opposed(self, text: str, sent: Sentence, position: Mention) -> bool:
        """A concern cue (the language's CONCERN macro) in the 40 characters before a policy
        position."""
        window = text[max(sent.start, position.start - 40):position.start]
        return self.against is not None and self.against.search(window) is not None

    def foil(self, text: str, sent: Sentence, actor: Mention, position: Mention) -> bool:
        """The actor follows a contrast cue with no clause break between ("Contrairement à
        OpenAI", "Unlike Meta and Google"), and the position stands past the actor's own
        words: "unlike Meta's open approach" and "a diferencia de Alibaba, que publicó con
        pesos abiertos ..." are Meta's and Alibaba's stances, the main clause's is not."""
        if self.contrast is None or position.start < actor.end:
            return False
        window = text[max(sent.start, actor.start - FOIL_REACH):actor.start]
        if not any(not _CLAUSE_BREAK.search(window, m.end())
                   for m in self.contrast.finditer(window)):
            return False
        clauses = _CLAUSE_BREAK.split(text[actor.end:position.start])
        if len(clauses) == 1:
            return False  # the position is in the foil's own phrase
        relative = self.relative is not None and self.relative.match(clauses[1]) is not None
        return not (relative and len(clauses) == 2)  # in the foil's relative clause

    def denied(self, text: str, sent: Sentence, a: Mention, b: Mention) -> bool:
        window = text[max(sent.start, a.start - NEGATION_REACH):min(sent.end, b.end + AFTER)]
        return self.negation is not None and self.negation.search(window) is not None


@lru_cache(maxsize=None)
def _concern(lang: str) -> re.Pattern[str] | None:
    """The language's CONCERN words, compiled once: a Gate is built for every article."""
    words = expand("{CONCERN}", load(lang).macros, False)
    return any_word(words) if words else None


def said_by_sentence(candidates: list[Candidate]) -> dict[int, Said]:
    """Per sentence, the pairs the rule layer linked and with which predicates."""
    said: dict[int, Said] = {}
    for c in candidates:
        said.setdefault(c.sentence, {}).setdefault((c.subject, c.object), set()).add(c.predicate)
    return said


def propose(model: PairModel, text: str, sents: list[Sentence],
            linked: dict[int, list[Mention]], lang: str, candidates: list[Candidate],
            allowed: Callable[[str, str, str], bool],
            fallback: dict[int, CueHits] | None = None,
            owners: Mapping[str, str] | None = None) -> list[Candidate]:
    """Candidate facts for every unlinked pair the model scores at or above its threshold,
    past the modality gates. `owners`: the makers of models the knowledge base lacks, from
    their family ("Qwen3-235B" -> Alibaba), as the mention finder registered them."""
    said = said_by_sentence(candidates)
    gate = Gate(lang)
    focus = focus_of(linked)
    counts = Counter(m.entity for ms in linked.values() for m in ms)
    out: list[Candidate] = []
    for index, sent in enumerate(sents):
        mentions = linked.get(index, [])
        pairs = gate.pairs(text, sent, mentions, said.get(index, {}))
        if not pairs:
            continue
        reader = SentenceFeatures(text, sent, mentions, lang, said.get(index, {}), pairs,
                                  (fallback or {}).get(index), owners, focus, counts)
        for a, b in pairs:
            for label, p in model.accepted(reader.of(a, b)):
                predicate, way = label[:-1], label[-1]
                subject, obj = (b, a) if way == "<" else (a, b)
                if predicate == "WORKS_FOR" and gate.past_job(text, sent, a, b):
                    predicate = "LEFT"
                if not allowed(predicate, subject.entity, obj.entity):
                    continue
                if predicate == "SUPPORTS" and gate.opposed(text, sent, obj):
                    continue
                if predicate in ("SUPPORTS", "OPPOSES") and gate.foil(text, sent, subject, obj):
                    continue
                props = {"open_weights": True} if predicate == "OPEN_SOURCED" else {}
                out.append(Candidate(predicate, subject.entity, obj.entity, RULE,
                                     round(p, 3), index, props))
    return out + _focus_proposals(model, text, sents, linked, lang, candidates, allowed, gate,
                                  said, focus)


def _focus_proposals(model: PairModel, text: str, sents: list[Sentence],
                     linked: dict[int, list[Mention]], lang: str, candidates: list[Candidate],
                     allowed: Callable[[str, str, str], bool], gate: Gate,
                     said: dict[int, Said], focus: str | None) -> list[Candidate]:
    """Facts joining the article's main firm (`focus`) to the names of sentences that omit
    it."""
    if focus is None or not model.live(True)[0]:  # no focus label passed cross-validation
        return []
    ruled = {frozenset((c.subject, c.object)) for c in candidates}
    reader = FocusFeatures(text, sents, linked, lang, focus, said)
    out: list[Candidate] = []
    for index, other in focus_pairs(linked, focus, ruled):
        if not gate.admits(text, sents[index], other):
            continue
        for label, p in model.accepted(reader.of(index, other), focus=True):
            predicate, way = label[len(PREFIX):-1], label[-1]
            subject, obj = (other.entity, focus) if way == "<" else (focus, other.entity)
            if allowed(predicate, subject, obj):
                props = {"open_weights": True} if predicate == "OPEN_SOURCED" else {}
                out.append(Candidate(predicate, subject, obj, FOCUS_RULE, round(p, 3), index,
                                     props))
    return out
