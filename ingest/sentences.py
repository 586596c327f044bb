"""Sentence splitting with exact character offsets into the article text.

Offsets matter more than linguistic finesse: every fact cites `text[start:end]`, so the
splitter never rewrites text; it only chooses boundaries. Rules: paragraph breaks always end a
sentence; `.!?…` end one when followed by space and a non-lower-case start, except after known
abbreviations, initials and German ordinals ("am 5. August"), and never inside a quotation;
CJK full stops end one without needing a space.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from stratgraph.ingest.langdata import abbreviations, month_names

_CANDIDATE = re.compile(r"[.!?…]+[\"”»’')\]]*(?=\s)|[。！？!?]+[”」』\"]*")
_OPEN_QUOTES = "“«„「『"
_CLOSE_QUOTES = "”»“」』"
_MAX_QUOTED = 700


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split(text: str, lang: str = "en") -> list[Sentence]:
    """Sentences of `text` with `text[s.start:s.end] == s.text`, in order."""
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        for start, end in _split_line(line, lang):
            s, e = line_start + start, line_start + end
            chunk = text[s:e]
            stripped_left = len(chunk) - len(chunk.lstrip())
            stripped_right = len(chunk.rstrip())
            if chunk.strip():
                out.append(Sentence(s + stripped_left, s + stripped_right,
                                    chunk[stripped_left:stripped_right]))
    return out


def _split_line(line: str, lang: str) -> Iterator[tuple[int, int]]:
    abbrevs = abbreviations(lang)
    months = month_names(lang)
    begin = 0
    for match in _CANDIDATE.finditer(line):
        end = match.end()
        if end >= len(line):
            break
        if _inside_quote(line, begin, match.end()) and end - begin < _MAX_QUOTED:
            continue
        if match.group(0)[0] == "." and not _period_ends(line, match.start(), end, abbrevs, lang,
                                                          months):
            continue
        word = _NEXT_WORD.match(line, end).group(1)
        if word.isalpha() and word.islower():
            continue  # "approx. five" goes on; "xAI", "o3-mini" may open a sentence
        yield begin, end
        begin = end
    yield begin, len(line)


_NEXT_WORD = re.compile(r"\s*(\S*)")
_LAST_WORD = re.compile(r"[\w.-]+$")
_WORD_WINDOW = 80
"""How far back `_period_ends` looks for the word before a full stop: a `$`-anchored search
over the whole line before it cost time quadratic in the line (an article can be one line)."""
_GIVEN_NAME = re.compile(r"(?:[A-Z][a-zà-ÿ’'-]*|[A-Z]\.)$")
"""What may stand before a middle initial: a given name ("John", "Jean-Paul") or another initial
("George R. R. Martin"), not a mixed-case model name ("HyperCLOVA")."""


def _period_ends(line: str, dot: int, end: int, abbrevs: frozenset[str], lang: str,
                 months: frozenset[str]) -> bool:
    prev = _word_before(line, dot)
    if prev.casefold() in abbrevs or prev.casefold().rstrip(".") in abbrevs:
        return False
    if len(prev) == 1 and prev.isupper():
        before = line[:dot - 1].rstrip().rsplit(" ", 1)[-1]
        if _GIVEN_NAME.match(before):
            return False  # an initial: "John F. Kennedy" (but "on X. Then" and "HyperCLOVA X.
            # The" end: no given name stands before them)
    if lang == "de" and prev.isdigit() and len(prev) <= 2:
        following = re.match(r"\s*(\w+)", line[end:])
        if following and following.group(1).casefold() in months:
            return False  # German ordinal date: "am 5. August"
    return True


def _word_before(line: str, dot: int) -> str:
    """The run of word characters, dots and hyphens that ends at `dot` ("" when none)."""
    begin = max(0, dot - _WORD_WINDOW)
    word = _LAST_WORD.search(line, begin, dot)
    if word is not None and word.start() == begin and begin > 0:
        word = _LAST_WORD.search(line, 0, dot)  # the window cut a longer run: read it whole
    return word.group(0) if word else ""


def _inside_quote(line: str, begin: int, pos: int) -> bool:
    segment = line[begin:pos]
    opened = sum(segment.count(c) for c in "«„「『") + segment.count("“")
    closed = sum(segment.count(c) for c in "»」』") + segment.count("”")
    if "„" in segment:
        # German quotes open with „ and close with “
        opened = segment.count("„")
        closed = segment.count("“")
    if opened > closed:
        return True
    return segment.count('"') % 2 == 1
