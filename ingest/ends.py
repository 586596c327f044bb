"""Implicit ends of a relation: the owner of a model, the company in context, an employer.

Patterns find one explicit end; these helpers supply the other from what the article and the
knowledge base say ("GPT-4's release" -> OpenAI released it; "CEO X said" -> X's company).
They are a mixin of `RelationExtractor`, which holds `kb`, `registry` and `ctx`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from stratgraph.ingest.candidate import Candidate
from stratgraph.ingest.fallback_grammar import DESCRIPTOR_GAP, MONEY
from stratgraph.ingest.fallback_grammar import PLACEHOLDER as _PLACEHOLDER
from stratgraph.ingest.funded import funded_org
from stratgraph.ingest.kb import KnowledgeBase
from stratgraph.ingest.langdata import LangData, Rule, expand
from stratgraph.ingest.mentions import Mention, Registry
from stratgraph.ingest.salience import CLAUSE_FIRM, OPENS, Context, opening_org


_NOT_A_STARTUP = re.compile(
    r"\b(?:University|Université|Universidad|Università|Universidade|Universität|College|"
    r"Institute of Technology|Stock Exchange|Exchanges?(?: and Clearing)?|Bourse|Börse)\b"
    r"|大学|学院|交易所")


_TITLE_OF_PREVIOUS = re.compile(r"@P\d+@\s*,\s*(?:[\w’']+\s*)?$")
"""A title right after a person and a comma describes that person, not the next one."""
_HOSTED_ON = re.compile(r"(?i)(?<!\w)(?:on|via|through|no|na|em|sur|auf|bei|en|su|sul|sulla|"
                        r"nel|nella)\s+(?:(?:the|la|le|l['’]|o|a|el|der|dem|die|il)\s*)?$")
"""A platform preposition right before an organization: it hosts, it does not make."""
_STANDING = re.compile(r"investor-of|investment-of|stake|investors-include|are-investors")
"""Rules that report who holds shares, not who funds the round the article is about."""


_TO_PERSON = re.compile(r"[^,;:()\[\]、，@]{0,40}?@P\d+@|")
"""The words from the end of a subject to a person right after it, if one follows."""


def _last_mark(region: str) -> str:
    marks = _PLACEHOLDER.findall(region)
    return f"@{marks[-1][0]}{marks[-1][1]}@" if marks else ""


@lru_cache(maxsize=None)
def _ending_with(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{words})\s*$")


@lru_cache(maxsize=None)
def any_word(words: str) -> re.Pattern[str]:
    """Any of a macro's words, standing alone ("and", "by", "von")."""
    return re.compile(rf"(?i)(?<!\w)(?:{words})(?!\w)")


def macro_words(lang: LangData, name: str, default: str) -> str:
    """A language macro's alternatives with the macros inside it expanded ("dall{APOS}")."""
    return expand("{%s}" % name, lang.macros, False) or default


def firm_describes(lang: LangData, gap: str) -> bool:
    """Whether the text between an organization and the person after it makes the firm a
    description of that person ("OpenAI chief executive A", "Salesforce's B"): a title, no
    list punctuation, no "and", no "by" ("the firm co-founded by A" names a founder)."""
    return (bool(DESCRIPTOR_GAP.fullmatch(gap))
            and not any_word(macro_words(lang, "AND", "and")).search(gap)
            and not any_word(macro_words(lang, "BY", "by")).search(gap))


STATED_MAKER_RULES = frozenset({"rule:org-possessive-model", "rule:model-of-org", "rule:maker-of",
                                "rule:thing-of-org"})
"""Rules where the text itself names a model's maker ("Google's Gemini", "Gemini de Google")."""


class ImplicitEnds:
    kb: KnowledgeBase
    lang: LangData
    registry: Registry
    ctx: Context
    stated_makers: dict[str, str]
    defendant: str | None
    """The organization a criticism of the text (a suit) last named: "the plaintiffs" sue it."""

    def _owners(self, objects: list[Mention], table: list[Mention],
                masked: str = "") -> list[Mention]:
        """The makers of the objects; for a model the knowledge base does not know, the
        sentence's first organization that is not where it is hosted ("published on Hugging
        Face": the platform publishes nothing)."""
        out = []
        orgs = [(i, m) for i, m in enumerate(table) if m.type == "Organization"]
        hosts = {m.entity for i, m in orgs
                 if _HOSTED_ON.search(masked[:max(0, masked.find(f"@O{i}@"))])}
        orgs_here = [m for _, m in orgs if m.entity not in hosts]
        here = {m.entity for m in orgs_here}
        for o in objects:
            owner = self.owner_of(o.entity)
            parent = self._parent(owner)
            if owner is not None and owner not in here and parent in here:
                owner = parent  # "Google ... its Gemini models": the text's Google, not DeepMind
            if owner is None and orgs_here:
                owner = orgs_here[0].entity
            elif owner is None and hosts:  # only a host here: the company the text is about
                owner = self.ctx.recent("Organization", frozenset(hosts))
            if owner:
                self._register(owner)
                out.append(Mention(0, 0, owner, "Organization", "", "owner"))
        return out

    def _parent(self, org: str | None) -> str | None:
        """The organization the knowledge base puts above `org` (Google above DeepMind)."""
        known = self.kb.entities.get(org) if org else None
        return known.owner if known is not None else None

    def _as_owners(self, mentions: list[Mention]) -> list[Mention]:
        """Models and products stand for their owner ("R1 rivals o1": DeepSeek vs OpenAI)."""
        out = []
        for m in mentions:
            if m.type in ("Model", "Product"):
                owner = self.owner_of(m.entity)
                if not owner:
                    continue
                self._register(owner)
                m = Mention(m.start, m.end, owner, "Organization", m.surface, "owner")
            out.append(m)
        return out

    def _note_stated_makers(self, found: list[Candidate]) -> None:
        """"Google's Gemini": the maker the text names stands for the model in this article,
        before the knowledge base's owner (Google DeepMind), so a rivalry read later in the
        sentence ("Google's Gemini competes with Meta's Llama") joins the firms it names."""
        for c in found:
            if (c.predicate == "DEVELOPS" and c.rule in STATED_MAKER_RULES
                    and self.registry.types.get(c.subject) == "Organization"):
                self.stated_makers[c.object] = c.subject

    def _note_defendant(self, found: list[Candidate]) -> None:
        """The last organization a criticism (a suit) names: the firm a later "the plaintiffs
        are A and B" sues (object role `defendant`)."""
        for c in found:
            if c.predicate == "CRITICIZED" and self.registry.types.get(c.object) == "Organization":
                self.defendant = c.object

    def owner_of(self, entity: str) -> str | None:
        """Who builds a model or product: the maker the text names, else the knowledge base,
        else its model family."""
        stated = self.stated_makers.get(entity)
        if stated is not None:
            return stated
        known = self.kb.entities.get(entity)
        if known is not None and known.owner:
            return known.owner
        return self.registry.owners.get(entity)

    def _register(self, entity: str) -> None:
        if entity not in self.registry.types and entity in self.kb.entities:
            e = self.kb.entities[entity]
            self.registry.add(entity, e.type, e.name, None, e.wikidata)

    def _employer(self, subjects: list[Mention]) -> str | None:
        """A well-known person's organization, when the article names it ("CEO X said")."""
        for m in subjects:
            known = self.kb.entities.get(m.entity)
            if known is not None and known.employer in self.registry.types:
                return known.employer
        return None

    def _other_org(self, subjects: list[Mention], table: list[Mention]) -> list[Mention]:
        """The organization of the sentence that is not the subject (nearest to it)."""
        taken = {m.entity for m in subjects}
        others = [m for m in table if m.type == "Organization" and m.entity not in taken]
        if not others or not subjects:
            return []
        anchor = subjects[0].start
        return [min(others, key=lambda m: (abs(m.start - anchor), m.start))]

    def _context_org(self, table: list[Mention], match: re.Match[str]) -> str | None:
        masked = match.string
        fronted = self.lang.cue("fronted_participle")
        if fronted is not None and fronted.match(masked) and not any(
                m.group(1) == "O" for m in _PLACEHOLDER.finditer(masked[:match.start()])):
            # "Fondée par A, son directeur général, et B, X édite ...": the clause's firm
            after = CLAUSE_FIRM.search(masked, match.end())
            if after:
                return table[int(after.group(2))].entity
        aside = self.lang.cue("aside_relative")  # "A, who left to start X, and co-founder B"
        here = [m for m in _PLACEHOLDER.finditer(masked[:match.start()]) if m.group(1) == "O"
                and not (aside and aside.search(masked, max(0, m.start() - 60), m.start()))]
        if here:
            return table[int(here[-1].group(2))].entity
        latest = self.lang.cue("points_to_latest")  # "Dessen Chef X": the firm named last
        if latest is not None and latest.match(masked) and self.ctx.last.get("Organization"):
            return self.ctx.last["Organization"][1]
        return self.ctx.recent("Organization")

    def _affiliations(self, subjects: list[Mention], table: list[Mention],
                      match: re.Match[str]) -> list[Mention]:
        out = []
        for s in subjects:
            org = self.ctx.affiliation.get(s.entity) or self._context_org(table, match)
            if org:
                out.append(Mention(0, 0, org, "Organization", "", "affiliation"))
        return out

    def _as_org(self, m: Mention, table: list[Mention], match: re.Match[str]) -> Mention | None:
        if m.type != "Person":
            return m
        org = self.ctx.affiliation.get(m.entity)
        return Mention(0, 0, org, "Organization", "", "affiliation") if org else None

    def _foreign(self, predicate: str, subject: Mention, obj: str) -> bool:
        """A lab does not release or build another lab's known model or product."""
        if predicate not in ("RELEASED", "OPEN_SOURCED", "DEVELOPS"):
            return False
        owner = self.owner_of(obj)
        if owner is None or owner == subject.entity:
            return False
        unit = self.kb.entities.get(subject.entity)
        lab = self.kb.entities.get(owner)
        # a subsidiary's model is its parent's too (Google DeepMind's Gemini is Google's)
        return not ((unit is not None and unit.owner == owner)
                    or (lab is not None and lab.owner == subject.entity))

    def _note_round(self, masked: str, table: list[Mention], out: list) -> None:
        """Remember which company the article's funding round is for, so that later lists of
        backers ("La codirigen A y B", "Beteiligt sind außerdem C") fund it. A round's own
        facts name it; a standing stake told in passing ("Thrive, also a shareholder of
        OpenAI") does not; a raise with no backer named ("X closed a $10bn round") does."""
        rounds = [c.object for c in out if c.predicate == "INVESTS_IN" and c.confidence >= 0.5
                  and not _STANDING.search(c.rule)]
        if rounds:
            self.ctx.funded = rounds[-1]
            return
        raised = self.lang.cue("raised")
        hit = raised.search(masked) if raised is not None else None
        # the money may sit inside the verb ("hat 30 Millionen Euro eingesammelt")
        if hit is None or not MONEY.search(masked, hit.start(), hit.end() + 60):
            return
        prep = self.lang.cue("preposition")
        for m in _PLACEHOLDER.finditer(masked[:hit.start()]):
            if m.group(1) == "O" and not (prep and prep.search(
                    masked[max(0, m.start() - 30):m.start()])):
                self.ctx.funded = table[int(m.group(2))].entity
                return

    def _official(self, entity: str) -> bool:
        """A head of state or minister ("President Biden") holds a public office: the title
        names no post at the company the article is about."""
        known = self.kb.entities.get(entity)
        return known is not None and "official" in known.tags

    def _unfundable(self, entity: str) -> bool:
        """A university, stock exchange or public body: no round's target. When the start-up
        a text funds is a name the system missed, its school or listing venue is no stand-in."""
        return self._public_body(entity) or bool(
            _NOT_A_STARTUP.search(self.registry.names.get(entity, "")))

    def _public_body(self, entity: str) -> bool:
        """A government, regulator or ministry (tagged in the knowledge base): it receives no
        funding round and competes with no firm."""
        return self.kb.tagged(entity, "public", "government")

    def government(self, entity: str) -> bool:
        """A national government: the article's context, never a person's employer."""
        return self.kb.tagged(entity, "government")

    def _genitive_object(self, match: re.Match[str]) -> bool:
        """The organization a "led by" phrase follows is a complement ("d'OpenAI", "of
        Google") of another noun, and the "led by" joins that noun's first participle ("fondée
        par d'anciens d'OpenAI et dirigée par X"): X does not lead OpenAI."""
        words = self.lang.macros.get("OF")
        if not words or "o" not in match.re.groupindex or match.start("o") < 0:
            return False
        pattern = _ending_with(macro_words(self.lang, "OF", words))
        joiner = any_word(macro_words(self.lang, "AND", "and"))
        return (pattern.search(match.string, max(0, match.start("o") - 12), match.start("o"))
                is not None and joiner.search(match.string, match.end("o"), match.start("s"))
                is not None)

    def _without_employers(self, subjects: list[Mention], match: re.Match[str],
                           table: list[Mention]) -> list[Mention]:
        """"Founded by former OpenAI researchers", "fondée par d'anciens d'OpenAI": a firm
        named after a former-marker is where the founders worked, not a founder."""
        former = self.lang.cue("former")
        if former is None:
            return subjects
        masked, at = match.string, match.start("s")
        drop = {table[int(m.group(2))].entity for m in _PLACEHOLDER.finditer(match.group("s"))
                if m.group(1) == "O" and former.search(masked, max(0, at + m.start() - 25),
                                                       at + m.start())}
        return [m for m in subjects if m.entity not in drop] if drop else subjects

    def _without_descriptors(self, subjects: list[Mention], region: str,
                             table: list[Mention]) -> list[Mention]:
        """Lists name people by their firm ("backers including OpenAI chief executive A and
        Salesforce's B"): the firm right before a person describes that person and is no
        member of the list itself."""
        marks = list(_PLACEHOLDER.finditer(region))
        drop = set()
        for here, after in zip(marks, marks[1:]):
            if (here.group(1) == "O" and after.group(1) == "P"
                    and firm_describes(self.lang, region[here.end():after.start()])):
                drop.add(table[int(here.group(2))].entity)
        return [m for m in subjects if m.entity not in drop] if drop else subjects

    def _implicit_ends(self, rule: Rule, subjects: list[Mention], objects: list[Mention],
                       table: list[Mention], match: re.Match[str]
                       ) -> tuple[list[Mention], list[Mention]]:
        """The ends a rule names by role rather than by a mention ("context_org": the company
        the text is about; "owners": the makers of the objects)."""
        if "s" in match.re.groupindex and match.group("s"):
            subjects = self._without_descriptors(subjects, match.group("s"), table)
            subjects = self._without_descriptors(  # "founded by OpenAI co-founder A"
                subjects, _last_mark(match.group("s")) + _TO_PERSON.match(
                    match.string, match.end("s")).group(0), table)
            if rule.predicate == "FOUNDED":
                subjects = self._without_employers(subjects, match, table)
        if rule.name == "role-of-org-apposition" and _TITLE_OF_PREVIOUS.search(
                match.string, max(0, match.start() - 24), match.start()) and "," in (
                match.string[match.end("o"):match.start("s")]):
            subjects = []  # "A, le patron de Klarna, B, cofondateur de Slack": A's title
            # (with no comma, "A, il presidente di Samsung B" names B's title)
        if rule.name == "led-by" and objects and self._genitive_object(match):
            objects = []  # "fondée par d'anciens d'OpenAI et dirigée par X": X leads no OpenAI
        if rule.subject == "owner":
            subjects = self._owners(objects, table, match.string)
        elif rule.subject == "owners":
            subjects = self._as_owners(subjects)
        elif rule.subject == "persons":  # "set up X with A, a former Apple executive, and B"
            subjects = [m for m in subjects if m.type == "Person"]
        elif rule.subject == "topic_org" and not subjects and self.ctx.topic_org:
            subjects = [Mention(0, 0, self.ctx.topic_org, "Organization", "", "context")]
        elif rule.subject == "context_org" and not subjects:
            opens = OPENS.match(match.string)  # "OpenAI crece ante la competencia de A": its own
            org = (opening_org(match.string, table) if opens and match.start() > opens.end()
                   else self.ctx.recent("Organization"))
            subjects = [Mention(0, 0, org, "Organization", "", "context")] if org else []
        if rule.object == "context_org" and rule.predicate in ("LEADS", "WORKS_FOR"):
            subjects = [m for m in subjects if not self._official(m.entity)]
        if rule.object == "owners":
            objects = self._as_owners(objects)
        elif rule.object == "context_org":
            if rule.predicate == "INVESTS_IN":
                org = funded_org(self.lang, self.ctx, table, match, subjects,
                                 rule.name == "funded-by")
                if org and self._unfundable(org):
                    org = None  # a round in context funds no university, exchange or ministry
            else:
                org = (self._employer(subjects) if rule.predicate in ("LEADS", "WORKS_FOR")
                       else None) or self._context_org(table, match)
                if org and rule.predicate in ("LEADS", "WORKS_FOR") and self.government(org):
                    org = None  # a government in context employs none of the people named
            objects = [Mention(0, 0, org, "Organization", "", "context")] if org else []
        elif rule.object == "defendant":  # "the plaintiffs are A and B": the firm sued before
            named = frozenset(m.entity for m in subjects)
            org = (self.defendant if self.defendant not in named else None
                   ) or self.ctx.recent("Organization", named)
            objects = [Mention(0, 0, org, "Organization", "", "context")] if org else []
        elif rule.object == "other_org":
            objects = self._other_org(subjects, table)
        elif rule.object == "affiliation":
            objects = self._affiliations(subjects, table, match)
        elif rule.object and rule.object.startswith("position:"):
            objects = [Mention(0, 0, rule.object, "PolicyPosition", "", "rule")]
        return subjects, objects
