"""Who a funding phrase funds: the firm a "backed by" apposition describes, the firm a round
names, the sentence's subject, else the article's start-up or most salient firm."""

from __future__ import annotations

import re

from stratgraph.ingest.fallback_grammar import PLACEHOLDER as _PLACEHOLDER
from stratgraph.ingest.langdata import LangData, expand
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.salience import Context

_APPOSITIONS: dict[str, re.Pattern[str]] = {}
_RELATIVES: dict[str, dict[str, re.Pattern[str]]] = {}


def _apposition_end(lang: LangData) -> re.Pattern[str]:
    """The organization a funding phrase describes, read with the language's own words: "Wayve,
    a start-up backed by", "Runway, which is backed by", "OpenAI, soutenu par"."""
    if lang.lang not in _APPOSITIONS:
        words = {name: expand("{%s}" % name, lang.macros, False) or "(?!)"
                 for name in ("REL_PRON", "COPULA", "DET", "COMPANY_N")}
        _APPOSITIONS[lang.lang] = re.compile(
            rf"@O(\d+)@\s*,\s*(?:(?:{words['REL_PRON']})\s+(?:(?:{words['COPULA']})\s+)?"
            rf"|(?:{words['DET']})\s*(?:[\w’'-]+\s+){{0,4}}?(?:{words['COMPANY_N']})\s+)?$")
    return _APPOSITIONS[lang.lang]


def _cues(lang: LangData) -> dict[str, re.Pattern[str]]:
    """The language's own words, compiled once:
    - `raiser`: an organization whose relative clause raises the money ("per xAI, che ha
      raccolto 6 miliardi da investitori come A"), funded even when a preposition governs it;
    - `relative`: the gap between a firm and a relative clause that names its backers
      ("Anthropic, which counts A among its investors");
    - `round`: a round word inside the subject's clause ("OpenAI is negotiating a round led
      by SoftBank"), which funds that subject, not the article's earlier raiser."""
    if lang.lang not in _RELATIVES:
        rel = expand("{REL_PRON}", lang.macros, False) or "(?!)"
        raised = expand("{RAISED}", lang.macros, False) or "(?!)"
        round_word = expand("{ROUND_WORD}", lang.macros, False) or "(?!)"
        _RELATIVES[lang.lang] = {
            "raiser": re.compile(
                rf"@O(\d+)@\s*,\s*(?:{rel})\s+(?:(?!@O\d+@)[^.;!?])*?(?:{raised})(?!\w)"),
            "relative": re.compile(rf"\s*,\s*(?:{rel})\s+(?:\w+\s+)?"),
            "round": re.compile(rf"(?<!\w)(?:{round_word})(?!\w)", re.IGNORECASE),
        }
    return _RELATIVES[lang.lang]


def funded_org(lang: LangData, ctx: Context, table: list[Mention], match: re.Match[str],
               investors: list[Mention], described: bool = False) -> str | None:
    """Who receives the money: the sentence's subject before the match (not an org
    governed by a preposition, such as "led by Index Ventures"), else the most salient
    organization that is not one of the investors."""
    masked = match.string
    taken = frozenset(m.entity for m in investors)
    aside = described and _apposition_end(lang).search(masked, 0, match.start())
    if aside and table[int(aside.group(1))].entity not in taken:  # "Wayve, a start-up backed by"
        return table[int(aside.group(1))].entity
    # "joined a round for X": the round names who it funds, right after the match or,
    # when the match runs on to co-investors ("... for X alongside A"), inside it
    after, inside = lang.cue("funded_after"), lang.cue("funded_in")
    named = (after.match(masked, match.end()) if after else None) or next(
        (n for n in (inside.finditer(masked, match.start(), match.end()) if inside else ())
         if table[int(n.group(1))].entity not in taken), None)
    if named and table[int(named.group(1))].entity not in taken:
        return table[int(named.group(1))].entity
    cues = _cues(lang)
    relative = next((m for m in cues["raiser"].finditer(masked, 0, match.start())
                     if table[int(m.group(1))].entity not in taken), None)
    if relative:
        return table[int(relative.group(1))].entity
    prep = lang.cue("preposition")
    raised = lang.cue("raised")
    for m in _PLACEHOLDER.finditer(masked[:match.start()]):
        if m.group(1) == "O" and not (prep and prep.search(masked[max(0, m.start() - 30):
                                                                 m.start()])):
            subject = table[int(m.group(2))].entity
            # "X, which counts A among its investors": the relative clause is X's own
            relative = cues["relative"].fullmatch(masked, m.end(), match.start())
            if (ctx.funded and ctx.funded not in taken | {subject} and raised and not relative
                    and table[int(m.group(2))].origin != "anaphor"  # "A startup, ... apoiada"
                    and not raised.search(masked, m.end(), match.start())
                    and not cues["round"].search(masked, m.end(), match.end())):
                return ctx.funded  # "SoftBank will supply most, with the rest from A"
            return subject
    if ctx.funded and ctx.funded not in taken:
        return ctx.funded  # "X raised $6B ... The round also drew A and B"
    startups = ctx.startups - taken  # a round funds the start-up, not its founder's school
    return (ctx.recent("Organization", taken, keep=startups.__contains__) if startups
            else None) or ctx.recent("Organization", taken)
