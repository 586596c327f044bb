"""The two ends of a fact, for each kind of fallback cue.

A role noun, a verb, a passive, a symmetric pair, a funding round, a stance: each kind says
where its subject and object stand around the cue word (`ingest/rules/common_fallback.yaml`
documents the kinds). The clause readers they use live in `ingest/fallback_clauses.py`, the
funding kinds (a round, its participants, a raise) in `ingest/fallback_funding.py`.
"""

from __future__ import annotations

import re

from stratgraph.ingest.fallback_funding import FundingEnds
from stratgraph.ingest.fallback_grammar import (
    ABANDON, DIRECT, ENDS, GOVERNOR, HELD_BY, LEADING, LOOKBACK, PERSON_ORG,
    PLACEHOLDER, PRONOUN, ROLE_REACH, Slot,
)
from stratgraph.ingest.langdata import FallbackCue
from stratgraph.ingest.salience import CLAUSE_FIRM, OPENS

PAIR_REACH = 40
"""Most characters from a list of subjects to the rivalry word that pairs them all."""


class EndsReader(FundingEnds):
    """Subject and object of a cue match, by the kind of its cue."""

    def _ends(self, cue: FallbackCue, match: re.Match[str], masked: str,
              slots: list[Slot]) -> list[tuple[str, str, dict]]:
        s_letters, o_letters = ENDS.get(cue.predicate, ("", ""))
        before = self._clause_before(masked, match.start(), slots)
        after = self._clause_after(masked, match.end(), slots)
        if cue.kind == "role":
            return self._role(match, masked, before, after)
        if cue.kind.startswith("stance") and ABANDON.search(
                masked[max(0, match.start() - 40):match.start()]):
            return []
        if cue.kind == "stance-noun" and GOVERNOR.search(
                masked[max(0, match.start() - 30):match.start()]):
            return []
        if cue.kind == "stance-noun":  # "the closed approach of A and B": theirs
            held = HELD_BY.match(masked, match.end())
            holders = self._list_after(after, s_letters, masked, held.end()) if held else []
            if holders:
                return [(holder, str(cue.object), {}) for holder in holders]
        if cue.kind in ("stance", "stance-noun"):  # "A and B offer closed models": both
            actors = self._subjects(before, s_letters, masked, match.start())
            return [(actor, str(cue.object), {}) for actor in actors]
        if cue.kind == "passive":  # "X, founded by A and B": the subjects follow the cue
            # only an entity that stands right there, or in apposition ("X, a start-up
            # backed by"); "a group of investors led by Musk" names none
            near = before[-1] if before else None
            subjects = self._list_after(after, s_letters, masked, match.end())
            if near is None and subjects and LEADING.match(masked).end() >= match.start():
                # "Backed by A, B and C, X became ...": the clause's subject follows the
                # list, after a bare comma that closes it
                listed = [x for x in after if x.mention.entity in subjects][:len(subjects)]
                glue = [masked[a.end:b.start] for a, b in zip(listed, listed[1:])]
                if len(listed) > 1 and glue[-1].strip() == "," and (
                        len(glue) == 1 or any(g.strip(" ,") for g in glue[:-1])):
                    head = listed[-1]
                    return [(x.mention.entity, head.mention.entity, {}) for x in listed[:-1]
                            if head.letter in o_letters]
                return []
            apposition = self.gaps["apposition"]
            if near is None or near.letter not in o_letters or apposition is None or \
                    not apposition.match(masked[near.end:match.start()]) or \
                    self._governed(masked, near):
                return []
            return [(s, near.mention.entity, {}) for s in subjects]
        if cue.kind == "noun-of":  # "one of the fiercest rivals of X", "the main backer of X"
            link = self.gaps["role_org_after"]
            first = after[0] if after else None
            if first is None or first.letter not in o_letters or link is None or \
                    not link.match(masked[match.end():first.start]):
                return []
            subject = self._subject(before, s_letters, masked, match.start())
            return [(subject, first.mention.entity, {})] if subject else []
        noun_hire = self.ex.lang.cue("hire_agent_after")
        if cue.kind == "hire" and noun_hire is not None and noun_hire.match(masked, match.end()):
            return []  # "a string of high-profile hires by Zuckerberg": a noun, no hirer before
        if cue.kind == "hire":  # "X hired A, the CEO of Y, and its co-founder B"
            employer = self._subject(before, "O", masked, match.start())
            hires = [s.mention.entity for s in after if s.letter == "P"]
            return [(h, employer, {}) for h in hires] if employer else []
        if cue.kind == "influence":  # "Baidu, in response to DeepSeek's success, ..."
            source = next((s for s in after if s.letter == "O"), None)
            target = self._subject(before, "O", masked, match.start())
            if target is None and source is not None:
                later = [s for s in after if s.letter == "O" and s.start > source.end
                         and not self._governed(masked, s)]
                target = later[0].mention.entity if later else None
            return [(source.mention.entity, target, {})] if source and target else []
        if cue.kind == "round":  # "A and B led the financing": the raiser is the topic
            return self._round(match, masked, before, after, s_letters)
        if cue.kind == "vie":  # "A and B chase the same customers": rivals of the text's firm
            rivals = list(dict.fromkeys(self._subjects(before, s_letters, masked,
                                                       match.start())))
            firm = self._topic("O")  # ... and of each other: "A, B and C vie for the same staff",
            # unless named as examples ("start-ups such as A and B chase the same customers")
            first = next((s for s in before if s.mention.entity in rivals), None)
            such_as = self.gaps["such_as_before"]
            examples = first is not None and such_as is not None and such_as.search(
                masked, max(0, first.start - 20), first.start) is not None
            among = [] if examples else [(a, b, {}) for i, a in enumerate(rivals)
                                         for b in rivals[i + 1:]]
            if firm in rivals:  # "Cursor and Windsurf are fighting over the same developers"
                return among
            return [(firm, r, {}) for r in rivals] + among if firm else among
        if cue.kind == "participants":  # "the round also drew A and B": the text's raiser
            return self._participants(match, masked, before, slots, s_letters)
        if cue.kind == "raise":  # "X raised $6B from A, B and C"
            return self._raise(match, masked, before, after, s_letters)
        inverted = self._object_relative(cue, match, masked, slots, s_letters, o_letters)
        if inverted:
            return inverted
        subjects = self._subjects(before, s_letters, masked, match.start())
        subject = subjects[0] if subjects else None
        governed = cue.kind in ("release", "verb") and cue.predicate in ("RELEASED", "DEVELOPS")
        direct = cue.kind == "verb" and cue.predicate in DIRECT
        objects = self._list_after(after, o_letters, masked, match.end(), governed, direct)
        platform = self.ex.lang.cue("platform_before")
        if cue.predicate == "CRITICIZED" and platform is not None:  # "mocked it on X": X is where
            objects = [o for o in objects if not any(
                sl.mention.entity == o and platform.search(masked, max(0, sl.start - 8), sl.start)
                for sl in after)]
        if cue.kind == "pair" and subject is None and objects and PRONOUN.search(
                masked[max(0, match.start() - 12):match.start()]):
            # "it is racing OpenAI": the pronoun stands for the organization of the text
            subject = self._topic("O", exclude=set(objects))
            subjects = [subject] if subject else []
        if cue.kind == "pair" and not objects and len(subjects) > 1:
            # "Vessel AI and Nimbus Labs are fierce rivals": the pair is the subject list, when
            # the rivalry word follows it closely (not "A, B and C pledged ... to compete")
            last = max((sl.end for sl in before if sl.mention.entity in subjects), default=0)
            if match.start() - last > PAIR_REACH:
                return []
            return [(a, b, {}) for i, a in enumerate(subjects) for b in subjects[i + 1:]]
        props: dict = {}
        if cue.kind == "release":
            if subject is None:
                subject = next((self.ex.owner_of(o) for o in objects if self.ex.owner_of(o)),
                               None)
            if subject is None and objects:
                # "Am Dienstag präsentierte Amazon die Modellfamilie Nova": the actor after
                # the verb, else the organization the text is about
                inverted = [s for s in after if s.letter == "O"
                            and s.start < self._position(after, objects[0])]
                subject = inverted[0].mention.entity if inverted else self._topic("O")
            end = max((s.end for s in after if s.mention.entity in objects),
                      default=match.end())
            clause = masked[match.start():end + 40]
            props["open_weights"] = True if (self.open is not None
                                             and self.open.search(clause)) else None
        if subject is None:
            return []
        if not objects and cue.predicate in PERSON_ORG and not self._stopped:
            # verb-final clauses ("hatte SSI mit Gross gegründet"): the first organization
            # between the person and the verb that no preposition governs ("die KI-Sparte
            # von Apple" is not what was led); a departure with no organization named on
            # the way ("resigned on Friday") is from the person's or the text's organization
            at = self._position(before, subject)
            final = re.match(r"\s*(?:[,.;:!?，。；：]|$)", masked[match.end():])
            between = [s for s in before if s.letter == "O" and s.start > at
                       and not self._governed(masked, s)] if final else []
            purposed = self._purposed  # "left to start the company": not the one left
            by_before = self.gaps["by_before"]
            ahead = [s for s in before if s.letter == "O" and s.start < at  # "At X, Y left"
                     and s.mention.entity not in purposed and not (by_before and by_before.search(
                         masked, max(0, s.start - 20), s.start))]  # "a report by X that Y left"
            org = between[0].mention.entity if between else None
            named = any(s.letter == "O" for s in slots)
            paired = {s.mention.entity for s in slots
                      if s.letter == "O" and s.start < match.start()
                      and frozenset((subject, s.mention.entity)) in self._taken} - purposed
            # an organization named after the verb ("left in the spring and has since joined
            # Cohere") is where the person went, not what they left
            if org is None and cue.predicate == "LEFT" and len(paired) == 1:
                org = next(iter(paired))  # "X, CTO of OpenAI, said she is leaving"
            if org is None and cue.predicate == "LEFT":
                org = (ahead[-1].mention.entity if ahead else None) or (
                    None if named else self.ex.ctx.affiliation.get(subject)
                    or self._topic("O", exclude={subject} | purposed))
            objects = [org] if org else []
        return [(s, o, dict(props)) for s in (subjects or [subject]) for o in objects]

    def _object_relative(self, cue: FallbackCue, match: re.Match[str], masked: str,
                         slots: list[Slot], s_letters: str, o_letters: str
                         ) -> list[tuple[str, str, dict]]:
        """"X, which A and B set up" / "X, que Nvidia a racheté": the entity before the
        relative pronoun is the verb's object, the names after it its subjects."""
        pattern = self.gaps["object_relative"]
        found = pattern.search(masked, max(0, match.start() - LOOKBACK), match.start()) \
            if pattern is not None else None
        if found is None or cue.kind not in ("verb", "release"):
            return []
        by_start = self._by_start
        obj = by_start.get(found.start("obj"))
        subjects = [by_start[m.start()] for m in PLACEHOLDER.finditer(
            masked, found.start("subj"), found.end("subj")) if m.start() in by_start]
        if obj is None or obj.letter not in o_letters or not subjects:
            return []
        return [(s.mention.entity, obj.mention.entity, {}) for s in subjects
                if s.letter in s_letters]

    def _role(self, match: re.Match[str], masked: str, before: list[Slot],
              after: list[Slot]) -> list[tuple[str, str, dict]]:
        """A role noun: its person stands right beside it ("CEO Sam Altman", "Sam Altman,
        the chief executive"), its organization in the role phrase ("chief executive of
        X", "X's president", "son président") or else is the one the text is about."""
        masked = self._plain  # "CTO (chief technology officer) of X"
        person = None
        fits_after = self.gaps["role_person_after"]
        fits_before = self.gaps["role_person_before"]
        near = next((x for x in reversed(before) if x.letter == "P"), None)
        nxt = next((x for x in after if x.letter == "P"), None)
        if near is not None and fits_before is not None and masked[
                near.end:match.start()].lstrip().startswith(",") and not (
                nxt is not None and not masked[match.end():nxt.start].strip()):
            gap = masked[near.end:match.start()]  # "A, son directeur général, B": A's title
            person = near.mention.entity if fits_before.match(gap) else None
        for slot in after if person is None else ():
            if slot.letter == "P":
                gap = masked[match.end():slot.start]
                if len(gap) <= ROLE_REACH and fits_after is not None and fits_after.match(gap):
                    person = slot.mention.entity
                break
        if person is None:
            for slot in reversed(before):
                if slot.letter == "P":
                    gap = masked[slot.end:match.start()]
                    if fits_before is not None and fits_before.match(gap):
                        person = slot.mention.entity
                    break
                if slot.letter != "O":
                    break
        if person is None:
            return []
        org = None
        link, far = self.gaps["role_org_after"], self.gaps["role_org_far"]
        first = after[0] if after else None
        if first is not None and first.letter == "O" and any(
                g is not None and g.match(masked[match.end():first.start]) for g in (link, far)):
            org = self._head(after, 0, masked).mention.entity
        if org is None and before:
            last = before[-1]
            if last.letter == "O" and match.start() - last.end <= 14 and not re.search(
                    r"[,;:]", masked[last.end:match.start()]):
                org = last.mention.entity  # "OpenAI's chief executive", "OpenAI-Chef"
        poss = self.gaps["role_poss"]
        if org is None and poss is not None and poss.search(
                masked, max(0, match.start() - LOOKBACK), match.start()):
            orgs = [s for s in before if s.letter == "O"]
            opens = OPENS.match(masked)
            opener = self._by_start.get(opens.start(1) - 2) if opens else None
            fronted = self.ex.lang.cue("fronted_participle")
            later = CLAUSE_FIRM.search(masked, match.end()) if fronted is not None and \
                fronted.match(masked) else None
            if later is not None and later.start(1) in self._by_start:
                # "Fondée par A, dont B, son directeur général, ..., l'entreprise": the firm
                # after the fronted clause
                org = self._by_start[later.start(1)].mention.entity
            elif opener is not None and opener in orgs:
                org = opener.mention.entity  # "A, a rival founded by B staff, ... its CEO"
            else:
                org = orgs[-1].mention.entity if orgs else None  # "Microsoft, via son président"
        if org is None:
            role_of = self.gaps["role_of"]
            if (role_of is not None and role_of.match(masked[match.end():])) or \
                    person in self._anchored:
                return []  # its organization is named but unknown, or named elsewhere
            if self.ex._official(person):
                return []  # "President Biden": a public office, not a post at the company
            opens = OPENS.match(masked)
            subject = self._by_start.get(opens.start(1) - 2) if opens else None
            org = self.ex.ctx.affiliation.get(person) or (
                subject.mention.entity if subject is not None
                else self._topic("O"))  # "A Runway foi fundada ... por A, hoje diretor-executivo"
            if org and self.ex.government(org):
                return []  # a government the article is about employs none of its researchers
        return [(person, org, {})] if org else []
