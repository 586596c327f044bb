"""Competing candidate spans of one sentence: which of them become mentions.

Every source (knowledge base, model families, fuzzy names, discovery, events) proposes
spans; the longest wins, then the most trusted source, and chosen spans never overlap.
"""

from __future__ import annotations

import bisect
import re

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
