"""Entity pairs of one sentence and the features that describe them.

Features are strings. Most name a cue macro of the rule files ("b:LEFT_V": a departure verb
stands between the two names) rather than a word, so that what the model learns from French
articles carries over to Italian or German ones. A few lexical features (the words between two
close names) add what the macros miss within a language. Cue macros are matched once per
sentence; a pair then only compares offsets, which keeps the layer cheap on long sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from stratgraph.datafiles import read_yaml
from stratgraph.ingest.fallback_grammar import PLACEHOLDER
from stratgraph.ingest.folding import compile_twins, lowered
from stratgraph.ingest.kb import get_kb
from stratgraph.ingest.langdata import expand, load
from stratgraph.ingest.literal_gate import Gate, GatedList, further_gates_of, gates_of
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.pattern_cache import compile_all
from stratgraph.ingest.sentences import Sentence

CUES_FILE = Path(__file__).with_name("cues.yaml")
CODE = {"Person": "P", "Organization": "O", "Model": "M", "Product": "D", "PolicyPosition": "X"}
LINKABLE = frozenset("".join(sorted(p)) for p in
                     ("PO", "OO", "OM", "OD", "PM", "PD", "PX", "OX", "PP"))
"""Unordered type pairs (letters sorted) some relation of the schema can join."""
MAX_CHARS = 220
"""Names further apart than this in one sentence are rarely related, and long unpunctuated
input would otherwise cost a quadratic number of pairs."""
MAX_BETWEEN = 6
"""At most this many other mentions between the two names of a pair."""
CONTEXT = 60
"""How far before the first name and after the second the left and right words are read."""
ROLE_TAGS = ("leads", "founder")
"""Knowledge-base tags of a person about their employer: they run it, they founded it."""
_WORD = re.compile(r"[^\W\d_]+")
_CJK = re.compile(r"[\u3400-\u9fff]")
_POSSESSIVE = re.compile(r"^\s*(?:['’]s?|s)(?!\w)")
_MARKS = ((",", "comma"), ("(", "paren"), (";", "semi"), (":", "colon"), ("\"", "quote"),
          ("“", "quote"), ("«", "quote"), ("，", "comma"))

Said = dict[tuple[str, str], set[str]]
"""(subject, object) -> the predicates the rule layer proposed for them in one sentence."""
CueHits = tuple[str, list[tuple[str, int, int]], list[Mention]]
"""The fallback layer's reading of one sentence: the masked text, its cues (name, start, end)
and the mention table its placeholders (`@O3@`) index."""


@dataclass(frozen=True)
class Cues:
    """One language's compiled cue macros, sentence cues and stance cues."""

    spans: tuple[tuple[str, re.Pattern[str]], ...]
    sentence: tuple[tuple[str, re.Pattern[str]], ...]
    stances: tuple[tuple[str, re.Pattern[str]], ...]
    join: re.Pattern[str]
    """What joins two names of one list: a comma or the language's AND/OR words."""
    folded: dict[str, re.Pattern[str]] = field(default_factory=dict)
    """Case-sensitive twins of the span and stance patterns, letters folded, for lower-cased
    text: `re.IGNORECASE` cannot skip alternatives by their first letter, and these scans
    were most of the layer's time (`finditer` below)."""
    gates: dict[str, Gate] = field(default_factory=dict)
    """Per folded twin, words it cannot match without (see literal_gate): a sentence that
    has none of them is not searched. Most cues are absent from most sentences."""
    further: dict[str, tuple[Gate, ...]] = field(default_factory=dict)
    """Per gated twin, the other gates it needs as well (`literal_gate.further_gates_of`)."""

    def _plan(self, cues: tuple[tuple[str, re.Pattern[str]], ...]
              ) -> GatedList[tuple[str, re.Pattern[str]]]:
        return GatedList(list(cues), [self.gates.get(name) if name in self.folded else None
                                      for name, _ in cues],
                         [self.further.get(name, ()) for name, _ in cues])

    @cached_property
    def span_plan(self) -> GatedList[tuple[str, re.Pattern[str]]]:
        """The span cues by their twins' gates: `open_spans` skips, without a call per cue,
        the many a text cannot match."""
        return self._plan(self.spans)

    @cached_property
    def stance_plan(self) -> GatedList[tuple[str, re.Pattern[str]]]:
        """The stance cues by their twins' gates (see `span_plan`)."""
        return self._plan(self.stances)

    def open_spans(self, low: str | None) -> list[tuple[str, re.Pattern[str]]]:
        """The span cues `low` (lower-cased text, or None) may match, in their order: the
        cues to hand to `finditer` and `found`, which do not test gates again."""
        return self.span_plan.open(low)

    def finditer(self, name: str, pattern: re.Pattern[str], text: str, low: str | None,
                 start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text, start, end)`, through the folded twin on `low`
        (`lowered(text)`, None when lower-casing changes its length): the same matches,
        faster."""
        twin = self.folded.get(name) if low is not None else None
        if twin is not None:
            return twin.finditer(low, start, len(text) if end is None else end)
        return pattern.finditer(text, start, len(text) if end is None else end)

    def found(self, name: str, pattern: re.Pattern[str], text: str, low: str | None) -> bool:
        """Does the cue occur anywhere in `text`? (One search, no iterator: the focus layer
        asks it of every cue in every sentence.)"""
        twin = self.folded.get(name) if low is not None else None
        if twin is not None:
            return twin.search(low) is not None
        return pattern.search(text) is not None


@lru_cache(maxsize=1)
def _spec() -> dict:
    return read_yaml(CUES_FILE)


@lru_cache(maxsize=None)
def cues(lang: str) -> Cues:
    """Compile the cue macros listed in cues.yaml for `lang` (absent macros are skipped)."""
    data = load(lang)
    spec = _spec()
    words = lang != "zh"

    def expanded(*names: str) -> str | None:
        """The macros `names` (each with its `_MORE` part, where the language has one)."""
        present = [n for name in names for n in (name, f"{name}_MORE") if n in data.macros]
        return expand("|".join("{" + n + "}" for n in present), data.macros,
                      words) if present else None

    by_position: dict[str, list[str]] = {}
    for name, pid in spec["stance_cues"].items():
        by_position.setdefault(pid, []).append(name)  # one scan per position
    wanted = [(n, expanded(n)) for n in spec["cues"]]
    wanted += [(pid, expanded(*names)) for pid, names in by_position.items()]
    kept = [(name, pattern) for name, pattern in wanted if pattern]
    compiled = dict(zip((name for name, _ in kept), compile_all(
        f"pair-cues-{lang}", [(pattern, int(re.IGNORECASE)) for _, pattern in kept])))
    spans = tuple((n, compiled[n]) for n in spec["cues"] if n in compiled)
    sentence = tuple((n, p) for n in spec["sentence_cues"] if (p := data.cue(n)))
    stances = tuple((pid, compiled[pid]) for pid in by_position if pid in compiled)
    joiners = "|".join("{" + n + "}" for n in ("AND", "OR") if n in data.macros)
    join = expand(r"\s*(?:[,、，]\s*)?(?:" + joiners + r")?\s*", data.macros, words)
    twins = compile_twins(f"pair-cues-folded-{lang}", [pattern for _, pattern in kept])
    folded = {name: twin for (name, _), twin in zip(kept, twins) if twin is not None}
    names = list(folded)
    gates = {name: gate for name, gate in zip(names, gates_of(
        f"pair-cues-gates-{lang}", [folded[name].pattern for name in names])) if gate is not None}
    gated = [name for name in names if name in gates]
    further = dict(zip(gated, further_gates_of(f"pair-cues-further-{lang}",
                                               [folded[name].pattern for name in gated])))
    return Cues(spans, sentence, stances, re.compile(join or r"\s*,\s*", re.IGNORECASE),
                folded, gates, further)


def stance_mentions(sent: Sentence, lang: str, taken: list[Mention]) -> list[Mention]:
    """Position mentions where a stance cue fires and no entity mention already stands
    ("keeps its best models closed" stands for the closed-models position)."""
    out: list[Mention] = []
    table = cues(lang)
    low = lowered(sent.text)
    for pid, pattern in table.stance_plan.open(low):
        for m in table.finditer(pid, pattern, sent.text, low):
            start, end = sent.start + m.start(), sent.start + m.end()
            if m.end() == m.start() or any(x.start < end and start < x.end for x in taken + out):
                continue
            out.append(Mention(start, end, pid, "PolicyPosition", m.group(0), "stance-cue"))
    return out


def candidate_pairs(mentions: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """Pairs (first, second) in text order of two different entities a relation may join."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    for i, a in enumerate(ordered):
        for j in range(i + 1, min(len(ordered), i + 2 + MAX_BETWEEN)):
            b = ordered[j]
            if b.entity == a.entity or b.start - a.end > MAX_CHARS or b.start < a.end:
                continue
            if "".join(sorted(CODE.get(a.type, "?") + CODE.get(b.type, "?"))) in LINKABLE:
                yield a, b


def residual_pairs(mentions: list[Mention], said: Said) -> Iterator[tuple[Mention, Mention]]:
    """The candidate pairs the rule layer left unlinked: the layer's only business, since a
    rule's reading of a pair is more precise than a classifier's."""
    for a, b in candidate_pairs(mentions):
        if (a.entity, b.entity) not in said and (b.entity, a.entity) not in said:
            yield a, b


def _tokens(text: str) -> list[str]:
    if _CJK.search(text):
        chars = [c for c in text if _CJK.match(c)]
        return ["".join(chars[i:i + 2]) for i in range(len(chars) - 1)] or chars
    return [w.casefold() for w in _WORD.findall(text)]


def _few(n: int) -> str:
    """How often an article names an entity: once, two or three times, or four and more."""
    return "1" if n <= 1 else ("2" if n <= 3 else "4")


def _bucket(n: int) -> str:
    return str(n) if n < 4 else ("4-7" if n < 8 else ("8-15" if n < 16 else "16+"))


class SentenceFeatures:
    """Features of the pairs of one sentence. Cue macros are matched once for all pairs, and
    only between the first pair's first name and the last pair's second name: the cues that
    count stand between two names (cues around a pair added nothing in cross-validation)."""

    def __init__(self, text: str, sent: Sentence, table: list[Mention], lang: str, said: Said,
                 pairs: list[tuple[Mention, Mention]], fallback: CueHits | None = None,
                 owners: Mapping[str, str] | None = None, focus: str | None = None,
                 counts: Mapping[str, int] | None = None):
        self.text, self.sent, self.table, self.said = text, sent, table, said
        self.owners, self.focus = owners or {}, focus
        self.counts = counts or {}
        self.slots: dict[int, tuple[int, int]] = {}
        self.fallback_hits: list[tuple[str, int, int]] = []
        if fallback is not None:  # the rule layer's own cue words, per language, as features
            masked, self.fallback_hits, ruled = fallback
            for m in PLACEHOLDER.finditer(masked):
                self.slots.setdefault(id(ruled[int(m.group(2))]), (m.start(), m.end()))
        self.cues = cues(lang)
        start = min((a.end for a, _ in pairs), default=sent.end)
        end = max((b.start for _, b in pairs), default=start)
        low = lowered(text)
        end = max(start, end)
        opened = self.cues.open_spans(lowered(sent.text) if low is not None else None)
        self.hits = [(name, m.start(), m.end()) for name, pattern in opened
                     for m in self.cues.finditer(name, pattern, text, low, start, end)
                     if m.end() > m.start()]  # (gated on the sentence, as the focus layer)
        self.general = [f"s:{name}" for name, pattern in self.cues.sentence
                        if pattern.search(sent.text)]
        self.first = min(table, key=lambda m: m.start) if table else None
        self.last = max(table, key=lambda m: m.end) if table else None

    def of(self, a: Mention, b: Mention) -> list[str]:
        """Binary features of the pair (a, b), a first in the text."""
        text, sent = self.text, self.sent
        tp = CODE[a.type] + CODE[b.type]
        between = text[a.end:b.start]
        left_from = max(sent.start, a.start - CONTEXT)
        right_to = min(sent.end, b.end + CONTEXT)
        out = [f"t:{tp}", f"o:{a.origin == 'anaphor'}{b.origin == 'anaphor'}", *self.general]
        if self.counts:  # how often the article names each end: central names relate more
            out.append("sal:" + "".join(_few(self.counts.get(m.entity, 0)) for m in (a, b)))
        for owner, owned, way in ((a, b, ">"), (b, a, "<")):
            if self._owner(owned.entity) == owner.entity:  # "OpenAI ... ChatGPT": its maker
                out += [f"own:{way}", f"own:{tp}{way}"]
            known = get_kb().entities.get(owned.entity)
            if known is not None and known.employer == owner.entity:  # Altman and OpenAI
                out += [f"emp:{way}", f"emp:{tp}{way}"]
                out += [f"emp-{tag}:{way}" for tag in known.tags if tag in ROLE_TAGS]
            elif (known is not None and known.employer and owner.type == "Organization"
                  and not self._related(known.employer, owner.entity)):
                out += [f"emp-other:{way}"]  # Altman and xAI: his known employer is another
            if owner.entity == self.focus:  # the firm the article is about
                out += [f"foc:{way}", f"foc:{tp}{way}"]
        for name, start, end in self.hits:
            if a.end <= start and end <= b.start:
                out += [f"b:{name}", f"b:{tp}:{name}"]
        first, second = self.slots.get(id(a)), self.slots.get(id(b))
        if first and second:
            for name, start, end in self.fallback_hits:
                if first[1] <= start and end <= second[0]:
                    out += [f"fb:{name}", f"fb:{tp}:{name}"]
        words = _tokens(between)
        out.append(f"g:{tp}:{_bucket(len(words))}")
        inside = [m for m in self.table if a.end <= m.start and m.end <= b.start]
        out.append(f"n:{tp}:{min(len(inside), 3)}")
        out += sorted({f"bt:{CODE.get(m.type, '?')}" for m in inside})
        if any(m.type == b.type for m in inside):
            out.append("nearer-same-type")
        out += [f"p:{name}" for mark, name in _MARKS if mark in between]
        if _POSSESSIVE.match(between):
            out.append(f"poss:{tp}")
        if not words:
            out.append(f"adjacent:{tp}:{between.strip()[:1]}")
        if len(words) <= MAX_BETWEEN:
            out += [f"w:{tp}:{w}" for w in words]
        else:
            out += [f"wf:{w}" for w in words[:3]] + [f"wl:{w}" for w in words[-3:]]
        out += [f"lw:{w}" for w in _tokens(text[left_from:a.start])[-2:]]
        out += [f"rw:{w}" for w in _tokens(text[b.end:right_to])[:2]]
        out += [f"first:{a is self.first}", f"last:{b is self.last}"]
        out += self._siblings(a, b)
        return sorted(set(out))

    @staticmethod
    def _related(a: str, b: str) -> bool:
        """One organization owns the other in the knowledge base (Google and Google DeepMind):
        a person employed by one is not a stranger to the other."""
        entities = get_kb().entities
        return any(getattr(entities.get(x), "owner", None) == y for x, y in ((a, b), (b, a)))

    def _owner(self, entity: str) -> str | None:
        """The maker the knowledge base (or the model family just read) gives a model or a
        product; None for anything else."""
        known = get_kb().entities.get(entity)
        return (known.owner if known is not None else None) or self.owners.get(entity)

    def _siblings(self, a: Mention, b: Mention) -> list[str]:
        """What the rules said of a name listed next to one end ("A, B and C left X": the
        rules may link only the name nearest the verb; its list mates share the fact)."""
        out: list[str] = []
        for end, other, way in ((a, b, ">"), (b, a, "<")):
            for mate in self.table:
                if mate is end or mate.type != end.type or mate.entity == other.entity:
                    continue
                gap = self.text[min(end.end, mate.end):max(end.start, mate.start)]
                if len(gap) > 12 or not gap.strip() or not self.cues.join.fullmatch(gap):
                    continue
                pair = (mate.entity, other.entity) if way == ">" else (other.entity, mate.entity)
                out += [f"sib:{p}{way}" for p in self.said.get(pair, ())]
                back = (other.entity, mate.entity) if way == ">" else (mate.entity, other.entity)
                out += [f"sib:{p}{'<' if way == '>' else '>'}" for p in self.said.get(back, ())]
        return out
