"""Case-folded twins of case-insensitive patterns, for lower-cased text.

Python's `re` cannot skip the alternatives of an IGNORECASE alternation by their first letter
("released|launched|unveiled|..."): it compares each one, case-folding as it goes, at every
position of the text. The same pattern with its letters in lower case, compiled without the
flag and run on the lower-cased text, finds the same matches about twice as fast. Cue scans and
rule patterns were most of extraction's time, so they run their twins where one exists.
"""

from __future__ import annotations

import re

from stratgraph.ingest.pattern_cache import cached_data, compile_all

_KEEP = re.compile(r"\\(?:N\{[^}]*\}|.)|\(\?P[<=]", re.DOTALL)
"""What folding leaves alone: escapes (`\\W` is not `\\w`) and the `(?P<` of a named group."""
_SCOPED_CASE = re.compile(r"\(\?[a-zA-Z]*-[a-zA-Z]*[:)]")
"""A group that turns IGNORECASE off ("(?-i:AD)", the Italian abbreviation only in capitals):
such a pattern has no twin."""


def lowered(text: str) -> str | None:
    """`text` in lower case, or None where lower-casing changes its length (offsets would
    shift: "İ" becomes two characters), so that no twin may read it."""
    low = text.lower()
    return low if len(low) == len(text) else None


def folded_source(pattern: str) -> str | None:
    """The twin of an IGNORECASE pattern: its letters in lower case, escapes and group syntax
    kept (group names fold too, consistently). None for a pattern that turns the flag off
    somewhere."""
    if _SCOPED_CASE.search(pattern):
        return None
    out, at = [], 0
    for m in _KEEP.finditer(pattern):
        out += [pattern[at:m.start()].lower(), m.group(0)]
        at = m.end()
    return "".join(out) + pattern[at:].lower()


def compile_twins(name: str, patterns: list[str]) -> list[re.Pattern[str] | None]:
    """The compiled twins of IGNORECASE `patterns` (None where there is none), through the
    pattern cache under `name`. The twins' sources are kept there too: folding some 2,000
    patterns of 1,000 characters was a tenth of a second per language in every process.
    (Named "sources-..." so that saving the twins, which drops older "<name>-*" files, keeps
    it.)"""
    sources = cached_data(f"sources-{name}", "\0".join(patterns),
                          lambda: [folded_source(pattern) for pattern in patterns])
    folded = iter(compile_all(name, [(twin, 0) for twin in sources if twin is not None]))
    return [next(folded) if twin is not None else None for twin in sources]
