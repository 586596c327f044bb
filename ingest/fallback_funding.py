"""The two ends of a funding cue of the fallback layer: who funds, and which firm.

A round's leaders ("A and B led the financing"), its participants ("the round also drew A and
B") and a raise ("X raised $6B from A, B and C") each place investors and the funded firm
differently; the firm is often only the article's topic. `fallback_ends.EndsReader` hands
these kinds here and reads the others itself.
"""

from __future__ import annotations

import re

from stratgraph.ingest.fallback_clauses import ClauseReader
from stratgraph.ingest.fallback_grammar import INTO, MONEY, Slot

LIST_END = re.compile(r"[;!?；！？]")
PARTICIPANT_REACH = 80
"""Most characters from a participation cue to the first co-investor it names after it
("participan también los inversores que ya estaban en el capital: Accel, ...")."""

Ends = list[tuple[str, str, dict]]


class FundingEnds(ClauseReader):
    """Investors and funded firm of the "round", "participants" and "raise" cue kinds."""

    def _round(self, match: re.Match[str], masked: str, before: list[Slot],
               after: list[Slot], s_letters: str) -> Ends:
        """"A and B led the financing": the raiser is the one named after "in", the round's
        firm of the text, or the topic."""
        investors = self._subjects(before, s_letters, masked, match.start())
        here = next((s.mention.entity for s in after if s.letter == "O"
                     and INTO.match(masked[match.end():s.start])), None)
        investors += self._co_investors(masked, match.end(), after, s_letters)
        funded = self.ex.ctx.funded if self.ex.ctx.funded not in investors else None
        target = here or funded or self._topic("O", exclude=set(investors))
        return [(i, target, {}) for i in investors] if target else []

    def _participants(self, match: re.Match[str], masked: str, before: list[Slot],
                      slots: list[Slot], s_letters: str) -> Ends:
        """"the round also drew A and B": they fund the text's raiser."""
        funded = self.ex.ctx.funded
        if funded is None:
            return []
        investors = self._subjects(before, s_letters, masked, match.start())
        if any(s.letter == "O" and (s.mention.entity not in investors
                                    or s.mention.origin == "anaphor") for s in before):
            return []  # "A startup, apoiada por investidores como A": its own backers
        stop = LIST_END.search(masked, match.end())
        listed = self._between(slots, match.end(), stop.start() if stop else len(masked))
        first = next((s for s in listed if s.letter in s_letters), None)
        if first is not None and first.start - match.end() <= PARTICIPANT_REACH:
            # a colon may open the list: "los inversores que ya estaban: A, B y C"
            investors += self._list_after(listed[listed.index(first):], s_letters,
                                          masked, None)
        return [(i, funded, {}) for i in dict.fromkeys(investors) if i != funded]

    def _raise(self, match: re.Match[str], masked: str, before: list[Slot],
               after: list[Slot], s_letters: str) -> Ends:
        """"X raised $6B from A, B and C"; no amount near the cue, no round."""
        if not MONEY.search(masked, match.end(), match.end() + 40):
            return []  # "secured compute for the team": no money, no round
        target = self._subject(before, "O", masked, match.start())
        rest = after
        if target is None and after and after[0].letter == "O":
            target, rest = after[0].mention.entity, after[1:]  # "sammelte X ... ein"
        investors = self._list_after(rest, s_letters, masked, None)
        return [(i, target, {}) for i in investors if i != target] if target else []

    def _co_investors(self, masked: str, at: int, after: list[Slot], letters: str) -> list[str]:
        """"joined the round alongside A and B": the firms named after the round's cue."""
        glue = self.ex.lang.cue("co_investors")
        link = glue.match(masked, at) if glue is not None else None
        if link is None:
            return []
        rest = [s for s in after if s.start >= link.end()]
        if not rest or rest[0].start != link.end():
            return []
        return self._list_after(rest, letters, masked, None)
