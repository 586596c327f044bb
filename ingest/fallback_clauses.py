"""Reading a masked sentence around a cue: clauses, actors, lists, governed names.

The fallback layer needs, for a cue word, the clause it sits in, the actor of that clause
(not a name governed by a preposition, not a foil of a comparison, the right one of a
relative, reported or coordinated clause) and the list of names right after it. These
readers are shared by every kind of cue (`ingest/fallback_ends.py`).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from stratgraph.ingest.fallback_grammar import (
    ASIDE, BARRIER, BARRIER_ZH, GAPS, LIST_GLUE, LOOKBACK, OBJECT_GAP, PURPOSE_END,
    PURPOSE_REACH, REACH, Slot, pronouns, quoted_from,
)
from stratgraph.ingest.ends import firm_describes, macro_words
from stratgraph.ingest.langdata import expand

if TYPE_CHECKING:  # the extractor imports the fallback layer; the type only serves the checker
    from stratgraph.ingest.relations import RelationExtractor


@lru_cache(maxsize=None)
def _coordination(and_words: str) -> re.Pattern[str]:
    """", and C": a new member of a list, after a relative clause of the one before."""
    return re.compile(rf",\s*(?:{and_words})\s", re.IGNORECASE)


class ClauseReader:
    """The language's cue words and the readers of clauses, actors and lists."""

    def __init__(self, extractor: RelationExtractor):
        self.ex = extractor
        lang = extractor.lang
        self.negation = lang.cue("negation")
        self.plan = lang.cue("plan")
        self.hedge = lang.cue("hedge")
        self.former = lang.cue("former")
        self.comparison = lang.cue("comparison")
        self.open = lang.cue("open")
        self.preposition = lang.cue("preposition")
        self.months = frozenset(lang.months)
        self.relative = pronouns(lang.macros)
        say = expand("{SAY}", lang.macros, words=lang.lang != "zh")
        self.say = re.compile(say, re.IGNORECASE) if say else None
        speech = expand("{SAY}|{ANNOUNCE}", lang.macros, words=lang.lang != "zh")
        self.speech = re.compile(speech, re.IGNORECASE) if speech else self.say
        self.exclude = lang.cue("exclude_before")
        self.release_place = lang.cue("release_place_before")
        self._taken: dict[frozenset[str], set[str]] = {}
        self._opposed: set[str | None] = set()
        self._anchored: set[str] = set()
        """People of the sentence whose organization a fact already names."""
        self._stopped = False
        """Whether the last object search stopped at a possessor or a preposition."""
        self._purposed: set[str] = set()
        """What the last object search left to a purpose verb after the cue ("to found X")."""
        self._plain = ""
        """This sentence without short asides that name nothing (see `_sentence`)."""
        self._quotes: list[bool] = [False]
        self._by_start: dict[int, Slot] = {}
        self.barrier = BARRIER_ZH if lang.lang == "zh" else BARRIER
        self.gaps: dict[str, re.Pattern[str] | None] = {}
        for key, raw in GAPS.items():
            pattern = expand(raw, lang.macros, words=lang.lang != "zh")
            if pattern is not None and lang.lang == "zh":
                pattern = pattern.replace(r"\s+", r"\s*")
            self.gaps[key] = re.compile(pattern, re.IGNORECASE) if pattern else None

    def _head(self, slots: list[Slot], i: int, masked: str) -> Slot:
        """"Alphabet's DeepMind": the organization possessed, not its possessor."""
        possessor = self.gaps["possessor"]
        while (possessor is not None and i + 1 < len(slots) and slots[i + 1].letter == "O"
               and possessor.match(masked[slots[i].end:slots[i + 1].start])):
            i += 1
        return slots[i]

    @staticmethod
    def _position(slots: list[Slot], entity: str) -> int:
        return next((s.start for s in slots if s.mention.entity == entity), -1)

    def _sentence(self, masked: str, slots: list[Slot]) -> None:
        """Per-sentence state every cue reads: the text without short asides that name
        nothing ("(CTO)", "(FAIR)", blanked, same length: they do not end a clause), where
        quoted speech runs, and the slots by start."""
        self._plain = ASIDE.sub(lambda m: " " * len(m.group(0)), masked)
        self._quotes = quoted_from(masked)
        self._by_start = {s.start: s for s in slots}

    def _quoted(self, at: int) -> bool:
        return self._quotes[at]

    @staticmethod
    def _between(slots: list[Slot], start: int, end: int) -> list[Slot]:
        """The slots lying wholly within [start, end) (slots are sorted by start)."""
        first = bisect.bisect_left(slots, start, key=lambda s: s.start)
        out = []
        for slot in slots[first:]:
            if slot.start >= end:
                break
            if slot.end <= end:
                out.append(slot)
        return out

    def _clause_before(self, masked: str, at: int, slots: list[Slot]) -> list[Slot]:
        start = max(0, at - REACH)
        barrier = None
        for barrier in self.barrier.finditer(self._plain, start, at):
            pass
        if barrier is not None:
            start = barrier.end()
        return self._between(slots, start, at)

    def _clause_after(self, masked: str, at: int, slots: list[Slot]) -> list[Slot]:
        end = min(len(masked), at + REACH)
        barrier = self.barrier.search(self._plain, at, min(end, at + OBJECT_GAP * 3))
        if barrier is not None:
            end = barrier.start()
        return self._between(slots, at, end)

    def _governed(self, masked: str, slot: Slot) -> bool:
        """Named after a preposition or as a comparison: not the actor of the clause."""
        left = masked[max(0, slot.start - 30):slot.start]
        if self.comparison is not None and self.comparison.search(left):
            return True
        found = self.preposition.search(left) if self.preposition is not None else None
        if found is None:
            return False
        words = found.group(0).split()
        # "A giugno Meta", "In 2024 OpenAI": a time adverbial, not the noun's preposition
        return not (len(words) > 1 and (words[-1].casefold().strip(",") in self.months
                                        or words[-1].strip(",").isdigit()))

    def _subject(self, before: list[Slot], letters: str, masked: str,
                 at: int = 0) -> str | None:
        found = self._subjects(before, letters, masked, at)
        return found[0] if found else None

    def _subjects(self, before: list[Slot], letters: str, masked: str,
                  at: int = 0) -> list[str]:
        """The clause's actor: its first entity of the right type that no preposition
        governs ("Anthropic, the startup founded by former OpenAI staff, released ..."),
        unless a later one heads a relative clause ("Gross, der ... leitete") or a
        coordinated clause (", and DeepSeek released") of its own; with the list it heads
        ("Meta, DeepSeek and Alibaba released")."""
        relative, coordinated = self.gaps["relative"], self.gaps["coordinated"]
        nearest = None
        coordination = _coordination(macro_words(self.ex.lang, "AND", "and"))
        for i in range(len(before) - 1, -1, -1):
            slot = before[i]
            if slot.letter not in letters:
                continue
            if relative is not None and relative.match(masked[slot.end:slot.end + 16]):
                if nearest is not None and coordination.search(masked, slot.end, nearest.start):
                    break  # "B, who serves as CTO, and C, the professor who founded": C's clause
                return [slot.mention.entity]  # "mit Daniel Gross, der ... leitete"
            nearest = nearest or slot
        relative_cue = self.gaps["relative_cue"]
        found = relative_cue.search(masked, max(0, at - LOOKBACK), at) \
            if relative_cue is not None else None
        determiner = self.gaps["determiner"]
        if found is not None and not found.group("comma") and determiner is not None and \
                determiner.match(found.group("pron")):
            found = None  # German "der", "die": an article unless a comma makes it a pronoun
        if found is not None and self.speech is not None and self.speech.search(
                masked[max(0, found.start() - 40):found.start()]):
            found = None  # "announced on Wednesday that she leaves": "que" introduces speech
        if found is not None:
            # "X, a start-up that builds": the entity right before the relative pronoun;
            # "X employs 30 people, who will join" has none
            near = before[-1] if before else None
            apposition = self.gaps["apposition"]
            if near is None or near.letter not in letters or apposition is None or \
                    not apposition.match(masked[near.end:found.start()]):
                return []
            if self._governed(masked, near):
                return []  # "Thrive, el fondo de Josh Kushner que ...": the fund, not Kushner
            return [near.mention.entity]
        say = self.say
        if say is not None:
            # "A said his fund B invested": the reported clause has its own actor
            for i, slot in enumerate(before):
                if i and say.search(masked[before[i - 1].end:slot.start]):
                    before = before[i:]
                    break
        fits = [i for i, s in enumerate(before)
                if s.letter in letters and not self._governed(masked, s)]
        if not fits:
            return []
        chosen = fits[0]
        subordinate = self.gaps["subordinate"]
        for i in reversed(fits[1:]):
            slot, prev = before[i], before[i - 1]
            back = max(0, slot.start - LOOKBACK)
            if (coordinated is not None and coordinated.search(masked, back, slot.start)
                    and not (prev.letter == slot.letter
                             and LIST_GLUE.match(masked[prev.end:slot.start]))):
                chosen = i
                break
            if subordinate is not None and subordinate.search(masked, back, slot.start):
                chosen = i
                break
        head = self._head(before, chosen, masked)
        chosen = before.index(head)
        out = [head.mention.entity]
        glues: list[str] = []
        parent_of = self.gaps["parent_of"]
        for prev, slot in zip(before[chosen:], before[chosen + 1:]):
            if (parent_of is not None and out[-1] == prev.mention.entity
                    and slot.letter == head.letter
                    and parent_of.match(masked[prev.end:slot.start])):
                out[-1] = slot.mention.entity  # "Microsofts Tochter GitHub": GitHub
                continue
            if (slot.letter != head.letter or self._governed(masked, slot)
                    or not LIST_GLUE.match(masked[prev.end:slot.start])):
                break  # "Yann LeCun, of Meta, criticized": Meta is his, not a co-subject
            out.append(slot.mention.entity)
            glues.append(masked[prev.end:slot.start])
        if len(out) > 1 and all(g.strip() in (",", "、", "，") for g in glues):
            return out[-1:]  # "avec Hinton et Bengio, LeCun avait rejoint": no "and", no list
        return out

    def _list_after(self, after: list[Slot], letters: str, masked: str, cue_end: int | None,
                    governed: bool = False, direct: bool = False) -> list[str]:
        """The entity of the right type right after the cue, and the list it heads."""
        out: list[str] = []
        last_end = None
        self._stopped = False
        self._purposed = set()
        described = False  # the slot before was a firm describing this person
        for i, slot in enumerate(after):
            if last_end is None:
                if slot.letter not in letters:
                    continue
                if cue_end is not None:
                    gap = masked[cue_end:slot.start]
                    purpose = self.gaps["purpose_gap"]
                    aim = purpose.search(gap) if purpose is not None else None
                    if (direct or governed) and aim is not None and (
                            len(gap) - aim.end() <= PURPOSE_REACH) and not (
                            PURPOSE_END.search(gap, aim.end())):
                        # "left in 2021 to found X", "offered to subscribers of X": X is
                        # what the purpose verb or the recipient phrase names
                        self._purposed = {slot.mention.entity}
                        break
                    and_gap = self.gaps["and_gap"]
                    if len(gap) > OBJECT_GAP or "," in gap or "，" in gap or (
                            and_gap is not None and and_gap.search(gap)) or (
                            self.relative is not None and self.relative.search(gap)):
                        break
                if governed and any(e is not None and e.search(
                        masked, max(0, slot.start - LOOKBACK), slot.start)
                        for e in (self.exclude, self.release_place)):
                    break  # "offered on Amazon Bedrock", "bietet in Azure ... an"
                if direct and self.preposition is not None and self.preposition.search(
                        masked[max(0, slot.start - 30):slot.start]) and not (
                        cue_end is not None and not masked[cue_end:slot.start].strip()):
                    self._stopped = True
                    break  # "compra chips de Nvidia": not what the verb acts on
                possessor = self.gaps["possessor"]
                if possessor is not None and possessor.match(masked[slot.end:slot.end + 3]):
                    self._stopped = True
                    break  # "led Google's robotics team": a part of the organization
            elif not described:
                glue = masked[last_end:slot.start]
                if not LIST_GLUE.match(glue) or (len(out) == 1 and "," in glue
                                                  and glue.strip(" ,")):
                    break  # "in Anthropic, and Amazon has committed": a new clause
            if slot.letter not in letters:
                break
            last_end = slot.end
            described = self._describes(slot, after[i + 1] if i + 1 < len(after) else None,
                                        letters, masked)
            if not described:  # "backers including OpenAI chief executive A": A, not OpenAI
                out.append(slot.mention.entity)
        return out

    def _describes(self, slot: Slot, nxt: Slot | None, letters: str, masked: str) -> bool:
        """An organization right before a person, with only a title between them, describes
        that person inside a list of people ("Salesforce's B", "OpenAI-Chef A")."""
        if nxt is None or slot.letter != "O" or nxt.letter != "P" or "P" not in letters:
            return False
        return firm_describes(self.ex.lang, masked[slot.end:nxt.start])

    def _topic(self, letters: str, exclude: set[str] | None = None) -> str | None:
        if "O" not in letters:
            return None
        return self.ex.ctx.recent("Organization", exclude=frozenset(exclude or ()))
