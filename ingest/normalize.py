"""Keys and ids: case, accents, hyphens and spacing never split one entity in two."""

from __future__ import annotations

import hashlib
import re

from stratgraph.graph.names import fold, fold_compact, unaccented

__all__ = ["fold", "fold_compact", "unaccented", "slug", "make_id", "damerau1"]

_SLUG_BAD = re.compile(r"[^a-z0-9.]+")
PREFIXES = {"Person": "person", "Organization": "org", "Model": "model", "Product": "product",
            "PolicyPosition": "position", "Event": "event"}


def slug(name: str) -> str:
    """`GPT-4.5` -> `gpt-4.5`, `Mistral AI` -> `mistral-ai`; non-Latin names get a hash."""
    text = unaccented(name).casefold()
    text = _SLUG_BAD.sub("-", text).strip("-.")
    text = re.sub(r"-{2,}", "-", text)
    if not text or not text[0].isalnum():
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
        text = f"x{digest}" if not text else f"x-{text}"
    return text[:120]


def make_id(type_: str, name: str) -> str:
    """A stable id from the type and the normalized name."""
    return f"{PREFIXES[type_]}:{slug(name)}"


def damerau1(a: str, b: str) -> bool:
    """True when `a` and `b` differ by at most one edit or one adjacent transposition."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if la > lb:
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return True
    return False
