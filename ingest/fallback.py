"""The fallback layer: cue words plus typed mentions, for sentences no pattern could read.

Patterns (`ingest/rules/*.yaml`) are precise but brittle: each spells out a construction, and
news prose keeps inventing new ones ("Emad Mostaque, founder and chief executive of the
London start-up known for ..., resigned"). Here a cue word of a relation (the language's own
macros: `{LEFT_V}`, `{LEAD_ROLE}`, `{OPEN_MODELS}`...) is enough, and the ends are taken from
the typed mentions around it: the nearest actor before a verb and the nearest entity after
it, the person next to a role noun and the organization of the role phrase, or the
organization the article is about. Such guesses are right less often than a pattern, so they
carry a low confidence, never contradict a pattern's reading of the same pair, and respect
negation, questions, plans and comparisons like patterns do.

The cue list itself is data: `ingest/rules/common_fallback.yaml` (templates over each
language's macros) and any `fallback:` section of a language's own files.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from stratgraph.ingest.ends import any_word, macro_words
from stratgraph.ingest.fallback_ends import EndsReader
from stratgraph.ingest.fallback_grammar import (
    CLOSED, EVENTS, HELD_BY, OPEN, PLACEHOLDER, Slot, adds,
)
from stratgraph.ingest.folding import lowered
from stratgraph.ingest.langdata import FallbackCue
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.pairing import RESPECTIVELY

ROLE_HEDGE_REACH = 40
"""Characters before a role noun where a hedge ("could become its CEO") still governs it."""

if TYPE_CHECKING:  # the extractor imports this module; the type only serves the checker
    from stratgraph.ingest.relations import Candidate, RelationExtractor


def _shadowed(roles: list[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """Role matches overlapped by a longer match of another role cue ("director" inside
    "director of research"): one pass over the matches in start order."""
    ordered = sorted(roles)
    out = set()
    for i, (start, end, name) in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            other = ordered[j]
            if other[0] >= end:
                break
            if other[2] != name:  # overlapping matches of two cues: the shorter one yields
                shorter, longer = sorted(((start, end, name), other), key=lambda r: r[1] - r[0])
                if longer[1] - longer[0] > shorter[1] - shorter[0]:
                    out.add(shorter)
    return out


class Fallback(EndsReader):
    """Low-confidence facts from cue words, run after the patterns of one sentence."""

    def __init__(self, extractor: RelationExtractor):
        super().__init__(extractor)
        self.cues: list[FallbackCue] = extractor.lang.fallback
        self.gated = extractor.lang.fallback_plan  # the cues by their gates
        self.against = any_word(macro_words(extractor.lang, "COMPETE", "rival") + "|"
                                + macro_words(extractor.lang, "AGAINST", "against") + "|"
                                + macro_words(extractor.lang, "LAW_AGAINST", "opposed"))
        """A rival's verb or "against" before a stance noun: "Meta défie les modèles fermés"
        takes on closed models, it does not hold that stance."""
        self.families: dict[str, str] = {}
        """Models released so far in the article (folded name -> lab): their members."""

    # ------------------------------------------------------------------ entry point
    def candidates(self, index: int, masked: str, table: list[Mention],
                   found: list[Candidate], question: bool) -> list[Candidate]:
        if not self.cues:
            return []
        slots = [Slot(m.start(), m.end(), m.group(1), table[int(m.group(2))])
                 for m in PLACEHOLDER.finditer(masked)]
        slots = [s for s, nxt in zip(slots, [*slots[1:], None])
                 if not (nxt is not None and s.mention.origin == "anaphor"
                         and nxt.letter == s.letter and nxt.start - s.end <= 2)]
        # ("the Chinese start-up DeepSeek": the noun introduces the name, it points nowhere)
        taken: dict[frozenset[str], set[str]] = {}
        self._taken = taken
        for c in found:
            taken.setdefault(frozenset((c.subject, c.object)), set()).add(c.predicate)
        stances = {(c.subject, c.object) for c in found if c.object.startswith("position:")}
        by_predicate = {c.predicate for c in found}
        self._led = {c.object: c.subject for c in found if c.predicate == "LEADS"
                     and c.rule in ("rule:role-of-org-apposition", "rule:org-role-person")}
        types = self.ex.registry.types
        self._criticized = {(c.object, types.get(c.subject)) for c in found
                             if c.predicate == "CRITICIZED"}
        self._anchored = {c.subject for c in found
                          if self.ex.registry.types.get(c.object) == "Organization"}
        low = lowered(masked)
        every = [(cue, match) for cue in self.gated.open(low)  # cues whose gates it passes
                 if low is None or cue.twin is None or cue.twin.search(low) is not None
                 for match in cue.pattern.finditer(masked)]
        self.ex.cue_hits[index] = (masked, [(cue.name, m.start(), m.end()) for cue, m in every])
        heard = {cue.object for cue, _ in every if cue.kind.startswith("stance")}
        torn = {OPEN, CLOSED} <= heard  # both camps named: a comparison, not a stance
        self._opposed = {cue.object for cue, _ in every if cue.predicate == "OPPOSES"}
        releasing = any(cue.kind == "release" for cue, _ in every)
        shadowed = _shadowed([(m.start(), m.end(), cue.name) for cue, m in every
                              if cue.kind == "role"])
        self._sentence(masked, slots)
        out: list[Candidate] = []
        retry: list[tuple[FallbackCue, re.Match[str]]] = []
        past = self.ex.lang.cue("past")  # "in passato ha lavorato presso X": a job left
        former = self.ex.lang.cue("former")
        for cue, match in self._admitted(every, question, torn, releasing):
            if self._blocked(masked, match, cue):
                continue
            if cue.kind == "role" and (match.start(), match.end(), cue.name) in shadowed:
                continue  # "director of research" is a work role, not "director"
            stint = None
            if cue.predicate == "WORKS_FOR" and _past_here(past, masked, match):
                stint, cue = cue, replace(cue, predicate="LEFT")  # a job, then its end
            elif cue.kind == "role" and cue.predicate in ("LEADS", "WORKS_FOR") and former and (
                    former.search(masked[max(0, match.start() - 12):match.start()].split("@")[-1])):
                cue = replace(cue, predicate="LEFT")  # "前首席技术官X", "former CTO X"
            ends = self._ends(cue, match, masked, slots)
            if not ends and cue.predicate == "LEFT":
                retry.append((cue, match))  # its organization may come from a role below
            # a title is hedged by its own phrase only: "A, its CTO, would lead" is still CTO
            zone = masked[max(0, match.start() - ROLE_HEDGE_REACH):match.end()] \
                if cue.kind == "role" else masked
            found_here = self._accept(cue, ends, masked, index, taken, stances, by_predicate,
                                      zone)
            out.extend(found_here)
            if stint is not None and found_here:  # "in passato ha lavorato presso X"
                out.extend(replace(c, stated_stint=True) for c in self._accept(
                    stint, ends, masked, index, taken, stances, by_predicate, zone))
        for cue, match in retry:
            out.extend(self._accept(cue, self._ends(cue, match, masked, slots), masked, index,
                                    taken, stances, by_predicate))
        out.extend(self._family_members(index, masked, slots, taken))
        out.extend(self._owned_in_apposition(index, masked, slots, taken))
        if RESPECTIVELY.search(masked):  # the patterns paired the lists in order already
            paired = {(c.predicate, c.object): c.subject for c in found}
            out = [c for c in out if paired.get((c.predicate, c.object), c.subject) == c.subject]
        for c in [*found, *out]:
            if c.predicate in ("RELEASED", "OPEN_SOURCED"):
                name = self.ex.registry.names.get(c.object, "")
                self.families.setdefault(name.casefold(), c.subject)
        return out

    def _owned_in_apposition(self, index: int, masked: str, slots: list[Slot],
                             taken: dict[frozenset[str], set[str]]) -> list[Candidate]:
        """"Claude Code, the firm's command-line assistant", "Nova ist das neue Modell von
        Amazon": a model or product described as an organization's develops from it."""
        from stratgraph.ingest.relations import Candidate

        by_start = self._by_start
        out = []
        for pattern in (self.gaps["owned_apposition"], self.gaps["owned_copula"]):
            if pattern is None:
                continue
            for found in pattern.finditer(masked):
                thing, org = by_start.get(found.start("thing")), by_start.get(found.start("org"))
                if thing is None or org is None:
                    continue
                pair = frozenset((org.mention.entity, thing.mention.entity))
                if pair in taken or not self.ex._allowed("DEVELOPS", org.mention.entity,
                                                         thing.mention.entity):
                    continue
                taken.setdefault(pair, set()).add("DEVELOPS")
                out.append(Candidate("DEVELOPS", org.mention.entity, thing.mention.entity,
                                     "cue:owned-apposition", 0.5, index))
        return out

    def _family_members(self, index: int, masked: str, slots: list[Slot],
                        taken: dict[frozenset[str], set[str]]) -> list[Candidate]:
        """"Mistral presented Magistral. It comes in two versions: Magistral Small, whose
        weights are published, and Magistral Medium": the members of a family released
        earlier in the article are released by the same lab, openly if their own clause
        says so."""
        from stratgraph.ingest.relations import Candidate

        out = []
        models = [x for x in slots if x.letter == "M"]
        for i, slot in enumerate(models):
            name = self.ex.registry.names.get(slot.mention.entity, "").casefold()
            family = next((f for f in self.families if f and name != f
                           and (name.startswith(f + " ") or name.startswith(f + "-"))), None)
            if family is None:
                continue
            lab = self.families[family]
            pair = frozenset((lab, slot.mention.entity))
            if pair in taken or not self.ex._allowed("RELEASED", lab, slot.mention.entity):
                continue
            end = models[i + 1].start if i + 1 < len(models) else slot.end + 80
            clause = masked[slot.end:end]
            is_open = self.open is not None and self.open.search(clause) is not None and not (
                self.negation is not None and self.negation.search(clause))
            taken.setdefault(pair, set()).add("RELEASED")
            if self.plan is not None and self.plan.search(masked):
                out.append(Candidate("DEVELOPS", lab, slot.mention.entity,
                                     "cue:family-member-planned", 0.5, index))
                continue  # "a larger Nova Premier is to follow next year"
            out.append(Candidate("OPEN_SOURCED" if is_open else "RELEASED", lab,
                                 slot.mention.entity, "cue:family-member", 0.5, index,
                                 {"open_weights": True if is_open else None}))
        return out

    def _admitted(self, every: list[tuple[FallbackCue, re.Match[str]]], question: bool,
                 torn: bool, releasing: bool) -> list[tuple[FallbackCue, re.Match[str]]]:
        """The cue matches the sentence as a whole allows, in the order of the cue list."""
        out = []
        for cue, match in every:
            if question and cue.kind != "role":
                continue
            if torn and cue.object in (OPEN, CLOSED):
                continue
            if releasing and cue.object == OPEN:
                continue  # "released two open-weight models": a release, not a manifesto
            if cue.predicate == "SUPPORTS" and cue.object in self._opposed:
                continue  # "sued to block the for-profit conversion": against, not for
            out.append((cue, match))
        return out

    def _accept(self, cue: FallbackCue, ends: list[tuple[str, str, dict]], masked: str,
                index: int, taken: dict[frozenset[str], set[str]],
                stances: set[tuple[str, str]], by_predicate: set[str],
                hedge_zone: str | None = None) -> list[Candidate]:
        """The facts of one cue match that no earlier reading of the same pair forbids;
        a hedge in `hedge_zone` (the whole sentence unless given) lowers their confidence."""
        out = []
        for subject, obj, props in ends:
            predicate = cue.predicate
            if cue.kind == "release":
                predicate = "OPEN_SOURCED" if props.get("open_weights") else "RELEASED"
            held = taken.get(frozenset((subject, obj)))
            if subject == obj or (held is not None and not adds(predicate, held)):
                continue  # read already
            if predicate == "LEADS" and self._led.get(obj, subject) != subject:
                continue  # a title named this firm's leader in the sentence: someone else
            if predicate == "CRITICIZED" and any(
                    o == obj and kind != self.ex.registry.types.get(subject)
                    for o, kind in self._criticized):
                continue  # "Musk's company xAI sued X": the rule's firm sues, not the person
            if obj.startswith("position:") and ((subject, obj) in stances
                                                or "SUPPORTS" in by_predicate
                                                or "OPPOSES" in by_predicate):
                continue
            if not self.ex._allowed(predicate, subject, obj):
                continue
            if cue.kind == "release" or predicate == "DEVELOPS":
                owner = self.ex.owner_of(obj)
                if owner is not None and owner != subject:
                    continue  # "Microsoft offers Llama 2 on Azure": Meta's model
            confidence = cue.confidence
            if self.hedge is not None and self.hedge.search(
                    masked if hedge_zone is None else hedge_zone):
                confidence *= 0.6
            taken.setdefault(frozenset((subject, obj)), set()).add(predicate)
            if obj.startswith("org:"):
                self._anchored.add(subject)
            out.append(self._candidate(predicate, subject, obj, cue, confidence, index, props))
        return out

    def _candidate(self, predicate: str, subject: str, obj: str, cue: FallbackCue,
                   confidence: float, index: int, props: dict) -> Candidate:
        from stratgraph.ingest.relations import Candidate

        return Candidate(predicate, subject, obj, f"cue:{cue.name}", round(confidence, 3),
                         index, props)

    # ------------------------------------------------------------------ guards
    def _blocked(self, masked: str, match: re.Match[str], cue: FallbackCue) -> bool:
        """Negated, planned (for releases) or only a comparison: no fact."""
        window = masked[max(0, match.start() - 30):match.end() + 5]
        if self.negation is not None and self.negation.search(window):
            return True
        negated_after = self.ex.lang.cue("negated_after")
        if negated_after is not None and negated_after.match(masked, match.end()):
            return True  # German puts it after the verb: "arbeitet nicht mit X zusammen"
        by_after = self.gaps["by_after"]
        if cue.kind == "verb" and by_after is not None and by_after.match(
                masked[match.end():match.end() + 12]):
            return True
        if cue.kind == "stance-noun" and self.against.search(
                masked[max(0, match.start() - 30):match.start()]) and not _held(masked, match):
            return True  # "X criticised closed models"; but "the closed approach of A": A's
        if cue.kind == "release" and self._quoted(match.start()):
            return True  # "it's high time we open-sourced it": speech, often a promise
        if cue.predicate in EVENTS and self.plan is not None and self.plan.search(
                masked[max(0, match.start() - 40):match.end()]):
            return True  # a planned release, deal or purchase has not happened
        if cue.predicate in ("ACQUIRED", "INVESTS_IN") and self.hedge is not None and \
                self.hedge.search(masked[max(0, match.start() - 60):match.end()]):
            return True  # rumoured deals are the rule, not the exception
        if (cue.kind == "role" and cue.predicate in ("LEADS", "WORKS_FOR")
                and self.former is not None
                and self.former.search(masked[max(0, match.start() - 25):match.start()])):
            return True  # "former chief scientist": the LEFT cues say it
        return False


_CLOSED_ASIDE = re.compile(r"@\w+@\s*,")


def _past_here(past: re.Pattern[str] | None, masked: str, match: re.Match[str]) -> bool:
    """A past marker ("in passato", "used to") near a work cue, in its own clause: in "X, who
    used to lead a team at Y, joined Z" the aside that ends after Y is Y's past, not Z's."""
    if past is None:
        return False
    start = max(0, match.start() - 40)
    hit = past.search(masked, start, match.end())
    return hit is not None and (hit.end() >= match.start() or not _CLOSED_ASIDE.search(
        masked, hit.end(), match.start()))


def _held(masked: str, match: re.Match[str]) -> bool:
    """A stance noun its holders follow ("the closed approach of @O1@")."""
    held = HELD_BY.match(masked, match.end())
    return held is not None and masked.startswith("@O", held.end())
