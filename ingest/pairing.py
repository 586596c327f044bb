"""Which subject goes with which object when one pattern matches several of each.

A release pattern reads "A released X, B launched Y" as one match; the objects after B's own
clause are B's, not A's. Two lists "respectively" pair in order, not every with every.
"""

from __future__ import annotations

import re

from stratgraph.ingest.fallback_grammar import PLACEHOLDER as _PLACEHOLDER
from stratgraph.ingest.mentions import Mention

_NEW_CLAUSE = re.compile(r"[,，;；]\s*(?:(?:and|et|und|y|e|while|whereas|而|则)\s*)?$")
"""Text that ends right where a new clause opens: a firm named there is its subject."""
RESPECTIVELY = re.compile(r"(?i)分别|\brespectively\b|\brespectivement\b|\brespectivamente\b|"
                          r"\brispettivamente\b|\bjeweils\b")
"""Two lists paired in order ("A and B released X and Y, respectively")."""


def own_objects(subjects: list[Mention], objects: list[Mention], table: list[Mention],
                masked: str, match: re.Match[str]) -> tuple[list[Mention], int]:
    """A release names what its subject put out, not what another firm named on the way did
    ("A发布了X，B推出了Y": Y is B's): objects after another organization that opens a new
    clause inside the object list drop ("published with Nvidia X" keeps X). Also where the
    pattern should read on from: that other organization's clause, else the match's end."""
    mine = {m.entity for m in subjects}
    first_other = next((p.start() for p in _PLACEHOLDER.finditer(
        masked, match.start("o"), match.end("o")) if p.group(1) == "O"
        and table[int(p.group(2))].entity not in mine
        and _NEW_CLAUSE.search(masked, match.start("o"), p.start())), None)
    if first_other is None:
        return objects, match.end()
    kept = {int(p.group(2)) for p in _PLACEHOLDER.finditer(masked, match.start("o"), first_other)}
    return [o for o in objects if any(table[k] is o for k in kept)], first_other


def pairs(subjects: list[Mention], objects: list[Mention], masked: str
          ) -> list[tuple[Mention, Mention]]:
    """Every subject with every object, except two equal lists said to go "respectively"."""
    if len(subjects) == len(objects) > 1 and RESPECTIVELY.search(masked):
        return list(zip(subjects, objects))
    return [(s, o) for s in subjects for o in objects]
