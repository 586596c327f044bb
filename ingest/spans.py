"""Competing candidate spans of one sentence: which of them become mentions.

Every source (knowledge base, model families, fuzzy names, discovery, events) proposes
spans; the longest wins, then the most trusted source, and chosen spans never overlap.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

PRIORITY = {"kb": 0, "family": 1, "fuzzy": 2, "discovered": 3, "event": 4, "proper": 5}
"""Trust of a candidate's source when two spans are equally long: lower wins."""


def resolve_overlaps(cands: list[tuple]) -> list[tuple]:
    """Longest span first, then the most trusted source; chosen spans never overlap, so a
    new one is checked against its start-order neighbours only."""
    ordered = sorted(cands, key=lambda c: (-(c[1] - c[0]), PRIORITY[c[3]], c[0], c[2]))
    chosen: list[tuple] = []  # sorted by start, pairwise disjoint
    for cand in ordered:
        i = bisect.bisect_left(chosen, cand[0], key=lambda c: c[0])
        if i > 0 and chosen[i - 1][1] > cand[0]:
            continue
        if i < len(chosen) and chosen[i][0] < cand[1]:
            continue
        chosen.insert(i, cand)
    return chosen


class Coverage:
    """Which characters of a text some span covers: an overlap test that costs the length of
    the span tested, not the number of spans (a one-sentence input of 300 KB holds thousands
    of names, and comparing each new name with all of them was quadratic)."""

    def __init__(self, length: int, spans: Iterable[tuple[int, int]] = ()):
        self.cells = bytearray(length + 1)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        start, end = max(0, start), min(end, len(self.cells))
        if end > start:
            self.cells[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return end > start and self.cells.find(1, max(0, start), end) >= 0


def reach(length: int, spans: Iterable[tuple[int, int]]) -> list[int]:
    """Per position, the furthest end of a span starting there or before it: a span covers
    [start, end) whole exactly when some `reach[start] >= end`."""
    out = [0] * (length + 1)
    for start, end in spans:
        if 0 <= start <= length:
            out[start] = max(out[start], end)
    for i in range(1, length + 1):
        out[i] = max(out[i], out[i - 1])
    return out


def event_variants(s: str, m: re.Match[str]) -> tuple[str, ...]:
    """The event noun with up to two neighbouring lower-case words on either side."""
    left = re.findall(r"[^\W\d]+", s[max(0, m.start() - 40):m.start()])[-2:]
    right = re.findall(r"[^\W\d]+", s[m.end():m.end() + 40])[:2]
    noun = m.group(0)
    out = [noun]
    for k in (1, 2):
        if len(left) >= k and all(w.islower() for w in left[-k:]):
            out.append(" ".join([*left[-k:], noun]))
        if len(right) >= k and all(w.islower() for w in right[:k]):
            out.append(" ".join([noun, *right[:k]]))
    return tuple(out)
