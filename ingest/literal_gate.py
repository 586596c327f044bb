"""Literal gates: words a pattern cannot match without, tested before the pattern runs.

Most of a sentence's time went to some 400 rule patterns per language, each searched over the
lower-cased sentence although nearly all of them need a cue word the sentence lacks ("acquired",
"rachète", "übernimmt"). A regular expression tells, once, which literal strings every match
must contain: a run of letters outside any optional part, or one of the alternatives of a
required alternation when each alternative has such a run. `str.__contains__` on those strings
is far cheaper than the search, and many patterns share one cue list (a macro), so a sentence
answers each distinct gate once.

A gate is only a necessary condition: a pattern whose gate passes is still searched, and one
without a reliable gate (inline flags, nothing literal, only short strings) has none. The gate
reads CPython's private `re._parser`; where it is missing or parses differently, there is no gate.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from stratgraph.ingest.pattern_cache import cached_data

try:  # CPython's parser; without it no pattern has a gate
    from re import _constants, _parser
except ImportError:  # pragma: no cover - other interpreters
    _parser = None

T = TypeVar("T")
Gate = tuple[str, ...]
"""Strings at least one of which occurs in every text the pattern matches."""

VERSION = 1
"""Part of the cache key: a change to how gates are read must not reuse saved ones."""

MIN_LETTERS = 3
"""A gate whose shortest string has fewer letters is too common to save a search ("de", " ")."""


def gate_of(source: str) -> Gate | None:
    """The best gate of `source`, a pattern compiled without flags (a case-folded twin), or
    None when it has no useful one."""
    if _parser is None:
        return None
    try:
        tree = _parser.parse(source, 0)
    except Exception:  # noqa: BLE001 - any parser complaint: no gate, the search decides
        return None
    if tree.state.flags & (_constants.SRE_FLAG_IGNORECASE | _constants.SRE_FLAG_VERBOSE):
        return None  # an inline (?i) or (?x): literals do not mean what they look like
    try:
        best = _sequence(list(tree))
    except _Unsafe:
        return None
    return best if best is not None and _score(best) >= MIN_LETTERS else None


class _Unsafe(Exception):
    """A construct the gate does not reason about: the whole pattern goes ungated."""


def _sequence(items: list[tuple[Any, Any]]) -> Gate | None:
    """The best gate among the required parts of a sequence of parsed items."""
    return max(_required(items), key=lambda g: (_score(g), -len(g)), default=None)


def _required(items: list[tuple[Any, Any]]) -> list[Gate]:
    """Every gate of the required parts of a sequence, in order, those of required groups
    included: `_sequence` keeps the best, `further_gates_of` the others."""
    found: list[Gate] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            found.append(("".join(run),))
            run.clear()

    for op, av in items:
        if op is _constants.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _constants.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if add_flags or del_flags:
                raise _Unsafe
            found.extend(_required(list(inner)))
        elif op is _constants.ATOMIC_GROUP:
            found.extend(_required(list(av)))
        elif op is _constants.BRANCH:
            if (gate := _branch(av[1])) is not None:
                found.append(gate)
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT,
                    _constants.POSSESSIVE_REPEAT):
            low, _high, inner = av
            if low >= 1:
                found.extend(_required(list(inner)))
        elif op is _constants.GROUPREF_EXISTS:
            raise _Unsafe
        # a class, a dot, an anchor, a lookaround: required or not, no literal here
    flush()
    return found


def _branch(alternatives: list[Any]) -> Gate | None:
    """One string from each alternative: the union, if every alternative has a gate. A string
    that contains another of the union adds nothing ("found" already answers for "founded")."""
    out: list[str] = []
    for alternative in alternatives:
        gate = _sequence(list(alternative))
        if gate is None:
            return None
        out.extend(gate)
    unique = list(dict.fromkeys(out))
    return tuple(s for s in unique if not any(o != s and o in s for o in unique))


def _score(gate: Gate) -> int:
    """How selective a gate is: the letters of its least selective string."""
    return min(sum(ch.isalnum() for ch in s) for s in gate)


def gates_of(name: str, sources: list[str | None]) -> list[Gate | None]:
    """`gate_of` for each source (None stays None), through the pattern cache under `name`:
    parsing some 400 long patterns costs a third of a second per language."""
    def build() -> list[Gate | None]:
        return [gate_of(source) if source is not None else None for source in sources]

    key = _cache_key(sources)
    shared: dict[Gate, Gate] = {}  # equal gates become one object: a sentence asks each once
    return [shared.setdefault(tuple(g), tuple(g)) if g is not None else None
            for g in cached_data(name, key, build)]


def _cache_key(sources: list[str | None]) -> str:
    """The pattern-cache key of a list of sources (None kept apart from any pattern)."""
    return f"v{VERSION}\0" + "\0".join(source if source is not None else "\1"
                                        for source in sources)


def further_gates_of(name: str, sources: list[str | None]) -> list[tuple[Gate, ...]]:
    """Per source, the required parts it has besides its best gate (`gate_of`), each a gate
    of its own: a match needs all of them ("compete" and "with", say), so a text that passes
    the best gate but lacks one of these is not searched either. A fifth of the rule
    patterns' searches ended there. Through the pattern cache under `name`, as `gates_of`."""
    def build() -> list[list[list[str]]]:
        return [[list(g) for g in _further(source)] if source is not None else []
                for source in sources]

    key = _cache_key(sources)
    return [tuple(tuple(g) for g in gates) for gates in cached_data(name, key, build)]


def _further(source: str) -> list[Gate]:
    """The required parts of `source` other than its best gate, those the best one implies
    and those too short to save a search left out; none for a pattern without a gate."""
    best = gate_of(source)
    if best is None:
        return []
    try:
        found = _required(list(_parser.parse(source, 0)))
    except Exception:  # noqa: BLE001 - as in gate_of: whatever it cannot read adds nothing
        return []
    out: list[Gate] = []
    for gate in dict.fromkeys(found):
        if gate == best or _score(gate) < MIN_LETTERS:
            continue
        if all(any(s in b for s in gate) for b in best):
            continue  # the best gate passing implies this one ("released" holds "release")
        out.append(gate)
    return out


class _Presence:
    """Which gate strings a text contains, found once per text for all the gates that ask.

    A sentence is asked about some 350 gates (rules, fallback cues, the pair layer's cues),
    each a handful of strings: one `in` per string was a twentieth of extraction time. Instead
    every string a gate uses is indexed by its first four characters (a three-character
    string by itself); a text is read once for its slices of four and three characters, and
    only the strings that start with one of them are tested. A gate then passes when it
    shares a string with that set. The answers of the last few texts are kept: the same
    sentence is asked by several layers in turn.
    """

    KEEP = 64
    """Texts whose answers are kept (a sentence and its masked readings, in a few layers)."""

    def __init__(self) -> None:
        self.by_start: dict[str, list[str]] = {}  # first four characters -> strings
        self.three: set[str] = set()  # strings of three characters
        self.short: list[str] = []  # strings under three characters: tested on every text
        self.known: set[Gate] = set()
        self.indexed: set[str] = set()
        self.found: dict[str, frozenset[str]] = {}

    def learn(self, gate: Gate) -> None:
        new = set(gate) - self.indexed
        for string in new:
            self.indexed.add(string)
            if len(string) < 3:
                self.short.append(string)
            elif len(string) == 3:
                self.three.add(string)
            else:
                self.by_start.setdefault(string[:4], []).append(string)
        self.known.add(gate)
        if new:
            self.found = {}  # answers read before these strings were indexed are stale

    def of(self, text: str) -> frozenset[str]:
        kept = self.found  # answers go to the table read here: one `learn` replaced is dropped
        found = kept.get(text)
        if found is None:
            if len(kept) >= self.KEEP:
                kept = self.found = {}
            by_start = self.by_start
            starts = {text[i:i + 4] for i in range(len(text) - 3)}
            hits = [s for start in starts & by_start.keys() for s in by_start[start]
                    if s in text]
            if self.three:
                hits += self.three.intersection([text[i:i + 3] for i in range(len(text) - 2)])
            found = frozenset(hits + [s for s in self.short if s in text])
            kept[text] = found
        return found


_PRESENCE = _Presence()


def passes(gate: Gate, text: str) -> bool:
    """Does `text` contain one of the gate's strings?"""
    if gate not in _PRESENCE.known:
        _PRESENCE.learn(gate)
    return not _PRESENCE.of(text).isdisjoint(gate)


class GatedList(Generic[T]):
    """Items in a fixed order, each with a gate or None; `open(text)` keeps, in that order,
    the items without a gate and those whose gate the text passes. The gates' strings found
    in the text name the open items directly, so a sentence costs what it contains, not a
    test per item (a language has some 450 rule patterns, and most never open)."""

    def __init__(self, items: list[T], gates: list[Gate | None],
                 further: list[tuple[Gate, ...]] | None = None):
        self.items = items
        self.ungated = [index for index, gate in enumerate(gates) if gate is None]
        self.by_string: dict[str, list[int]] = {}
        self.further: dict[int, tuple[Gate, ...]] = {}
        """Per gated item, the other gates it needs too (`further_gates_of`)."""
        for index, gate in enumerate(gates):
            if gate is not None:
                if gate not in _PRESENCE.known:
                    _PRESENCE.learn(gate)
                for string in gate:
                    self.by_string.setdefault(string, []).append(index)
                if further and further[index]:
                    for more in further[index]:
                        if more not in _PRESENCE.known:
                            _PRESENCE.learn(more)
                    self.further[index] = further[index]

    def open(self, text: str | None) -> list[T]:
        """The open items for `text`; all of them when `text` is None (no lower-cased text
        to test: the caller searches every item itself)."""
        if text is None:
            return self.items
        kept = set(self.ungated)
        by_string = self.by_string
        present = _PRESENCE.of(text)
        for string in present:
            kept.update(by_string.get(string, ()))
        further = self.further
        return [self.items[index] for index in sorted(kept)
                if index not in further
                or all(not present.isdisjoint(more) for more in further[index])]
