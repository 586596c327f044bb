"""A leader's title without their name ("le patron d'OpenAI", "the Zephyr AI chief executive")
stands for the person the article already showed leading that organization.

News names a chief executive once, then keeps writing "the OpenAI boss said ...". Without this
step every later statement of theirs (an announcement, a criticism, a stance) has no subject.
Only the article's own LEADS facts are trusted: the knowledge base knows employers, not who
holds which title today. A title followed or preceded by a name ("OpenAI CEO Sam Altman",
"Sam Altman, the OpenAI chief") is left to the role rules, which read the name itself.
"""

from __future__ import annotations

import re

from stratgraph.ingest.langdata import LangData, expand
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.salience import Context
from stratgraph.ingest.sentences import Sentence

NAME_GAP = 4
"""How close (characters) a person's name must stand to a title to be its holder."""
CLAUSE_REACH = 40
"""How far back a person may stand in the title's clause and still be its subject."""


class RoleAnaphora:
    """Person mentions for leader titles whose holder the article named earlier."""

    def __init__(self, lang: LangData, ctx: Context):
        self.ctx = ctx
        before = expand(r"(?:(?<=\s)|^)(?P<role>(?:{DET}\s*)?{LEAD_ROLE})\s*{OF}\s*$",
                        lang.macros)
        after = expand(r"^(?:{POSS})?[\s-]*(?P<role>{LEAD_ROLE})", lang.macros)
        self.before = re.compile(before, re.IGNORECASE) if before else None
        self.after = re.compile(after) if after else None

    def leaders(self, sent: Sentence, mentions: list[Mention]
                ) -> tuple[list[Mention], list[tuple[str, str]]]:
        """Person mentions over the titles, and (person, organization) pairs they lead."""
        if not self.ctx.leaders or (self.before is None and self.after is None):
            return [], []
        text, base = sent.text, sent.start
        people = [m for m in mentions if m.type == "Person"]
        out: list[Mention] = []
        pairs: list[tuple[str, str]] = []
        for org in mentions:
            leader = self.ctx.leaders.get(org.entity) if org.type == "Organization" else None
            if leader is None:
                continue
            span = self._title(text, base, org)
            if span is None or self._named(people, (min(span[0], org.start),
                                                    max(span[1], org.end))) \
                    or self._predicate(text, base, people, span):
                continue  # "le président d'Orféo, Julien Marchand": the name follows the org
            start, end = span
            out.append(Mention(start, end, leader, "Person", text[start - base:end - base],
                               "role"))
            pairs.append((leader, org.entity))
        return out, pairs

    def _title(self, text: str, base: int, org: Mention) -> tuple[int, int] | None:
        found = self.before.search(text, 0, org.start - base) if self.before else None
        if found is not None:
            return base + found.start("role"), base + found.end("role")
        found = self.after.match(text[org.end - base:]) if self.after else None
        if found is not None:
            return org.end + found.start("role"), org.end + found.end("role")
        return None

    @staticmethod
    def _predicate(text: str, base: int, people: list[Mention], span: tuple[int, int]) -> bool:
        """"Levy will become SSI's president": a person earlier in the same clause takes the
        title as a predicate; it names them, not the leader the article knew."""
        return any(0 <= span[0] - p.end <= CLAUSE_REACH
                   and not re.search(r"[,;:.()]", text[p.end - base:span[0] - base])
                   for p in people)

    @staticmethod
    def _named(people: list[Mention], span: tuple[int, int]) -> bool:
        """A name right beside the title holds it: the role rules read that pair."""
        start, end = span
        return any(-NAME_GAP <= p.start - end <= NAME_GAP or 0 <= start - p.end <= NAME_GAP + 1
                   for p in people)
