"""Unknown names inside a list of known ones take the list's type.

"Amazon, Databricks and Nvidia": two organizations vouch for the unknown one between them;
"WhatsApp, Messenger und Instagram": two products vouch for a product; "Tang Tan and Evans
Hankey": a person followed by "and" and a second full name is a second person, whatever their
given name. The list reading runs after every other source, on the spans chosen so far.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stratgraph.ingest.name_shapes import _name_shape, name_data
from stratgraph.ingest.normalize import make_id

_PREFIX_TYPES = {"org": "Organization", "product": "Product", "person": "Person",
                 "model": "Model", "position": "PolicyPosition", "event": "Event"}
_LISTED = ("Organization", "Product")
_MEMBER = re.compile(r"[A-Z][\w&.’'-]*[\w](?:\s+[A-Z][\w&.’'-]*[\w]){0,2}")
_AND = re.compile(r"\s+(?:and|et|und|y|e)\s+([A-Z][\w’'-]+)\s+([A-Z][\w’'-]+)(?![\w-])")


def type_of(entity: str) -> str:
    """The type an entity id carries in its prefix ("org:meta" -> "Organization")."""
    return _PREFIX_TYPES[entity.split(":", 1)[0]]


def list_members(s: str, chosen: list[tuple], list_sep: re.Pattern[str] | None,
                 stop_caps: frozenset[str], known_other: Callable[[str], bool]) -> list[tuple]:
    """Candidates for unknown names listed with known organizations, products or people."""
    out = _people_pairs(s, chosen, stop_caps, known_other)
    if list_sep is None:
        return out
    starts = {c[0]: c for c in chosen}
    for head in chosen:
        kind = type_of(head[2])
        if kind not in _LISTED:
            continue
        pos, seen, pending = head[1], 1, []
        while True:
            sep = list_sep.match(s, pos)
            if not sep:
                break
            nxt = sep.end()
            if nxt in starts:
                if type_of(starts[nxt][2]) != kind:
                    break
                seen += 1
                out.extend(pending)
                pending = []
                pos = starts[nxt][1]
                continue
            name = _MEMBER.match(s, nxt)
            if not name or name.group(0).split()[0] in stop_caps or any(
                    c[0] < name.end() and nxt < c[1] for c in chosen):
                break
            text = name.group(0)
            pending.append((nxt, name.end(), make_id(kind, text), "discovered", text, None))
            pos = name.end()
        if seen >= 2 and len(pending) == 1:
            out.extend(pending)  # "A, B and X": two known members vouch for the last one
    return out


def _people_pairs(s: str, chosen: list[tuple], stop_caps: frozenset[str],
                  known_other: Callable[[str], bool]) -> list[tuple]:
    """"Tang Tan and Evans Hankey": the full name joined to a person's is a person too."""
    out = []
    org_words = name_data().org_words
    taken = [(c[0], c[1]) for c in chosen]
    for c in chosen:
        if type_of(c[2]) != "Person" or " " not in s[c[0]:c[1]]:
            continue
        m = _AND.match(s, c[1])
        if not m or re.match(r"\s+[A-Z]", s[m.end():]):
            continue
        words = m.group(1), m.group(2)
        if (any(not _name_shape(w) or w in stop_caps or known_other(w) for w in words)
                or words[1] in org_words
                or any(a < m.end() and m.start(1) < b for a, b in taken)):
            continue
        name = " ".join(words)
        out.append((m.start(1), m.end(), make_id("Person", name), "discovered", name, None))
    return out
