"""Facts that need the previous sentence: openness stated one sentence after a release, the
moves that answer a "chain reaction" announced just before, and the rivals a sentence about
competition announces without naming them.

A mixin of `RelationExtractor` (it keeps `last_releases`, `trigger`, `lang`, `registry` and
`_allowed`); kept apart so the pattern engine in `relations.py` stays readable.
"""

from __future__ import annotations

import re

from stratgraph.ingest.candidate import Candidate
from stratgraph.ingest.fallback_grammar import PLACEHOLDER as _PLACEHOLDER
from stratgraph.ingest.mentions import Mention

_RELEASES = ("RELEASED", "OPEN_SOURCED")


class CrossSentence:
    """Reads a sentence against the one before it."""

    def _open_followup(self, index: int, masked: str, out: list[Candidate]) -> list[Candidate]:
        """"Both models were published with open weights": openness stated in the sentence right
        after the release makes the previous sentence's releases open-weight ones."""
        previous = self.last_releases
        self.last_releases = [c for c in out if c.predicate in _RELEASES]
        cue = self.lang.cue("open_followup")
        negation = self.lang.cue("negation")
        if (cue is None or not previous or self.last_releases or not cue.search(masked)
                or (negation is not None and negation.search(masked))):
            return []
        return [Candidate("OPEN_SOURCED", c.subject, c.object, "rule:open-followup", 0.7, index,
                          {"open_weights": True}) for c in previous]

    def _open_later(self, index: int, masked: str, table: list[Mention],
                    out: list[Candidate]) -> list[Candidate]:
        """"The company is releasing the model's weights", some sentences after "Microsoft has
        unveiled Muse": weights opened without naming the model open the article's latest
        release. Only when the sentence names no other model, and no other firm before the cue
        (anaphors resolve to the releasing one), so another lab's weights stay its own."""
        releases = [c for c in out if c.predicate in _RELEASES]
        if releases:
            self.article_releases = releases
            return []
        cue = self.lang.cue("open_weights_later")
        negation = self.lang.cue("negation")
        told = cue.search(masked) if cue is not None and self.article_releases else None
        if told is None or (negation is not None and negation.search(masked)):
            return []
        released = {c.object for c in self.article_releases}
        makers = {c.subject for c in self.article_releases}
        for m in _PLACEHOLDER.finditer(masked):
            named = table[int(m.group(2))]
            if named.type == "Model" and named.entity not in released:
                return []  # another model's weights
            if (named.type == "Organization" and named.entity not in makers
                    and m.start() < told.start()):
                return []  # another firm opens its weights ("on Hugging Face" after is a host)
        return [Candidate("OPEN_SOURCED", c.subject, c.object, "rule:open-later", 0.65, index,
                          {"open_weights": True}) for c in self.article_releases]

    def _chain_reaction(self, index: int, masked: str, table: list[Mention],
                        out: list[Candidate]) -> list[Candidate]:
        """"X triggered a chain reaction. Rivals then cut prices and Y released Z": the moves
        of other organizations in the very next sentence answer X's."""
        found: list[Candidate] = []
        if self.trigger is not None and index == self.trigger[1] + 1:
            actor = self.trigger[0]
            movers = {c.subject for c in out if c.predicate in ("RELEASED", "OPEN_SOURCED",
                                                                "ANNOUNCED")}
            found = [Candidate("INFLUENCED", actor, m, "rule:chain-reaction", 0.6, index)
                     for m in sorted(movers) if m != actor
                     and self._allowed("INFLUENCED", actor, m)
                     and self.registry.types.get(m) == "Organization"]
        self.trigger = None
        cue = self.lang.cue("chain_reaction")
        first = _PLACEHOLDER.search(masked)
        if cue is not None and first is not None and first.group(1) == "O" and cue.search(masked):
            self.trigger = (table[int(first.group(2))].entity, index)
        return found

    def _rivals_ahead(self, index: int, masked: str, table: list[Mention],
                      out: list[Candidate]) -> list[Candidate]:
        """"Its rivals are not standing still. xAI released Grok 4.1 the day before": a sentence
        that announces competition but names no rival makes the firms of the next sentence the
        rivals of the firm it is about (its own first firm, else the one in context)."""
        found: list[Candidate] = []
        if self.rival_frame is not None and index == self.rival_frame[1] + 1:
            firm = self.rival_frame[0]
            backers = {c.subject for c in out if c.predicate == "INVESTS_IN"}
            by = self.lang.macros.get("BY")  # "Runway, which is backed by Google": no rival
            agent = re.compile(rf"\b(?:{by})\s+(?:[\w-]+\s+)?$", re.IGNORECASE) if by else None
            rivals = dict.fromkeys(
                table[int(m.group(2))].entity for m in _PLACEHOLDER.finditer(masked)
                if m.group(1) == "O" and not (agent and agent.search(masked[:m.start()])))
            found = [Candidate("COMPETES_WITH", firm, rival, "rule:rivals-ahead", 0.6, index)
                     for rival in rivals if rival != firm and rival not in backers
                     and not self._public_body(rival)
                     and self._allowed("COMPETES_WITH", firm, rival)]
        self.rival_frame = None
        cue = self.lang.cue("rivals_ahead")
        if cue is not None and cue.search(masked):
            orgs = list(dict.fromkeys(m.entity for m in table if m.type == "Organization"))
            firm = orgs[0] if orgs else self._main_firm()
            if firm and len(orgs) <= 1:  # no rival named in the sentence itself
                self.rival_frame = (firm, index)
        return found

    def _main_firm(self) -> str | None:
        """The organization the article has named most so far (the title counts double)."""
        firms = [(n, e) for e, n in self.ctx.counts.items()
                 if self.registry.types.get(e) == "Organization" and not self._public_body(e)]
        return max(firms)[1] if firms else None
