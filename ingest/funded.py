"""Who a funding phrase funds: the firm a "backed by" apposition describes, the firm a round
names, the sentence's subject, else the article's start-up or most salient firm."""

from __future__ import annotations

import re

from stratgraph.ingest.fallback_grammar import PLACEHOLDER as _PLACEHOLDER
from stratgraph.ingest.langdata import LangData
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.salience import Context

_APPOSITION_END = re.compile(
    r"@O(\d+)@\s*,\s*(?:(?:(?:which|that|qui|que|che|die|der|das|o qual|a qual|il quale"
    r"|la quale)\s+(?:(?:is|are|was|has been|est|a été|es|está|fue|ha sido|è|é|foi|ist|wird"
    r"|wurde)\s+)?)|(?:a|an|the|un|une|la|le|el|una|uno|il|lo|um|uma|o|ein|eine|das|der|die)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:start-?up|company|firm|lab|maker|developer|entreprise|société"
    r"|jeune pousse|empresa|compañía|azienda|società|Start-up|Firma|Unternehmen)\s+)?$")
"""The organization a funding phrase describes: "Wayve, a start-up backed by", "Runway, which is
backed by", "OpenAI, soutenu par"."""


def funded_org(lang: LangData, ctx: Context, table: list[Mention], match: re.Match[str],
               investors: list[Mention], described: bool = False) -> str | None:
    """Who receives the money: the sentence's subject before the match (not an org
    governed by a preposition, such as "led by Index Ventures"), else the most salient
    organization that is not one of the investors."""
    masked = match.string
    taken = frozenset(m.entity for m in investors)
    aside = described and _APPOSITION_END.search(masked, 0, match.start())
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
    prep = lang.cue("preposition")
    raised = lang.cue("raised")
    for m in _PLACEHOLDER.finditer(masked[:match.start()]):
        if m.group(1) == "O" and not (prep and prep.search(masked[max(0, m.start() - 30):
                                                                 m.start()])):
            subject = table[int(m.group(2))].entity
            if (ctx.funded and ctx.funded not in taken | {subject} and raised
                    and not raised.search(masked, m.end(), match.start())):
                return ctx.funded  # "SoftBank will supply most, with the rest from A"
            return subject
    if ctx.funded and ctx.funded not in taken:
        return ctx.funded  # "X raised $6B ... The round also drew A and B"
    startups = ctx.startups - taken  # a round funds the start-up, not its founder's school
    return (ctx.recent("Organization", taken, keep=startups.__contains__) if startups
            else None) or ctx.recent("Organization", taken)
