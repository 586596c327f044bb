"""One sense per article for the knowledge base's ambiguous names.

Some names are also words ("Visa", "Brave", "Opera", "Cognition"), so the knowledge base only
takes them with a context ("the payments giant Visa", "Visa's chief executive"). Articles about
such a firm rarely repeat that context: "Visa a présenté ... Le groupe, dirigé par ..., de
Visa". When the capitalized name recurs in the article and stands at least once in mid-sentence
after a lower-case word ("directeur des produits de Visa"), it is the name there and everywhere
else in the article. Given names ("Harvey", "Devin"), one- or two-letter names and German
(which capitalizes every noun) are left to the contexts.
"""

from __future__ import annotations

import re

from stratgraph.ingest.kb import KnowledgeBase
from stratgraph.ingest.name_shapes import first_names
from stratgraph.ingest.sentences import Sentence

MIN_OCCURRENCES = 2
_MID = re.compile(r"[a-zà-ÿ,]\s+$")
"""Right before a mid-sentence name: a lower-case word or a comma."""
_NEXT_CAPITAL = re.compile(r"[\s-]+[A-Z]")
"""A capitalized word right after: a longer name ("Orange County", "Magic Leap")."""
_CAPITAL_BEFORE = re.compile(r"(?<![.!?:;]\s)\b[A-Z][\w’'-]*[\s-]+$")
"""A capitalized word right before, unless it opens the sentence after a full stop."""

_CACHE: dict[int, tuple[KnowledgeBase, re.Pattern[str] | None]] = {}
"""Per knowledge base (kept alive here, so that its id is not reused): its pattern."""


def _context_names(kb: KnowledgeBase) -> re.Pattern[str] | None:
    """A pattern of the knowledge base's context-bound names (read once per knowledge base)."""
    entry = _CACHE.get(id(kb))
    if entry is None or entry[0] is not kb:
        entry = _CACHE[id(kb)] = (kb, _compile(kb))
    return entry[1]


def _compile(kb: KnowledgeBase) -> re.Pattern[str] | None:
    names = first_names()
    surfaces = frozenset(
        a.surface for aliases in kb.index.values() for a in aliases
        if (a.left is not None or a.right is not None) and len(a.surface) >= 3
        and a.surface[:1].isupper() and not a.surface.isupper() and a.surface not in names)
    if not surfaces:
        return None
    return re.compile(r"(?<![\w@-])(" + "|".join(
        re.escape(s) for s in sorted(surfaces, key=len, reverse=True)) + r")(?![\w-])")


def confirmed_names(kb: KnowledgeBase, text: str, sents: list[Sentence], lang: str
                    ) -> frozenset[str]:
    """The context-bound names this article uses as names (see the module docstring)."""
    if lang == "de":
        return frozenset()
    pattern = _context_names(kb)
    if pattern is None:
        return frozenset()
    seen: dict[str, int] = {}
    mid: set[str] = set()
    for sent in sents:
        for m in pattern.finditer(text, sent.start, sent.end):
            if not stands_alone(text, m.start(), m.end()):
                continue
            seen[m.group(1)] = seen.get(m.group(1), 0) + 1
            if _MID.search(text, max(sent.start, m.start() - 3), m.start()):
                mid.add(m.group(1))
    return frozenset(s for s in mid if seen[s] >= MIN_OCCURRENCES)


def stands_alone(text: str, start: int, end: int) -> bool:
    """No capitalized word right before or after the name at `start:end` (it is not part of
    a longer name: "Neural Magic", "Orange County")."""
    return (_NEXT_CAPITAL.match(text, end) is None
            and _CAPITAL_BEFORE.search(text, max(0, start - 40), start) is None)
