"""Relations and stances: data-file patterns run over a masked sentence.

Each mention in a sentence is replaced by a typed placeholder (`@O1@` organization, `@P0@`
person, `@M2@` model, `@D3@` product, `@E4@` event); anaphors ("the company", "il") become the
placeholder of the entity they point to. Patterns in `ingest/rules/*.yaml` then read like the
language ("{ORG}'s {LEAD_ROLE},? {PER}") and lists, appositions and passives are regex
structure, not code. Code adds what patterns cannot: types, modality (negation, questions,
plans, hedges) and resolution of implicit ends (the model's owner, the company in context).
"""

from __future__ import annotations

import re

from stratgraph.graph.schema import get_schema
from stratgraph.ingest.anaphora import Anaphora
from stratgraph.ingest.candidate import Candidate
from stratgraph.ingest.cross_sentence import CrossSentence
from stratgraph.ingest.role_anaphora import RoleAnaphora
from stratgraph.ingest.ends import ImplicitEnds
from stratgraph.ingest.fallback import Fallback
from stratgraph.ingest.fallback_grammar import PLACEHOLDER as _PLACEHOLDER
from stratgraph.ingest.folding import lowered
from stratgraph.ingest.kb import KnowledgeBase
from stratgraph.ingest.langdata import LangData, Rule
from stratgraph.ingest.masking import Masking
from stratgraph.ingest.release_modality import (CLOSED_POSITION, OPEN_POSITION, Frame,
                                                 ReleaseModality)
from stratgraph.ingest.event_mentions import event_id
from stratgraph.ingest.event_ties import holds_only_through_untying_event
from stratgraph.ingest.mentions import Mention, Registry
from stratgraph.ingest.pairing import own_objects, pairs
from stratgraph.ingest.salience import CLAUSE_FIRM, Context, opening_org
from stratgraph.ingest.sentences import Sentence
from stratgraph.ingest.tenure import past_job

_MAKING = ("DEVELOPS", "RELEASED", "OPEN_SOURCED")
"""Facts that name who makes a model the knowledge base does not know: later sentences
read that maker wherever a rule stands a model for its owner."""
_AT_EVENT = re.compile(r"(?:\b(?:at|during|à|au|lors d[eu]|pendant|auf|bei|während|en|durante|"
                       r"in occasione d\w+|na|no|nel|nella|al|alla)\s+(?:(?:the|la|le|l[\x27’]|"
                       r"der|dem|des|el|il|lo|a|o)\s*)?|在\s*)$", re.IGNORECASE)
"""What stands before a named event where something was announced ("unveiled X at GTC"):
the venue, not what the actor announced."""
_BRACKET_OPEN = re.compile(r"@P\d+@\s*\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*\)")
"""A placeholder between these stands in brackets right after a person ("A (OpenAI), B"):
their firm, which a list of people carries along (langdata's `_FIRM_IN_PARENS`)."""


def _clause_start(joiner: re.Pattern[str] | None, masked: str, at: int, reach: int = 30) -> int:
    """Where a match's modality window starts: `reach` characters before it, or the start of
    its own clause when a clause joiner (the `clause_join` cue) stands between ("X had refused
    to talk, and Y accused Z": the refusal is not Y's)."""
    start = max(0, at - reach)
    cut = None
    if joiner is not None:
        for m in joiner.finditer(masked, start, at):
            cut = m.end()
    return cut if cut is not None else start


class RelationExtractor(CrossSentence, ImplicitEnds, Masking, ReleaseModality):
    def __init__(self, kb: KnowledgeBase, lang: LangData, registry: Registry):
        self.kb = kb
        self.lang = lang
        self.registry = registry
        self.resume = 0
        """Where the current pattern reads on: its match's end, or the clause a release cut."""
        self.schema = get_schema()
        self.ctx = Context()
        self.anaphora = Anaphora(kb, lang, self.ctx)
        self.roles = RoleAnaphora(lang, self.ctx)
        self.leader_pairs: list[tuple[str, str]] = []
        self.maker_pairs: list[tuple[str, str]] = []
        self.frame: Frame | None = None
        self.seen_models: set[str] = set()
        self.closed_firms: set[str] = set()  # firms the text showed keeping models closed
        self.defendant: str | None = None  # the organization a criticism (a suit) last named
        self.stated_makers: dict[str, str] = {}
        self.last_releases: list[Candidate] = []
        self.article_releases: list[Candidate] = []
        """The releases of the latest sentence that told of any (cross_sentence._open_later)."""
        self.trigger: tuple[str, int] | None = None
        self.rival_frame: tuple[str, int] | None = None
        self.tables: dict[int, list[Mention]] = {}
        """Per sentence, the mentions the patterns read (anaphors resolved): the pair layer's."""
        self.masked: dict[int, str] = {}
        """Per sentence, its masked text: what passes over the whole article read again."""
        self.cue_hits: dict[int, tuple[str, list[tuple[str, int, int]]]] = {}
        """Per sentence, the masked text and the fallback cues found in it: (name, start, end)."""
        numbers = lang.raw.get("numbers") or {}
        self.numbers = {str(k).casefold(): int(v) for k, v in numbers.items()}
        self.count_re = re.compile(
            r"(?<!\w)(" + "|".join(re.escape(k) for k in sorted(self.numbers, key=len,
                                                                reverse=True)) + r"|\d)"
            r"(?:\s*\S+){0,4}?\s*\S*?(?:models?|modèles|modelle|modelos|模型)", re.IGNORECASE
        ) if self.numbers else None
        self.fallback = Fallback(self)

    # ----------------------------------------------------------------- rules
    def sentence(self, index: int, sent: Sentence, mentions: list[Mention]) -> list[Candidate]:
        masked, table = self._mask(sent, mentions)
        self.tables[index] = table
        self.masked[index] = masked
        letters = {m.group(1) for m in _PLACEHOLDER.finditer(masked)}
        doubt = self.lang.cue("doubt")  # "it remains to be seen whether ..." asks, too
        question = bool(re.search(r"\?\W*$", masked)) or bool(doubt and doubt.search(masked))
        out: list[Candidate] = self._follow_frame(index, masked, table)
        out.extend(Candidate("DEVELOPS", owner, thing, "rule:maker-phrase", 0.8, index)
                   for owner, thing in self.maker_pairs
                   if self._allowed("DEVELOPS", owner, thing))
        out.extend(Candidate("LEADS", person, org, "rule:leader-title", 0.6, index)
                   for person, org in self.leader_pairs)
        plain = masked
        for form, usual in self.lang.readings:  # "avait fondé" also reads as "a fondé"
            plain = form.sub(usual, plain)
        for reading in dict.fromkeys((masked, plain)):
            low = lowered(reading)
            for rule, pattern, twin in self.lang.rule_plan.open(low):  # gates passed
                if not rule.needs <= letters or not (letters or rule.subject or rule.object):
                    continue  # both ends read from names, and the sentence names none
                if low is not None and twin is not None and twin.search(low) is None:
                    continue  # the fast, case-folded test: no match here
                match = pattern.search(reading)
                while match is not None:
                    self.resume = match.end()  # a cut object list reads on from the cut
                    found = self._apply(rule, match, reading, table, index, question)
                    self._note_stated_makers(found)
                    self._note_defendant(found)
                    out.extend(found)
                    at = max(self.resume, match.start() + 1)
                    match = pattern.search(reading, at) if at < len(reading) else None
        out.extend(self._open_followup(index, masked, out))
        out.extend(self._open_later(index, masked, table, out))
        out.extend(self._chain_reaction(index, masked, table, out))
        out.extend(self._rivals_ahead(index, masked, table, out))
        if letters:  # the fallback cues pair names of the sentence: none, no guess
            out.extend(self.fallback.candidates(index, masked, table, out, question))
        out.extend(self._open_release_stance(index, out))
        people = [m.entity for m in table if m.type == "Person"]
        if people:
            self.ctx.topic_person = people[0]
        orgs = [m.entity for m in table if m.type == "Organization"]
        if orgs:  # what a sentence-initial "Its" or "elle" continues
            self.ctx.topic_org = self._fronted_subject(masked, table) or orgs[0]
        self.ctx.opener = opening_org(masked, table)
        for m in table:
            if m.origin != "anaphor":
                self.ctx.see(m)
            if m.type == "Model":
                self.seen_models.add(m.entity)
        for c in out:
            if c.predicate in ("LEADS", "WORKS_FOR", "FOUNDED", "LEFT"):
                self.ctx.affiliation.setdefault(c.subject, c.object)
            if c.predicate == "LEADS" and c.confidence >= 0.5:
                self.ctx.leaders[c.object] = c.subject
            if (c.predicate in _MAKING and c.confidence >= 0.6 and self.owner_of(c.object) is None
                    and self.registry.types.get(c.subject) == "Organization"):
                self.registry.owners[c.object] = c.subject  # "Meituan released X ... X rivals Y"
        self._note_round(masked, table, out)
        return out

    def _ids(self, region: str | None, table: list[Mention], masked: str, offset: int,
             exclude: bool, release: bool = False) -> list[Mention]:
        if not region:
            return []
        out = []
        names = (["exclude_before", "release_place_before"] if release else ["exclude_before"]
                 ) if exclude else []
        excluders = [e for e in map(self.lang.cue, names) if e is not None]
        for m in _PLACEHOLDER.finditer(region):
            mention = table[int(m.group(2))]
            if _BRACKET_OPEN.search(region, 0, m.start()) and _BRACKET_CLOSE.match(
                    region, m.end()):
                continue  # "A (OpenAI), B (Anthropic)": the firm describes A
            if any(e.search(masked[:offset + m.start()]) for e in excluders):
                continue
            out.append(mention)
        return out

    def _by_preposition(self, masked: str, at: int) -> bool:
        """The subject list stands after an agent or company preposition ("backed by A",
        "soutenue par A", "together with A"); "competitors such as A released" keeps A."""
        agent = self.lang.cue("agent_before")
        return agent is not None and agent.search(masked, max(0, at - 30), at) is not None

    def _group(self, match: re.Match[str], name: str) -> tuple[str | None, int]:
        if name in match.re.groupindex and match.group(name) is not None:
            return match.group(name), match.start(name)
        return None, 0

    def _apply(self, rule: Rule, match: re.Match[str], masked: str, table: list[Mention],
               index: int, question: bool) -> list[Candidate]:
        confidence = rule.confidence
        start = _clause_start(self.lang.cue("clause_join"), masked, match.start())
        modal_end = self._modal_end(rule, match)
        window = masked[start:match.end()]
        if rule.kind == "release":  # "launched X without publishing its weights" is a release
            window = masked[start:modal_end] + self.before_without(masked[modal_end:match.end()])
        modal = masked[start:modal_end]
        negation = self.lang.cue("negation")
        if rule.negatable and negation is not None and negation.search(window):
            return []
        if rule.predicate == "PARTNERS_WITH" and holds_only_through_untying_event(match, table):
            return []
        gone = past_job(self.lang, rule.predicate, match, masked)
        if question and rule.predicate not in ("LEADS", "WORKS_FOR", "FOUNDED"):
            return []
        hedge = self.lang.cue("hedge")
        hedged = hedge is not None and hedge.search(modal) is not None
        plan = self.lang.cue("plan")
        planned = plan is not None and plan.search(modal) is not None
        release_like = rule.kind == "release"
        s_region, s_off = self._group(match, "s")
        s2_region, s2_off = self._group(match, "s2")
        o_region, o_off = self._group(match, "o")
        subjects = (self._ids(s_region, table, masked, s_off, False)
                    + self._ids(s2_region, table, masked, s2_off, False))
        if release_like and s_region and self._by_preposition(masked, s_off):
            return []  # "Zephyr AI, backed by Microsoft, released X": Microsoft is no releaser
        antecedent = bool(s_region and o_region) and o_off < s_off  # "X, the model Meta released"
        objects = self._ids(o_region, table, masked, o_off,
                            (release_like or rule.kind == "develop") and not antecedent,
                            release_like)
        if release_like and s_region and o_region:
            objects, self.resume = own_objects(subjects, objects, table, masked, match)
        predicate = "LEFT" if gone else rule.predicate  # a past role was left
        stint = (gone == "past" and rule.predicate == "WORKS_FOR") or (
            rule.stint and predicate == "LEFT")  # "previously worked at X": a job, then its end
        props: dict = {}
        if rule.role:
            props["role"] = rule.role
        out: list[Candidate] = []
        subjects, objects = self._implicit_ends(rule, subjects, objects, table, match)
        if rule.event and not objects:
            objects = [Mention(0, 0, f"event:?{rule.event}", "Event", "", "rule", rule.event)]
        if rule.predicate == "INFLUENCED":
            objects = [self._as_org(m, table, match) for m in objects]
            objects = [m for m in objects if m is not None]
        if release_like:
            if planned:
                out.extend(self._planned(rule, subjects, objects, masked, match, index))
                return out
            if hedged:
                confidence *= 0.55
            is_open = rule.open if rule.open is not None else self._is_open(
                self._clause(masked, match))
            if not objects and subjects and not hedged:
                self._open_frame(rule, subjects, match, is_open, index)
            props["open_weights"] = True if is_open else None
            predicate = "OPEN_SOURCED" if is_open else "RELEASED"
        elif hedged and rule.predicate not in ("LEADS", "WORKS_FOR", "FOUNDED"):
            # a title is a fact whatever the sentence says around it; a conditional that a
            # newspaper reports ("would be close to a deal, according to Bloomberg") is not
            reported = self.lang.cue("reported")
            confidence *= 0.55 if reported is not None and reported.search(masked) else 0.8
        if rule.kind == "stance" and rule.object == OPEN_POSITION and predicate == "SUPPORTS":
            against = self.lang.cue("open_negative")
            if against is not None and against.search(match.group(0)):
                predicate = "OPPOSES"  # "open models will keep falling behind"
        for s, o in pairs(subjects, objects, masked):  # "A和B分别发布了X和Y": in order
            if s.entity != o.entity:
                obj = o.entity
                known_event = o.type == "Event" and o.entity in self.kb.entities
                if predicate == "ANNOUNCED" and known_event and self._venue(o, table, masked):
                    continue  # "announced Trainium3 at re:Invent": where, not what
                if rule.event or (o.type == "Event" and not known_event):
                    cls = rule.event or (o.event_class or "announcement")
                    obj = event_id(self.registry.names.get(s.entity), cls)
                    self._register_event(obj, cls, s.entity, o)
                if self._allowed(predicate, s.entity, obj) and not self._foreign(predicate, s, obj):
                    out.append(Candidate(predicate, s.entity, obj, f"rule:{rule.name}",
                                         round(confidence, 3), index, dict(props)))
                    if stint and self._allowed("WORKS_FOR", s.entity, obj):
                        out.append(Candidate("WORKS_FOR", s.entity, obj, f"rule:{rule.name}",
                                             round(confidence, 3), index, dict(props),
                                             stated_stint=True))
        return out

    def _open_release_stance(self, index: int, out: list[Candidate]) -> list[Candidate]:
        """A firm that publishes a model's weights stands for open-weight release, as news
        tells it ("xAI released the weights of Grok-1"); said once per sentence and firm, and
        not of a firm the text has shown keeping its models closed (a turn, not a stance)."""
        self.closed_firms.update(c.subject for c in out if c.object == CLOSED_POSITION
                                 and c.predicate == "SUPPORTS")
        stated = {c.subject for c in out if c.object == OPEN_POSITION} | self.closed_firms
        firms = dict.fromkeys(c.subject for c in out if c.predicate == "OPEN_SOURCED"
                              and c.confidence >= 0.6 and c.subject not in stated)
        return [Candidate("SUPPORTS", firm, OPEN_POSITION, "rule:open-release-stance", 0.6,
                          index) for firm in firms
                if self._allowed("SUPPORTS", firm, OPEN_POSITION)]

    @staticmethod
    def _venue(event: Mention, table: list[Mention], masked: str) -> bool:
        """Is this named event only where the sentence's action took place ("at GTC")?"""
        at = next((masked.find(f"@E{i}@") for i, m in enumerate(table) if m is event), -1)
        return at >= 0 and _AT_EVENT.search(masked, max(0, at - 24), at) is not None

    def _fronted_subject(self, masked: str, table: list[Mention]) -> str | None:
        """"Fondée par A, passé par Google DeepMind, ..., la société est dirigée par A": after
        a fronted participle clause the subject is the first firm no preposition governs."""
        fronted, prep = self.lang.cue("fronted_participle"), self.lang.cue("preposition")
        if fronted is None or not fronted.match(masked):
            return None
        for m in CLAUSE_FIRM.finditer(masked):
            if prep is None or not prep.search(masked[max(0, m.start(1) - 30):m.start(1)]):
                return table[int(m.group(2))].entity
        return None

    def _allowed(self, predicate: str, subject: str, obj: str) -> bool:
        relation = self.schema.relations.get(predicate)
        s_type = self.registry.types.get(subject)
        o_type = "PolicyPosition" if obj.startswith("position:") else (
            "Event" if obj.startswith("event:") else self.registry.types.get(obj))
        if relation is None or s_type is None or o_type is None:
            return False
        if obj.startswith("position:"):
            self._register_position(obj)
        return relation.allows(s_type, o_type)

    def _register_position(self, pid: str) -> None:
        entity = self.kb.entities.get(pid)
        if entity is not None:
            self.registry.add(pid, "PolicyPosition", entity.name)

    def _register_event(self, eid: str, cls: str, actor: str, mention: Mention) -> None:
        label = next((c.get("label", c["key"]) for c in self.kb.events if c["key"] == cls), cls)
        name = f"{self.registry.names.get(actor, actor)} {label}"
        self.registry.add(eid, "Event", name)
        for variant in mention.variants or ((mention.surface,) if mention.surface else ()):
            self.registry.add(eid, "Event", name, variant)
