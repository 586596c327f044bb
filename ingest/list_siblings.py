"""Names the knowledge base lacks, typed by the list they stand in.

News lists actors: "investors include Google, Amazon, Nvidia, Greycroft and Sound Ventures",
"founded by Torsten Reil, Gundbert Scherf and Niklas Köhler". When one member of such a list
is a known organization (or person), a capitalized name joined to it by a comma or the
language's "and" is a sibling of the same kind, even when no descriptor or first-name list
would have found it ("Greycroft", "Gundbert Scherf"). A cue can introduce such a list too
("investors include A, B and C", "Zu den Kunden zählen unter anderem A und B"): its names are
firms, or people when they open with a known given name. Only lists are read this way, never a
lone capitalized word, and a word that opens the sentence is left alone: it may be capitalized
only because it comes first.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from stratgraph.ingest.mentions import Mention, Registry
from stratgraph.ingest.normalize import make_id
from stratgraph.ingest.proper_names import NOT_NAMES
from stratgraph.ingest.sentences import Sentence

_WORD = r"[A-ZÀ-Ý][\w&’'.-]*[\w&]|[A-Z]|\d+[A-Z][\w&.-]*|[a-z]{1,3}[A-Z][\w&.-]*"
"""A capitalized word, or a name such as "20VC", "byFounders", "xAI"."""
_CANDIDATE = re.compile(rf"(?:{_WORD})(?:[ ](?:{_WORD})){{0,3}}(?![\w@-])")
"""One to four capitalized words ("Greycroft", "Coatue Management", "Ontario Teachers")."""
_POSSESSIVE = re.compile(r"(?:['’]s)?$")
_REACH = 160
"""How far back from a member the walk looks for the previous one (a list member and its
separator are short): it keeps a page-long unpunctuated "sentence" from costing n²."""
_KINDS = ("Organization", "Person")
_TITLES = frozenset({"Chief", "Executive", "Officer", "President", "Vice", "Director", "Senior",
                     "Head", "Founder", "Minister", "Secretary", "Professor", "Dr", "Mr", "Ms",
                     "General", "Manager", "Chairman", "Chair", "CEO", "CTO", "CFO", "COO"})
"""Capitalized titles ("Sam Altman, Chief Executive") that follow a person like a sibling."""


@lru_cache(maxsize=None)
def _joiners(and_words: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(separator after a member, separator ending right before a member)."""
    sep = rf"\s*,\s*(?:(?:{and_words})\s+)?|\s+(?:{and_words})\s+"
    return re.compile(sep), re.compile(rf"(?:{sep})$")


def list_pass(sentences: list[Sentence], per_sentence: list[list[Mention]],
              registry: Registry, stop_caps: frozenset[str], and_words: str,
              intro: re.Pattern[str] | None = None,
              given_names: frozenset[str] = frozenset()) -> None:
    """Add the unknown members of lists that hold a known organization or person, and of
    lists a cue introduces ("investors include A, B and C", "clients such as A and B")."""
    after, before = _joiners(and_words)
    for sent, mentions in zip(sentences, per_sentence):
        text, base = sent.text, sent.start
        added: list[Mention] = []
        if intro is not None:
            added.extend(_introduced(text, base, mentions, registry, stop_caps, intro, after,
                                     given_names))
            mentions.extend(added)
            mentions.sort(key=lambda x: (x.start, x.end))
            added = []
        index = _Index(mentions)
        for seed in list(mentions):
            if seed.type not in _KINDS or seed.origin == "proper":
                continue  # a name read from its capitals alone is too weak to type a list

            def other_kind(start: int, end: int, kind: str = seed.type) -> bool:
                return any(m.type != kind for m in index.overlapping(base + start, base + end))

            for start, end in _siblings(text, seed.start - base, seed.end - base, after, before,
                                        other_kind):
                found = _member(text, base, start, end, seed.type, index, registry, stop_caps)
                if found is not None:
                    added.append(found)
                    index.add(found)
        if added:
            mentions.extend(added)
            mentions.sort(key=lambda x: (x.start, x.end))


def _introduced(text: str, base: int, mentions: list[Mention], registry: Registry,
                stop_caps: frozenset[str], intro: re.Pattern[str], after: re.Pattern[str],
                given_names: frozenset[str]) -> list[Mention]:
    """The unknown names of a list right after an introducing cue: a person when the name
    opens with a known given name and has a surname, else an organization."""
    out: list[Mention] = []
    index = _Index(mentions)
    for cue in intro.finditer(text):
        pos, first = cue.end(), True
        while True:
            if not first:
                sep = after.match(text, pos)
                if sep is None:
                    break
                pos = sep.end()
            first = False
            known = index.starting_at(base + pos)
            if known is not None:  # a name already found: the list goes on after it
                pos = known.end - base
                continue
            cand = _CANDIDATE.match(text, pos)
            if cand is None:
                break
            words = cand.group(0).split()
            kind = "Person" if len(words) >= 2 and words[0] in given_names else "Organization"
            found = _member(text, base, cand.start(), cand.end(), kind, index, registry,
                            stop_caps)
            if found is None:
                break
            out.append(found)
            index.add(found)
            pos = cand.end()
    return out


def _member(text: str, base: int, start: int, end: int, kind: str, taken: _Index,
            registry: Registry, stop_caps: frozenset[str]) -> Mention | None:
    """The mention of a list member at [start, end) of the sentence, registered as `kind`;
    None when the words are no plausible name, overlap a name already found, or name an
    entity of another kind."""
    end -= len(_POSSESSIVE.search(text, start, end).group(0))  # "X's chief": X
    name = text[start:end]
    if not _plausible(name, kind, stop_caps) or taken.overlapping(base + start, base + end):
        return None
    entity = make_id(kind, name)
    if entity in registry.types and registry.types[entity] != kind:
        return None
    registry.add(entity, kind, name)
    return Mention(base + start, base + end, entity, kind, name, "list")


class _Index:
    """The mentions of a sentence by start offset, so that a long sentence's overlap checks
    stay cheap."""

    def __init__(self, mentions: list[Mention]):
        self._items = sorted(mentions, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self._items]
        self._widest = max((m.end - m.start for m in mentions), default=0)

    def add(self, mention: Mention) -> None:
        at = bisect.bisect_left(self._starts, mention.start)
        self._items.insert(at, mention)
        self._starts.insert(at, mention.start)
        self._widest = max(self._widest, mention.end - mention.start)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        low = bisect.bisect_left(self._starts, start - self._widest)
        high = bisect.bisect_left(self._starts, end)
        return [m for m in self._items[low:high] if m.end > start]

    def starting_at(self, start: int) -> Mention | None:
        at = bisect.bisect_left(self._starts, start)
        return self._items[at] if at < len(self._items) and self._starts[at] == start else None


def _siblings(text: str, start: int, end: int, after: re.Pattern[str],
              before: re.Pattern[str], other_kind: Callable[[int, int], bool]
              ) -> list[tuple[int, int]]:
    """Spans of the capitalized names joined to the member at [start, end), both ways; the
    walk stops at the first gap that is no list separator and at a name of another kind
    ("OpenAI and GPT-4, ...")."""
    out: list[tuple[int, int]] = []
    pos = end
    while (sep := after.match(text, pos)) and (cand := _CANDIDATE.match(text, sep.end())):
        if other_kind(*cand.span()):
            break
        out.append(cand.span())
        pos = cand.end()
    pos = start
    while sep := before.search(text, max(0, pos - _REACH), pos):
        cand = None
        for cand in _CANDIDATE.finditer(text, max(0, sep.start() - _REACH), sep.start()):
            pass
        if cand is None or cand.end() != sep.start() or cand.start() == 0:
            break  # a sentence's first word may be capitalized only because it comes first
        if text[cand.start() - 1] not in " ,(" or other_kind(*cand.span()):
            break
        out.append(cand.span())
        pos = cand.start()
    return out


def _plausible(name: str, kind: str, stop_caps: frozenset[str]) -> bool:
    words = name.split()
    if any(w in stop_caps or w in _TITLES for w in words) or len(name) < 2 or (
            name in NOT_NAMES):  # "through a paid API, Mistral AI ...": no firm
        return False
    return len(words) >= 2 if kind == "Person" else True
