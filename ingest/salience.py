"""What earlier sentences of an article tell later ones: salience, recency, affiliations.

Anaphora ("the company", "il"), implicit ends ("the company in context") and the fallback
layer's topic all ask the same question: which organization or person is the article about
so far? `Context` keeps the answer, sentence after sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from stratgraph.ingest.mentions import Mention

_TEAM = re.compile(r"(?i)\b(?:team|équipe|Team)\b")
TITLE_WEIGHT = 2.0
OPENS = re.compile(r"(?i)(?:(?:the|a|la|le|el|il|lo|o|der|die|das)\s+|l['’]\s*)?@O(\d+)@")
"""A masked sentence that opens with an organization, its article included ("A Runway foi
fundada ..."): that organization is the sentence's subject."""

CLAUSE_FIRM = re.compile(r",\s*(?:[\w'’-]+\s+){0,3}?(@O(\d+)@)")
"""The organization right after a comma: the subject after a fronted participle clause
("Fondée par A, ..., l'entreprise")."""


_INSTITUTION = re.compile(r"univers|college|institut|school|academ|ecole|大学|学院|研究院|研究所")
"""Words in an organization id that make it a school or an institute, not a company."""


def is_company(entity: str) -> bool:
    """"The company" can mean any firm, but not a university or an institute the text named
    before it ("Stanford professor Li ... founded World Labs. The company ...")."""
    return not _INSTITUTION.search(entity)


def opening_org(masked: str, table: list[Mention]) -> str | None:
    """The organization a masked sentence opens with (see `OPENS`), else None."""
    opens = OPENS.match(masked)
    return table[int(opens.group(1))].entity if opens else None


@dataclass
class Context:
    """What earlier sentences tell later ones: salience, recency, affiliations."""

    last: dict[str, tuple[int, str]] = field(default_factory=dict)
    counts: dict[str, float] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)
    recency: dict[str, int] = field(default_factory=dict)
    affiliation: dict[str, str] = field(default_factory=dict)
    tick: int = 0
    topic_org: str | None = None
    opener: str | None = None
    """The organization that opened the last sentence as its subject ("Adept stays. The
    company ..."): what a sentence-initial "the company" continues."""
    topic_person: str | None = None
    """The first person of the last sentence that named one: what a later "he" continues."""
    leaders: dict[str, str] = field(default_factory=dict)
    """Who the article showed leading each organization: what "the OpenAI boss" names."""
    funded: str | None = None
    """The organization the article last showed raising money: where a later "the round also
    drew A and B" sends A and B."""
    startups: set[str] = field(default_factory=set)
    """Organizations the text called a start-up or a lab: what "the start-up" points to."""
    foils: set[int] = field(default_factory=set)
    """Starts of this sentence's organizations named only as a comparison ("unlike X"):
    they gain no salience, so a later "the company" does not drift to them."""

    def see(self, mention: Mention, weight: float = 1.0) -> None:
        if mention.start in self.foils:
            return
        if mention.type in ("Organization", "Person") and not _TEAM.search(mention.surface):
            self.last[mention.type] = (mention.start, mention.entity)
            self.counts[mention.entity] = self.counts.get(mention.entity, 0.0) + weight
            self.first.setdefault(mention.entity, len(self.first))
            self.tick += 1
            self.recency[mention.entity] = self.tick

    def seed_title(self, mentions: list[Mention]) -> None:
        """Title mentions count double and come first: the title names the topic."""
        for m in mentions:
            if m.type == "Organization":
                self.counts[m.entity] = self.counts.get(m.entity, 0.0) + TITLE_WEIGHT
                self.first.setdefault(m.entity, len(self.first))

    def recent(self, type_: str, exclude: frozenset[str] = frozenset(),
               keep=None) -> str | None:
        """The most salient entity of a type so far (a person: the last one named)."""
        if type_ == "Person":
            found = self.last.get(type_)
            return found[1] if found else None
        prefix = "org:" if type_ == "Organization" else "person:"
        pool = [e for e in self.counts if e.startswith(prefix) and e not in exclude
                and (keep is None or keep(e))]
        if not pool:
            return None
        return max(pool, key=lambda e: (self.counts[e], -self.first.get(e, 10**6)))

    def latest(self, entities: list[str]) -> str | None:
        seen = [e for e in entities if e in self.recency]
        return max(seen, key=lambda e: self.recency[e]) if seen else None
