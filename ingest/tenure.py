"""Whether a job a rule reads is over: "former OpenAI chief X", "商汤前副总裁X", "previously
worked at X". A rule writes LEADS or WORKS_FOR; the words around its match make it LEFT."""

from __future__ import annotations

import re

from stratgraph.ingest.fallback_grammar import PLACEHOLDER
from stratgraph.ingest.langdata import LangData


_ASIDE = re.compile(r"\s*,[^,;]*,")
"""A clause set off by commas right after the person."""


def _group_start(match: re.Match[str], name: str) -> int:
    return match.start(name) if name in match.re.groupindex and match.group(name) else -1


def is_past_job(lang: LangData, predicate: str, match: re.Match[str], masked: str) -> bool:
    """Is the job the match reads over? (See `past_job`.)"""
    return past_job(lang, predicate, match, masked) is not None


def past_job(lang: LangData, predicate: str, match: re.Match[str], masked: str) -> str | None:
    """Why the job is over: "former" for a "former" word before the organization ("former
    GitHub chief executive X") or between the organization and the person ("OpenAI's former
    CTO X", "商汤前副总裁X"); "past" for a past marker near a WORKS_FOR match ("previously
    worked at X"), which tells of the job itself as well as of its end; else None."""
    if predicate not in ("LEADS", "WORKS_FOR"):
        return None
    former, past = lang.cue("former"), lang.cue("past")
    o_at, s_at = _group_start(match, "o"), _group_start(match, "s")
    if o_at >= 0:
        before = PLACEHOLDER.split(masked[max(0, o_at - 45):o_at])[-1]
    else:
        before = masked[max(0, match.start() - 25):match.start()]
    between = masked[match.end("o"):s_at] if 0 <= o_at < s_at else ""
    if PLACEHOLDER.search(between):
        between = ""  # another name in between: its own title
    if former is not None and (former.search(before) or (between and former.search(between))):
        return "former"
    window = masked[max(0, match.start() - 30):match.end()]
    if 0 <= s_at < o_at:
        aside = _ASIDE.match(masked, match.end("s"), o_at)
        if aside:  # "X, who used to lead a team at Y, joined Z": the aside's past is Y's
            before_aside = masked[max(0, match.start() - 30):aside.start()]
            window = before_aside + masked[aside.end():match.end()]
    if predicate == "WORKS_FOR" and past is not None and past.search(window) is not None:
        return "past"
    return None
